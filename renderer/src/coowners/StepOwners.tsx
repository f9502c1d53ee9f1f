import { stepOwner, setStepOwner, WORK_STEPS, type WorkStep } from '../../../shared/workflow';
import { Section } from '../components';
import { usePartyOptions } from '../components/partyOptions';
import { useStore } from '../store';
import { stepLabel, useLang, useT } from '../i18n';
import { strings } from './strings';

/** In Samverkan: which party answers for each step. Kept in the file's workflow, not printed. */
export function StepOwners() {
  const t = useT(strings);
  return (
    <Section title={t('owners.title')} intro={t('owners.intro')} id="step-owners">
      <table className="data-table step-owners" data-testid="step-owners">
        <thead>
          <tr>
            <th scope="col">{t('owners.step')}</th>
            <th scope="col">{t('owners.party')}</th>
          </tr>
        </thead>
        <tbody>
          {WORK_STEPS.map((step) => (
            <OwnerRow key={step} step={step} />
          ))}
        </tbody>
      </table>
    </Section>
  );
}

function OwnerRow({ step }: { step: WorkStep }) {
  const t = useT(strings);
  const lang = useLang();
  const options = usePartyOptions();
  const owner = useStore((s) => (s.app ? stepOwner(s.app, step) : null)) ?? '';
  const id = `owner-${step}`;
  return (
    <tr>
      <th scope="row">
        <label htmlFor={id}>{stepLabel(step, lang)}</label>
      </th>
      <td>
        <select
          id={id}
          className="input select select--small"
          aria-label={t('owners.labelFor', { step: stepLabel(step, lang) })}
          value={owner}
          onChange={(e) => {
            const s = useStore.getState();
            if (s.app) s.update(['workflow', 'stepOwners'], setStepOwner(s.app, step, e.target.value || null).workflow.stepOwners);
          }}
        >
          <option value="">{t('owners.none')}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </td>
    </tr>
  );
}
