import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { STEP_LABELS } from '../../../shared/model/labels';
import { stepOwner, WORK_STEPS, type WorkStep } from '../../../shared/workflow';
import { Section } from '../components';
import { useStore } from '../store';
import { stepLabel, useLang, useT } from '../i18n';
import { dateTime } from '../shell/format';
import { useStepApprovals } from './derived';
import { readPartnerCopy, sendToPartner, type ExchangeOutcome } from './exchange';
import { FreezePanel } from './FreezePanel';
import { genitive, isoDay, orgName } from './identity';
import { usePartyNames } from './StepApproval';
import { strings } from './strings';
import './coowners.css';

/** The review's part about the co-owners: approvals, exchange with the partner, freeze, and the change log. */
export function ReviewCoowners() {
  const t = useT(strings);
  return (
    <>
      <Section title={t('review.approvalsTitle')} id="review-approvals">
        <ApprovalTable />
      </Section>
      <Section title={t('review.exchangeTitle')} id="review-exchange" intro={t('review.exchangeLead')}>
        <Exchange />
      </Section>
      <Section title={t('freeze.title')} id="review-freeze">
        <FreezePanel />
      </Section>
      <Section title={t('review.logTitle')} id="review-log">
        <ChangeLog />
      </Section>
    </>
  );
}

function ApprovalTable() {
  const t = useT(strings);
  return (
    <table className="data-table approvals-table" data-testid="approvals-table">
      <thead>
        <tr>
          <th scope="col">{t('review.step')}</th>
          <th scope="col">{t('review.owner')}</th>
          <th scope="col">{t('review.approvals')}</th>
        </tr>
      </thead>
      <tbody>
        {WORK_STEPS.map((step) => (
          <ApprovalRow key={step} step={step} />
        ))}
      </tbody>
    </table>
  );
}

function ApprovalRow({ step }: { step: WorkStep }) {
  const t = useT(strings);
  const lang = useLang();
  const names = usePartyNames();
  const owner = useStore((s) => (s.app ? stepOwner(s.app, step) : null));
  const approvals = useStepApprovals(step);
  return (
    <tr>
      <th scope="row">{stepLabel(step, lang)}</th>
      <td>{owner ? names.get(owner) : '–'}</td>
      <td>
        {approvals.length === 0
          ? t('review.noneYet')
          : approvals.map((a) => (
              <span key={a.partyId} className={`approval-chip approval-chip--${a.valid ? 'valid' : 'lapsed'}`}>
                {a.valid
                  ? `✓ ${t('step.approved', { party: names.get(a.partyId) ?? '', by: a.by, sep: a.by ? ', ' : '', date: isoDay(a.at) })}`
                  : `! ${t('step.lapsed', { genitive: genitive(names.get(a.partyId) ?? '', lang) }).replace(/^(\S)/, (c) => c.toUpperCase())}`}
              </span>
            ))}
      </td>
    </tr>
  );
}

function Exchange() {
  const t = useT(strings);
  const lang = useLang();
  const [outcome, setOutcome] = useState<ExchangeOutcome>(null);
  const [busy, setBusy] = useState(false);
  const sent = useStore(useShallow((s) => {
    const e = s.app?.workflow.exchange;
    return e && e.sentAt ? [e.sentAt, e.sentBy, s.app ? orgName(s.app.parties, e.sentByPartyId, lang) : ''] : null;
  }));
  const run = async (fn: () => Promise<ExchangeOutcome>) => {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome(await fn());
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="exchange" id="f-exchange" tabIndex={-1}>
      <div className="export__buttons">
        <button type="button" className="btn btn--secondary" disabled={busy} onClick={() => void run(sendToPartner)}>
          {t('review.send')}
        </button>
        <button type="button" className="btn btn--secondary" disabled={busy} onClick={() => void run(readPartnerCopy)}>
          {t('review.read')}
        </button>
      </div>
      {sent ? (
        <p className="exchange__sent">
          {t('review.lastSent', { date: dateTime(sent[0]!), by: [sent[1], sent[2]].filter(Boolean).length ? ` (${[sent[1], sent[2]].filter(Boolean).join(', ')})` : '' })}
        </p>
      ) : null}
      <div aria-live="polite" data-testid="exchange-outcome">
        {outcome ? <p className={outcome.kind === 'ok' ? 'export__ok' : 'export__failed'}>{outcome.text}</p> : null}
      </div>
    </div>
  );
}

function ChangeLog() {
  const t = useT(strings);
  const lang = useLang();
  const log = useStore((s) => s.app?.workflow.changeLog);
  const parties = useStore((s) => s.app?.parties);
  if (!log || !parties) return null;
  if (log.length === 0) return <p>{t('review.logEmpty')}</p>;
  return (
    <table className="data-table change-log" data-testid="change-log">
      <thead>
        <tr>
          <th scope="col">{t('review.logWhen')}</th>
          <th scope="col">{t('review.logWho')}</th>
          <th scope="col">{t('review.logSteps')}</th>
        </tr>
      </thead>
      <tbody>
        {[...log].reverse().map((e, i) => {
          const who = [e.by, e.partyId ? orgName(parties, e.partyId, lang) : ''].filter(Boolean).join(', ');
          return (
            <tr key={`${e.at}-${i}`}>
              <td>{dateTime(e.at)}</td>
              <td>{who || t('review.logUnknown')}</td>
              <td>{e.steps.length ? e.steps.map((s) => STEP_LABELS[s][lang]).join(', ') : t('review.logCreated')}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
