import { useStore as useVanillaStore } from 'zustand';
import type { Application } from '../../../shared/model/schema';
import { lockChangeRequest, lockReport, reportLockStatus, changeRequestLockStatus, type LockStatus } from '../../../shared/workflow/report-id';
import { useStore } from '../store';
import { settledStore } from '../store/derived';
import { useT } from '../i18n';
import { exportStrings } from './export-strings';

type Target = { kind: 'report' | 'change'; id: string };

// The Dokument-ID is a hash of the whole report: worked out on the settled version, once per version.
const cache = new WeakMap<Application, Map<string, LockStatus>>();
function statusOf(app: Application, target: Target): LockStatus {
  let m = cache.get(app);
  if (!m) cache.set(app, (m = new Map()));
  const key = `${target.kind}:${target.id}`;
  let r = m.get(key);
  if (!r) m.set(key, (r = target.kind === 'report' ? reportLockStatus(app, target.id) : changeRequestLockStatus(app, target.id)));
  return r;
}

/**
 * "Lås för underskrift" for a report or a change request: records its own Dokument-ID, and once locked says
 * whether it still is that version (an edit after locking shows, and the lock can be renewed or taken away).
 */
export function LockPanel({ target }: { target: Target }) {
  const t = useT(exportStrings);
  const status = useVanillaStore(settledStore, (s) => (s.app ? statusOf(s.app, target) : null));
  const lock = (on: boolean) => {
    const s = useStore.getState();
    if (!s.app) return;
    const next = target.kind === 'report' ? lockReport(s.app, target.id, on ? new Date() : null) : lockChangeRequest(s.app, target.id, on ? new Date() : null);
    s.update(['lifecycle'], next.lifecycle);
    const r = target.kind === 'report' ? reportLockStatus(next, target.id) : changeRequestLockStatus(next, target.id);
    s.announce(r.locked ? t('lock.locked', { id: r.documentId, date: r.at.slice(0, 10) }) : t('lock.unlocked'));
  };
  if (!status) return null;
  return (
    <div className="lock-panel" data-testid={`${target.kind}-lock`}>
      {!status.locked ? (
        <>
          <p>{t('lock.lead')}</p>
          <button type="button" className="btn btn--secondary" onClick={() => lock(true)}>
            {t('lock.lock')}
          </button>
        </>
      ) : (
        <>
          <p className={`notice ${status.matches ? 'notice--ok' : 'notice--warning'}`}>
            {t('lock.locked', { id: status.documentId, date: status.at.slice(0, 10) })} {status.matches ? null : t('lock.changed', { id: status.currentId })}
          </p>
          <div className="export__buttons">
            {status.matches ? null : (
              <button type="button" className="btn btn--secondary" onClick={() => lock(true)}>
                {t('lock.relock')}
              </button>
            )}
            <button type="button" className="btn btn--ghost" onClick={() => lock(false)}>
              {t('lock.unlock')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
