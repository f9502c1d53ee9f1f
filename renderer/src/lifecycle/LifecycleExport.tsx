import { useState } from 'react';
import { reportIssueText, type ReportIssue } from '../../../shared/rules';
import type { Application } from '../../../shared/model/schema';
import { api } from '../api';
import { useStore } from '../store';
import { fieldId } from '../store/paths';
import { useLang, useT } from '../i18n';
import { exportStrings } from './export-strings';
import { reportStepOfPath } from './report-paths';
import { showLifecycle } from './view';
import { LockPanel } from './LockPanel';

export type ExportTarget = { kind: 'report'; id: string } | { kind: 'change'; id: string } | { kind: 'idea' };

type Outcome = { kind: 'idle' | 'busy' } | { kind: 'exported'; path: string } | { kind: 'refused'; issues: ReportIssue[] } | { kind: 'failed'; message: string };

function call(target: ExportTarget, application: Application, draft: boolean) {
  const a = api();
  if (target.kind === 'idea') return a.exportIdea({ application });
  if (target.kind === 'report') return a.exportReport({ application, reportId: target.id, draft });
  return a.exportChange({ application, changeRequestId: target.id, draft });
}

/**
 * The export of a report, a change request or the idea sketch. Main checks the same rules before a signature-ready
 * export and says what remains; each remaining thing is a link to its field.
 */
export function LifecycleExport({ target }: { target: ExportTarget }) {
  const t = useT(exportStrings);
  const lang = useLang();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const run = async (draft: boolean) => {
    const application = useStore.getState().app;
    if (!application) return;
    if (!draft) useStore.getState().setStrict(true);
    setOutcome({ kind: 'busy' });
    try {
      const res = await call(target, application, draft);
      if (res.status === 'exported') setOutcome({ kind: 'exported', path: res.path });
      else if (res.status === 'refused') setOutcome({ kind: 'refused', issues: res.issues });
      else if (res.status === 'error') setOutcome({ kind: 'failed', message: res.message[lang] });
      else setOutcome({ kind: 'idle' });
    } catch (e) {
      setOutcome({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  };
  const busy = outcome.kind === 'busy';
  const goToIssue = (i: ReportIssue) => {
    if (target.kind === 'report') showLifecycle({ kind: 'report', reportId: target.id, step: reportStepOfPath(i.path) });
    // The part has rendered by the next frame or two; then its field takes the focus.
    let frames = 0;
    const tryFocus = () => {
      const el = document.getElementById(fieldId(i.path));
      if (el) el.focus();
      else if (frames++ < 30) requestAnimationFrame(tryFocus);
    };
    requestAnimationFrame(tryFocus);
  };
  return (
    <section className="form-section lifecycle-export" aria-labelledby={`export-${target.kind}`}>
      <h2 className="form-section__title" id={`export-${target.kind}`}>
        {t(`heading.${target.kind}`)}
      </h2>
      {target.kind === 'idea' ? <p>{t('ideaLead')}</p> : <LockPanel target={target} />}
      <div className="export__buttons">
        {target.kind === 'idea' ? (
          <button type="button" className="btn btn--secondary" disabled={busy} onClick={() => void run(true)}>
            {t('idea')}
          </button>
        ) : (
          <>
            <button type="button" className="btn btn--primary" disabled={busy} onClick={() => void run(false)}>
              {t('signed')}
            </button>
            <button type="button" className="btn btn--secondary" disabled={busy} onClick={() => void run(true)}>
              {t('draft')}
            </button>
          </>
        )}
      </div>
      <div className="export__outcome" aria-live="polite" data-testid={`${target.kind}-export-outcome`}>
        {busy ? <p>{t('busy')}</p> : null}
        {outcome.kind === 'exported' ? <p className="export__ok">{t('saved', { path: outcome.path })}</p> : null}
        {outcome.kind === 'failed' ? <p className="export__failed">{t('failed', { message: outcome.message })}</p> : null}
        {outcome.kind === 'refused' ? (
          <div className="export__refused">
            <p>{t('refused', { count: outcome.issues.length })}</p>
            <ul>
              {outcome.issues.slice(0, 50).map((i) => (
                <li key={i.id + i.path.join('.')}>
                  <a
                    href={`#${fieldId(i.path)}`}
                    onClick={(e) => {
                      e.preventDefault();
                      goToIssue(i);
                    }}
                  >
                    {reportIssueText(i, lang)}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </section>
  );
}
