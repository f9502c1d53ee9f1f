import { useShallow } from 'zustand/react/shallow';
import type { StepId } from '../../../shared/model/steps';
import { approveStep, stepOwner, withdrawApproval, type WorkStep } from '../../../shared/workflow';
import { useStore } from '../store';
import { useLang, useT } from '../i18n';
import { currentWho, genitive, isoDay, orgName, useActingParty } from './identity';
import { useStepApprovals } from './derived';
import { strings } from './strings';
import './coowners.css';

/** Names of the application's parties by id, re-rendering only when a name changes. */
export function usePartyNames(): Map<string, string> {
  const lang = useLang();
  const flat = useStore(useShallow((s) => (s.app?.parties ?? []).flatMap((p) => [p.id, orgName(s.app!.parties, p.id, lang)])));
  const map = new Map<string, string>();
  for (let i = 0; i < flat.length; i += 2) map.set(flat[i]!, flat[i + 1]!);
  return map;
}

/** Under a step's title: who answers for it, each party's "Klar" (or that it lapsed), and the acting party's button. */
export function StepApproval({ step }: { step: StepId }) {
  const t = useT(strings);
  const lang = useLang();
  const names = usePartyNames();
  const ownerId = useStore((s) => (s.app && step !== 'review' ? stepOwner(s.app, step) : null));
  const approvals = useStepApprovals(step);
  const acting = useActingParty(lang);
  if (step === 'review') return null;
  const mine = acting ? approvals.find((a) => a.partyId === acting.id) : undefined;

  const mark = () => {
    const s = useStore.getState();
    const who = currentWho();
    if (!s.app || !acting || !who) return;
    s.update(['workflow', 'approvals'], approveStep(s.app, step as WorkStep, who, new Date()).workflow.approvals);
    s.announce(t('step.marked', { party: acting.name }));
  };
  const withdraw = () => {
    const s = useStore.getState();
    if (!s.app || !acting) return;
    s.update(['workflow', 'approvals'], withdrawApproval(s.app, step as WorkStep, acting.id).workflow.approvals);
    s.announce(t('step.withdrawn', { genitive: genitive(acting.name, lang) }));
  };

  return (
    <div className="step-approval" data-testid="step-approval">
      <p className="step-approval__owner">{ownerId ? t('step.owner', { party: names.get(ownerId) ?? '' }) : t('step.noOwner')}</p>
      {approvals.length ? (
        <ul className="step-approval__list" aria-live="polite">
          {approvals.map((a) => {
            const party = names.get(a.partyId) ?? '';
            return a.valid ? (
              <li key={a.partyId} className="step-approval__item step-approval__item--valid">
                <span className="step-approval__mark" aria-hidden="true">
                  ✓
                </span>
                {t('step.approved', { party, by: a.by, sep: a.by ? ', ' : '', date: isoDay(a.at) })}
              </li>
            ) : (
              <li key={a.partyId} className="step-approval__item step-approval__item--lapsed">
                <span className="step-approval__mark" aria-hidden="true">
                  !
                </span>
                {t('step.lapsed', { genitive: capitalise(genitive(party, lang)) })}
              </li>
            );
          })}
        </ul>
      ) : null}
      <div className="step-approval__actions">
        {acting ? (
          <>
            {!mine || !mine.valid ? (
              <button type="button" className="btn btn--secondary btn--small" onClick={mark}>
                {t('step.markDone', { party: acting.name })}
              </button>
            ) : null}
            {mine ? (
              <button type="button" className="btn btn--ghost btn--small" onClick={withdraw}>
                {t('step.withdraw', { genitive: genitive(acting.name, lang) })}
              </button>
            ) : null}
          </>
        ) : (
          <span className="step-approval__hint">{t('step.needWho')}</span>
        )}
      </div>
    </div>
  );
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
