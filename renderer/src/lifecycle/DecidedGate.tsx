import type { ReactNode } from 'react';
import { useStore } from '../store';
import { useT } from '../i18n';
import { gateStrings } from './decision-strings';
import { requestChange } from './changes';

/**
 * A decided application's steps: shown, but every control disabled, with the reason said once at the top (and
 * tied to the form for screen readers) and the way forward, "Begär ändring", right beside it.
 */
export function DecidedGate({ children }: { children: ReactNode }) {
  const t = useT(gateStrings);
  const decision = useStore((s) => s.app?.lifecycle?.decision ?? null);
  const hasDraft = useStore((s) => s.app?.lifecycle?.changeRequests.some((c) => c.status === 'draft') ?? false);
  if (!decision) return <>{children}</>;
  const id = decision.signedDocumentId || decision.decidedDocumentId;
  return (
    <>
      <div className="notice decided-gate" id="decided-reason" data-testid="decided-gate">
        <p>{t('reason', { date: decision.date || '–', diarienummer: decision.diarienummer || '–', id })}</p>
        <p>{t('how')}</p>
        <button type="button" className="btn btn--secondary" onClick={requestChange}>
          {hasDraft ? t('openChange') : t('requestChange')}
        </button>
      </div>
      <fieldset className="decided-lock" disabled aria-describedby="decided-reason" data-testid="decided-lock">
        <legend className="visually-hidden">{t('reason', { date: decision.date || '–', diarienummer: decision.diarienummer || '–', id })}</legend>
        {children}
      </fieldset>
    </>
  );
}
