import { useState } from 'react';
import type { Issue } from '../../../../shared/rules/types';
import { api } from '../../api';
import { useStore } from '../../store';
import { useLang, useT } from '../../i18n';
import { IssueList } from '../../shell/ValidationPanel';
import { strings } from './strings';

type Outcome =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'exported'; path: string }
  | { kind: 'refused'; issues: Issue[] }
  | { kind: 'failed'; message: string };

/** The two exports. Main decides whether a signature-ready export is allowed (the same rules), and says why not. */
export function ExportPanel() {
  const t = useT(strings);
  const lang = useLang();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const run = async (draft: boolean) => {
    const application = useStore.getState().app;
    if (!application) return;
    // Asking for the version to sign is when what is still empty becomes an error, in every step's fields too.
    if (!draft) useStore.getState().setStrict(true);
    setOutcome({ kind: 'busy' });
    try {
      const res = await api().exportDocx({ application, draft });
      if (res.status === 'exported') setOutcome({ kind: 'exported', path: res.path });
      else if (res.status === 'refused') setOutcome({ kind: 'refused', issues: res.issues });
      else if (res.status === 'error') setOutcome({ kind: 'failed', message: res.message[lang] });
      else setOutcome({ kind: 'idle' });
    } catch (e) {
      setOutcome({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  };
  const busy = outcome.kind === 'busy';
  return (
    <div className="export" id="f-export" tabIndex={-1}>
      <div className="export__buttons">
        <button type="button" className="btn btn--primary btn--large" disabled={busy} onClick={() => void run(false)}>
          {t('exportSign')}
        </button>
        <button type="button" className="btn btn--secondary btn--large" disabled={busy} onClick={() => void run(true)}>
          {t('exportDraft')}
        </button>
      </div>
      <div className="export__outcome" aria-live="polite" data-testid="export-outcome">
        {busy ? <p>{t('exporting')}</p> : null}
        {outcome.kind === 'exported' ? <p className="export__ok">{t('exported', { path: outcome.path })}</p> : null}
        {outcome.kind === 'failed' ? <p className="export__failed">{t('exportFailed', { message: outcome.message })}</p> : null}
        {outcome.kind === 'refused' ? (
          <div className="export__refused">
            <p>{t('refused')}</p>
            <IssueList issues={outcome.issues} />
          </div>
        ) : null}
      </div>
    </div>
  );
}
