import { useId, useState } from 'react';
import { useStore as useVanillaStore } from 'zustand';
import type { Application } from '../../../shared/model/schema';
import { describePath } from '../../../shared/model/labels';
import { freezeForSigning, freezeStatus, frozenApplication, unfreeze, type FreezeStatus } from '../../../shared/workflow';
import { api } from '../api';
import { useStore } from '../store';
import { settledStore } from '../store/derived';
import { pathKey } from '../store/paths';
import { useLang, useT } from '../i18n';
import { isoDay } from './identity';
import { valueText, type ValueWords } from './values';
import { strings } from './strings';

// The field-level comparison runs on the settled application, once per version, and only while the review shows.
const statusCache = new WeakMap<Application, FreezeStatus>();
function statusOf(app: Application): FreezeStatus {
  let r = statusCache.get(app);
  if (!r) statusCache.set(app, (r = freezeStatus(app)));
  return r;
}

type Outcome = { kind: 'ok' | 'failed'; text: string } | null;

/** "Lås för underskrift", and once frozen, whether the application still is that version and what differs. */
export function FreezePanel() {
  const t = useT(strings);
  const frozen = useStore((s) => s.app?.workflow.freeze != null);
  return (
    <div className="freeze" id="f-freeze" tabIndex={-1}>
      {frozen ? <FrozenState /> : <FreezeForm />}
      {!frozen ? <p className="freeze__lead">{t('freeze.lead')}</p> : null}
    </div>
  );
}

function FreezeForm() {
  const t = useT(strings);
  const [label, setLabel] = useState(() => t('freeze.defaultLabel'));
  const id = useId();
  const lock = () => {
    const s = useStore.getState();
    if (!s.app) return;
    const frozenApp = freezeForSigning(s.app, label.trim().slice(0, 200) || t('freeze.defaultLabel'), new Date());
    s.update(['workflow', 'freeze'], frozenApp.workflow.freeze);
    s.announce(t('freeze.locked', { date: isoDay(frozenApp.workflow.freeze!.at), id: frozenApp.workflow.freeze!.documentId }));
  };
  return (
    <div className="freeze__form">
      <div className="field">
        <label className="field__label" htmlFor={`${id}-label`}>
          {t('freeze.label')}
        </label>
        <input id={`${id}-label`} className="input" maxLength={200} value={label} onChange={(e) => setLabel(e.target.value)} />
      </div>
      <button type="button" className="btn btn--primary" onClick={lock}>
        {t('freeze.lock')}
      </button>
    </div>
  );
}

function FrozenState() {
  const t = useT(strings);
  const lang = useLang();
  const status = useVanillaStore(settledStore, (s) => (s.app ? statusOf(s.app) : null));
  const [outcome, setOutcome] = useState<Outcome>(null);
  const words: ValueWords = { removed: t('merge.removed'), empty: t('merge.empty'), yes: t('merge.yes'), no: t('merge.no') };
  if (!status) return null;
  if (!status.frozen) return <p>{t('freeze.checking')}</p>;

  const exportAgain = async () => {
    const app = useStore.getState().app;
    const frozenApp = app && frozenApplication(app);
    if (!frozenApp) return;
    setOutcome(null);
    const res = await api().exportDocx({ application: frozenApp, draft: false });
    if (res.status === 'exported') setOutcome({ kind: 'ok', text: t('freeze.exported', { path: res.path }) });
    else if (res.status === 'error') setOutcome({ kind: 'failed', text: t('freeze.exportFailed', { message: res.message[lang] }) });
    else if (res.status === 'refused') setOutcome({ kind: 'failed', text: t('freeze.refused', { count: res.issues.length }) });
  };
  const unlock = () => {
    const s = useStore.getState();
    if (s.app) s.update(['workflow', 'freeze'], unfreeze(s.app).workflow.freeze);
  };

  const date = isoDay(status.at);
  return (
    <>
      {status.matches ? (
        <p className="notice notice--ok" data-testid="freeze-banner">
          <span aria-hidden="true">🔒 </span>
          {status.label ? t('freeze.lockedLabel', { label: status.label, date, id: status.documentId }) : t('freeze.locked', { date, id: status.documentId })}
          {status.signedDocumentId ? <> {t('freeze.signedAs', { id: status.signedDocumentId })}</> : null}
        </p>
      ) : (
        <div className="notice notice--warning" data-testid="freeze-banner">
          <p className="freeze__changed">
            <strong>{t('freeze.changed')}</strong>
          </p>
          <p>{t('freeze.changedLead', { date, id: status.documentId })}</p>
          <table className="data-table freeze__diff" data-testid="freeze-differences">
            <thead>
              <tr>
                <th scope="col">{t('freeze.field')}</th>
                <th scope="col">{t('freeze.before')}</th>
                <th scope="col">{t('freeze.after')}</th>
              </tr>
            </thead>
            <tbody>
              {status.differences.map((d) => (
                <tr key={pathKey(d.path) + d.kind}>
                  <th scope="row">{describePath(d.path, lang)}</th>
                  <td>{valueText(d.before, d.path, lang, words)}</td>
                  <td>{valueText(d.after, d.path, lang, words)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="export__buttons">
        <button type="button" className="btn btn--secondary" onClick={() => void exportAgain()}>
          {t('freeze.exportAgain')}
        </button>
        <button type="button" className="btn btn--ghost" onClick={unlock}>
          {t('freeze.unlock')}
        </button>
      </div>
      <div aria-live="polite" data-testid="freeze-outcome">
        {outcome ? <p className={outcome.kind === 'ok' ? 'export__ok' : 'export__failed'}>{outcome.text}</p> : null}
      </div>
    </>
  );
}
