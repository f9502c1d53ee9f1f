import { stepOwner } from '../../../shared/workflow';
import type { StepId } from '../../../shared/model/steps';
import { useStore } from '../store';
import { useLang, useT } from '../i18n';
import { orgName } from './identity';
import { useStepApprovals } from './derived';
import { usePartyNames } from './StepApproval';
import { strings } from './strings';

/** In the step list: the responsible party in short text, and a check per valid "Klar" (said in words too). */
export function StepOwnership({ step }: { step: StepId }) {
  const t = useT(strings);
  const lang = useLang();
  const owner = useStore((s) => {
    const id = s.app ? stepOwner(s.app, step) : null;
    return id && s.app ? orgName(s.app.parties, id, lang) : '';
  });
  const names = usePartyNames();
  const valid = useStepApprovals(step).filter((a) => a.valid);
  if (!owner && valid.length === 0) return null;
  return (
    <span className="step-link__owner">
      <span className="visually-hidden">, </span>
      {owner ? (
        <>
          <span className="visually-hidden">{t('step.listOwner')} </span>
          {owner}
        </>
      ) : null}
      {valid.length ? (
        <>
          {' '}
          <span className="step-link__checks" aria-hidden="true">
            {'✓'.repeat(valid.length)}
          </span>
          <span className="visually-hidden">
            {valid.map((a) => t('step.listApproved', { party: names.get(a.partyId) ?? '' })).join(', ')}
          </span>
        </>
      ) : null}
    </span>
  );
}
