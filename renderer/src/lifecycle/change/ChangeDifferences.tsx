import { useMemo } from 'react';
import { diffValues, type Difference } from '../../../../shared/merge/diff';
import { describePath } from '../../../../shared/model/labels';
import { useStore } from '../../store';
import { pathKey } from '../../store/paths';
import { useLang, useT } from '../../i18n';
import { valueText } from '../../coowners/values';
import { changeStrings } from './change-strings';

const PARTS = ['project', 'parties', 'activities', 'budget'] as const;

/** Field by field, what the change request proposes against the decided application. */
export function ChangeDifferences({ index }: { index: number }) {
  const t = useT(changeStrings);
  const lang = useLang();
  const proposed = useStore((s) => s.app?.lifecycle.changeRequests[index]?.proposed);
  const project = useStore((s) => s.app?.project);
  const parties = useStore((s) => s.app?.parties);
  const activities = useStore((s) => s.app?.activities);
  const budget = useStore((s) => s.app?.budget);
  const diffs = useMemo(() => {
    if (!proposed) return [] as Difference[];
    const decided = { project, parties, activities, budget };
    const out: Difference[] = [];
    // Paths start at the part's own key, so they read like the application's ("Budget › Kostnadsrad 2 › År 1").
    for (const part of PARTS) diffValues(decided[part], proposed[part], [part], out);
    return out;
  }, [proposed, project, parties, activities, budget]);
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
