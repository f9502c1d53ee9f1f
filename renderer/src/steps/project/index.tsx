import { durationMonths } from '../../../../shared/finance/years';
import { CheckboxGroup, DateField, Section, Select, TextArea, TextField, usePartyOptions } from '../../components';
import { useStore } from '../../store';
import { useProgramme } from '../../store/derived';
import { useT } from '../../i18n';
import { strings } from './strings';

export default function ProjectStep() {
  const t = useT(strings);
  const programme = useProgramme();
  const partyOptions = usePartyOptions();
  return (
    <>
      <Section title={t('about')}>
        <TextField path={['project', 'title']} />
        <TextArea path={['project', 'summary']} rows={7} hint={t('summaryHint')} />
        <TextField path={['project', 'diarienummer']} hint={t('diarienummerHint')} className="field--short" />
      </Section>
      <Section title={t('period')}>
        <div className="field-row">
          <DateField path={['project', 'startDate']} />
          <DateField path={['project', 'endDate']} />
        </div>
        <Duration max={programme.maxDurationMonths} />
      </Section>
      <Section title={t('where')}>
        <CheckboxGroup
          path={['project', 'municipalities']}
          hint={t('whereHint')}
          groups={programme.subRegions.map((r) => ({
            title: r.name,
            options: r.municipalities.map((m) => ({ value: m, label: m })),
          }))}
          columns={3}
        />
        <ChosenMunicipalities />
      </Section>
      <Section title={t('leader')}>
        <div className="field-row">
          <TextField path={['project', 'leader', 'name']} autoComplete="name" />
          <TextField path={['project', 'leader', 'title']} />
        </div>
        <div className="field-row">
          <TextField path={['project', 'leader', 'phone']} type="tel" autoComplete="tel" />
          <TextField path={['project', 'leader', 'email']} type="email" autoComplete="email" />
        </div>
        <Select path={['project', 'leader', 'partyId']} options={partyOptions} placeholder />
      </Section>
    </>
  );
}

function Duration({ max }: { max: number }) {
  const t = useT(strings);
  const start = useStore((s) => s.app?.project.startDate ?? '');
  const end = useStore((s) => s.app?.project.endDate ?? '');
  const months = durationMonths(start, end);
  if (months === null) return null;
  return (
    <p className={`duration${months > max ? ' duration--over' : ''}`} aria-live="polite">
      {t(months > max ? 'durationOver' : 'duration', { months, max })}
    </p>
  );
}

/** The chosen municipalities with their sub-region, so the spread across the county is visible at a glance. */
function ChosenMunicipalities() {
  const t = useT(strings);
  const programme = useProgramme();
  const chosen = useStore((s) => s.app?.project.municipalities);
  if (!chosen || chosen.length === 0) return <p className="field__hint">{t('chosenNone')}</p>;
  const list = chosen
    .map((m) => {
      const region = programme.subRegions.find((r) => r.municipalities.includes(m))?.name;
      return region ? `${m} (${region})` : m;
    })
    .join(', ');
  return <p className="chosen-list">{t('chosen', { list })}</p>;
}
