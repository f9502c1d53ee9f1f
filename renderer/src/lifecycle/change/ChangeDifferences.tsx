import { useMemo } from 'react';
import { useAfterPaint } from '../../components/useAfterPaint';
import type { Difference } from '../../../../shared/merge/diff';
import { changeRequestDifferences } from '../../../../shared/workflow/report';
import { describePath } from '../../../../shared/model/labels';
import { useStore } from '../../store';
import { pathKey } from '../../store/paths';
import { useLang, useT } from '../../i18n';
import { valueText } from '../../coowners/values';
import { changeStrings } from './change-strings';

/** Field by field, what the change request proposes against the decided application. */
export function ChangeDifferences({ index }: { index: number }) {
  const t = useT(changeStrings);
  const lang = useLang();
  // The comparison follows the typing a frame later: a keystroke in a proposed field paints first.
  const cr = useAfterPaint(useStore((s) => s.app?.lifecycle.changeRequests[index]));
  const project = useStore((s) => s.app?.project);
  const parties = useStore((s) => s.app?.parties);
  const activities = useStore((s) => s.app?.activities);
  const budget = useStore((s) => s.app?.budget);
  const diffs = useMemo(() => {
    const app = useStore.getState().app;
    return app && cr ? changeRequestDifferences(app, cr) : ([] as Difference[]);
    // The decided parts are what changeRequestDifferences compares with; the rest of the file does not matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cr?.proposed, project, parties, activities, budget]);
  const words = { removed: t('words.removed'), empty: t('words.empty'), yes: t('words.yes'), no: t('words.no') };
  return (
    <section className="form-section change-diff" data-testid="change-differences">
      <h2 className="form-section__title">{t('differences')}</h2>
      {diffs.length === 0 ? (
        <p>{t('noDifferences')}</p>
      ) : (
        <>
          <p>{t('differenceCount', { count: diffs.length })}</p>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('field')}</th>
                <th scope="col">{t('decided')}</th>
                <th scope="col">{t('proposed')}</th>
              </tr>
            </thead>
            <tbody>
              {diffs.map((d) => (
                <tr key={pathKey(d.path) + d.kind} className={`change-diff__${d.kind}`}>
                  <th scope="row">{describePath(d.path, lang)}</th>
                  <td>{d.kind === 'added' ? '–' : valueText(d.before, d.path, lang, words)}</td>
                  <td>
                    {d.kind === 'added' ? <span className="badge badge--todo">{t('words.added')}</span> : null} {valueText(d.after, d.path, lang, words)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
