import type { MouseEvent } from 'react';
import { reportIssueText, type ReportIssue } from '../../../shared/rules';
import type { Application } from '../../../shared/model/schema';
import { api } from '../api';
import { ExportOutcome } from '../components/ExportOutcome';
import { useExportRun } from '../components/useExportRun';
import { fieldId } from '../store/paths';
import { useLang, useT } from '../i18n';
import { exportStrings } from './export-strings';
import { reportStepOfPath } from './report-paths';
import { showLifecycle } from './view';
import { LockPanel } from './LockPanel';

export type ExportTarget = { kind: 'report'; id: string } | { kind: 'change'; id: string } | { kind: 'idea' };

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
  const { outcome, start } = useExportRun<ReportIssue>((application, draft) => call(target, application, draft));
  return (
    <section className="form-section lifecycle-export" aria-labelledby={`export-${target.kind}`}>
      <h2 className="form-section__title" id={`export-${target.kind}`}>
        {t(`heading.${target.kind}`)}
      </h2>
      {target.kind === 'idea' ? <p>{t('ideaLead')}</p> : <LockPanel target={target} />}
      <div className="export__buttons">
        {target.kind === 'idea' ? (
          <button type="button" className="btn btn--secondary" {...start(true)}>
            {t('idea')}
          </button>
        ) : (
          <>
            <button type="button" className="btn btn--primary" {...start(false)}>
              {t('signed')}
            </button>
            <button type="button" className="btn btn--secondary" {...start(true)}>
              {t('draft')}
            </button>
          </>
        )}
      </div>
      <ExportOutcome
        outcome={outcome}
        testId={`${target.kind}-export-outcome`}
        refused={(count) => t('refused', { count })}
        issues={(issues) => <ReportIssueLinks target={target} issues={issues} />}
      />
    </section>
  );
}

/** What keeps a report or a change request from being signed, each a link that opens its part and focuses its field. */
function ReportIssueLinks({ target, issues }: { target: ExportTarget; issues: ReportIssue[] }) {
  const lang = useLang();
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
  const follow = (i: ReportIssue) => (e: MouseEvent) => {
    e.preventDefault();
    goToIssue(i);
  };
  return (
    <ul>
      {issues.slice(0, 50).map((i) => (
        <li key={i.id + i.path.join('.')}>
          <a href={`#${fieldId(i.path)}`} onClick={follow(i)}>
            {reportIssueText(i, lang)}
          </a>
        </li>
      ))}
    </ul>
  );
}
