import type { ReactNode } from 'react';
import { useT } from '../i18n';
import { exportOutcomeStrings } from './export-outcome-strings';
import type { ExportOutcome as Outcome } from './useExportRun';

/**
 * The outcome of an export, in a polite live region so a screen reader hears it without losing its place: busy,
 * the saved path (main has already offered to open it or show it in its folder), one sentence for a failure, or the
 * refusal with what remains as links to the fields (`issues`). A cancelled save dialog leaves it empty.
 */
export function ExportOutcome<I>({
  outcome,
  testId,
  refused,
  issues,
}: {
  outcome: Outcome<I>;
  testId: string;
  refused: (count: number) => string;
  issues: (issues: I[]) => ReactNode;
}) {
  const t = useT(exportOutcomeStrings);
  return (
    <div className="export__outcome" aria-live="polite" data-testid={testId}>
      {outcome.kind === 'busy' ? <p>{t('busy')}</p> : null}
      {outcome.kind === 'exported' ? <p className="export__ok">{t('saved', { path: outcome.path })}</p> : null}
      {outcome.kind === 'failed' ? <p className="export__failed">{t('failed', { message: outcome.message })}</p> : null}
      {outcome.kind === 'refused' ? (
        <div className="export__refused">
          <p>{refused(outcome.issues.length)}</p>
          {issues(outcome.issues)}
        </div>
      ) : null}
    </div>
  );
}
