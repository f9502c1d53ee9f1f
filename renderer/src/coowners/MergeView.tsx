import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { describePath } from '../../../shared/model/labels';
import { contentOf } from '../../../shared/model/schema';
import { diffValues, resolveConflicts, type Choice, type Difference } from '../../../shared/merge';
import { applyPartnerMerge } from '../../../shared/workflow';
import { pathKey } from '../store/paths';
import { useStore } from '../store';
import { tNow, useLang, useT } from '../i18n';
import { ui } from '../i18n/strings';
import type { PendingMerge } from '../store/mergeState';
import { valueText, type ValueWords } from './values';
import { strings } from './strings';
import './merge.css';

const SHOWN_CHANGES = 60;

/**
 * The partner's copy merged with ours, before anything is applied: what is taken over, and each field both changed
 * differently side by side with a choice. "Använd sammanslagningen" replaces the document (unsaved); "Avbryt" leaves
 * everything as it was.
 */
export default function MergeView() {
  const pending = useStore((s) => s.partnerMerge);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el || el.open) return;
    const returnTo = document.activeElement as HTMLElement | null;
    el.showModal();
    el.querySelector<HTMLElement>('#merge-title')?.focus();
    return () => {
      if (el.open) el.close();
      if (returnTo?.isConnected) returnTo.focus();
    };
  }, []);
  const cancel = () => useStore.getState().setPartnerMerge(null);
  return (
    <dialog
      ref={ref}
      className="dialog merge-dialog"
      aria-labelledby="merge-title"
      onCancel={(e) => {
        e.preventDefault();
        cancel();
      }}
    >
      {pending ? <MergeBody pending={pending} onCancel={cancel} /> : null}
    </dialog>
  );
}

function MergeBody({ pending, onCancel }: { pending: PendingMerge; onCancel: () => void }) {
  const t = useT(strings);
  const lang = useLang();
  const { result, mine, theirs } = pending;
  const [choices, setChoices] = useState<Map<number, Choice>>(() => new Map());
  const [missing, setMissing] = useState(0);
  const id = useId();
  const words: ValueWords = { removed: t('merge.removed'), empty: t('merge.empty'), yes: t('merge.yes'), no: t('merge.no') };

  const takenOver = useMemo(() => {
    if (result.decided) return result.decided.takenOver;
    const conflictAt = new Set(result.conflicts.map((c) => pathKey(c.path)));
    return diffValues({ ...contentOf(mine), lifecycle: mine.lifecycle }, result.merged).filter((d) => !conflictAt.has(pathKey(d.path)));
  }, [mine, result]);

  const choose = (i: number, c: Choice) => {
    setChoices((prev) => new Map(prev).set(i, c));
    setMissing(0);
  };
  const chooseAll = (c: Choice) => {
    setChoices(new Map(result.conflicts.map((_, i) => [i, c])));
    setMissing(0);
  };
  const apply = () => {
    const unchosen = result.conflicts.findIndex((_, i) => !choices.has(i));
    if (unchosen >= 0) {
      setMissing(result.conflicts.length - choices.size);
      document.querySelector<HTMLInputElement>(`input[name="${id}-c${unchosen}"]`)?.focus();
      return;
    }
    const content = resolveConflicts(result.merged, result.conflicts, choices);
    const s = useStore.getState();
    s.replaceApp(applyPartnerMerge(mine, theirs, content, new Date()));
    s.setPartnerMerge(null);
    void s.ask({
      title: t('merge.title'),
      body: [t('merge.applied')],
      choices: [{ id: 'ok', label: tNow(ui)('common.ok'), primary: true }],
      cancelId: 'ok',
    });
  };

  return (
    <>
      <h2 id="merge-title" className="dialog__title" tabIndex={-1}>
        {t('merge.title')}
      </h2>
      <div className="merge__body">
        <p>{t('merge.from', { name: pending.fileName })}</p>
        {pending.notice ? <p className="notice notice--warning">{pending.notice[lang]}</p> : null}
        <p className={result.base === 'none' ? 'notice notice--warning' : undefined}>
          {result.base === 'shared' ? t(result.decided ? 'merge.sharedBaseDecided' : 'merge.sharedBase') : t(result.decided ? 'merge.noBaseDecided' : 'merge.noBase')}
        </p>

        {result.decided ? (
          <p className="notice notice--warning" data-testid="merge-decided">
            {t('merge.decided', { documentId: result.decided.printedId })}
          </p>
        ) : null}

        <h3 className="merge__subtitle">{takenOver.length ? t('merge.takenOver', { count: takenOver.length }) : t('merge.noneTakenOver')}</h3>
        <ChangeList changes={takenOver} testId="merge-taken-over" words={words} text={(before, after) => t('merge.change', { before, after })} />
        {result.decided?.notTaken.length ? (
          <>
            <h3 className="merge__subtitle">{t('merge.notTaken', { count: result.decided.notTaken.length })}</h3>
            <ChangeList changes={result.decided.notTaken} testId="merge-not-taken" words={words} text={(before, after) => t('merge.notTakenChange', { before, after })} />
          </>
        ) : null}

        <h3 className="merge__subtitle">
          {result.conflicts.length ? t('merge.conflicts', { count: result.conflicts.length }) : t('merge.noConflicts')}
        </h3>
        {result.conflicts.length > 1 ? (
          <div className="merge__all">
            <button type="button" className="btn btn--secondary btn--small" onClick={() => chooseAll('mine')}>
              {t('merge.allOurs')}
            </button>
            <button type="button" className="btn btn--secondary btn--small" onClick={() => chooseAll('theirs')}>
              {t('merge.allTheirs')}
            </button>
          </div>
        ) : null}
        <div data-testid="merge-conflicts">
          {result.conflicts.map((c, i) => {
            const name = `${id}-c${i}`;
            return (
              <fieldset key={pathKey(c.path)} className="merge__conflict">
                <legend className="merge__where">{describePath(c.path, lang)}</legend>
                <div className="merge__sides">
                  {(['mine', 'theirs'] as const).map((side) => (
                    <label key={side} className={`merge__side${choices.get(i) === side ? ' merge__side--chosen' : ''}`}>
                      <input type="radio" name={name} value={side} checked={choices.get(i) === side} onChange={() => choose(i, side)} />
                      <span className="merge__side-title">{side === 'mine' ? t('merge.ours') : t('merge.theirs')}</span>
                      <span className="merge__value">{valueText(side === 'mine' ? c.mine : c.theirs, c.path, lang, words)}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
            );
          })}
        </div>
      </div>
      <p className="merge__missing" role="alert">
        {missing ? t('merge.unchosen', { count: missing }) : ''}
      </p>
      <div className="dialog__actions">
        <button type="button" className="btn btn--primary" onClick={apply}>
          {t('merge.apply')}
        </button>
        <button type="button" className="btn btn--secondary" onClick={onCancel}>
          {t('merge.cancel')}
        </button>
      </div>
    </>
  );
}

/** One line per change: where, and its values; the first SHOWN_CHANGES of a long list, then how many more. */
function ChangeList({ changes, testId, words, text }: { changes: Difference[]; testId: string; words: ValueWords; text: (before: string, after: string) => string }) {
  const t = useT(strings);
  const lang = useLang();
  if (!changes.length) return null;
  return (
    <ul className="merge__changes" data-testid={testId}>
      {changes.slice(0, SHOWN_CHANGES).map((d) => (
        <li key={pathKey(d.path) + d.kind}>
          <span className="merge__where">{describePath(d.path, lang)}</span>
          <span className="merge__change">{text(valueText(d.before, d.path, lang, words), valueText(d.after, d.path, lang, words))}</span>
        </li>
      ))}
      {changes.length > SHOWN_CHANGES ? <li>{t('merge.more', { count: changes.length - SHOWN_CHANGES })}</li> : null}
    </ul>
  );
}
