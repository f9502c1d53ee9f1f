import { STEP_IDS } from '../../../../shared/model/steps';
import { Section, Select } from '../../components';
import { partyName } from '../../components/partyOptions';
import { useStore } from '../../store';
import { useCompleteness, useIssueCounts, useIssues } from '../../store/derived';
import { stepLabel, useLang, useT } from '../../i18n';
import { genitive } from '../../i18n/grammar';
import { IssueList } from '../../shell/ValidationPanel';
import { formatPercentWhole } from '../../shell/format';
import { ExportPanel } from './ExportPanel';
import { Preview } from './Preview';
import { strings } from './strings';
import { ReviewCoowners } from '../../coowners/ReviewCoowners';
import { LifecycleExport } from '../../lifecycle/LifecycleExport';
import './review.css';

export default function ReviewStep() {
  const t = useT(strings);
  const issues = useIssues();
  return (
    <>
      <Section title={t('progress')} id="review-progress">
        <PartyProgress />
        <StepProgress />
      </Section>
      <Section title={t('open')} id="review-issues">
        {issues.length ? <IssueList issues={issues} /> : <p className="review__ok">{t('noIssues')}</p>}
      </Section>
      <Section title={t('export')} id="review-export" intro={t('exportLead')}>
        <Select
          path={['language']}
          hint={t('languageHint')}
          options={[
            { value: 'sv', label: t('languageSv') },
            { value: 'en', label: t('languageEn') },
          ]}
        />
        <ExportPanel />
      </Section>
      <LifecycleExport target={{ kind: 'idea' }} />
      <ReviewCoowners />
      <Preview />
    </>
  );
}

/** "Kommunens delar 80 %, Regionens delar 60 %": each party sees what is left of its own parts. */
function PartyProgress() {
  const t = useT(strings);
  const lang = useLang();
  const completeness = useCompleteness();
  const parties = useStore((s) => s.app?.parties ?? []);
  if (!completeness) return null;
  const sectorCount = (sector: string) => parties.filter((p) => p.sector === sector).length;
  return (
    <>
      <p className="review__overall">{t('overall', { percent: formatPercentWhole(completeness.overall) })}</p>
      <h3 className="review__subtitle">{t('byParty')}</h3>
      <ul className="party-progress" data-testid="party-progress">
        {parties.map((p, i) => {
          // The organisation alone reads as a name ("Åmåls kommuns delar"); the unit would make it a phrase.
          const org = p.organisation.trim();
          const name = org || partyName(p, i, lang);
          // "Kommunens delar" reads right only when there is one party of that kind.
          const label =
            p.sector !== 'annan' && sectorCount(p.sector) === 1
              ? `${t(`partsOf.${p.sector}`)}${org ? ` (${org})` : ''}`
              : t('partsOf.annan', { genitive: genitive(name, lang) });
          const percent = completeness.parties[p.id] ?? 0;
          return (
            <li key={p.id} className="party-progress__item">
              <span className="party-progress__label">{label}</span>
              <span className="meter" aria-hidden="true">
                <span className="meter__fill" style={{ width: `${percent}%` }} />
              </span>
              <span className="party-progress__percent">{formatPercentWhole(percent)}</span>
            </li>
          );
        })}
      </ul>
    </>
  );
}

function StepProgress() {
  const t = useT(strings);
  return (
    <>
      <h3 className="review__subtitle">{t('byStep')}</h3>
      <table className="data-table step-progress">
        <thead>
          <tr>
            <th scope="col">{t('step')}</th>
            <th scope="col" className="num">
              {t('done')}
            </th>
            <th scope="col" className="num">
              {t('errors')}
            </th>
            <th scope="col" className="num">
              {t('warnings')}
            </th>
          </tr>
        </thead>
        <tbody>
          {STEP_IDS.filter((s) => s !== 'review').map((step) => (
            <StepRow key={step} step={step} />
          ))}
        </tbody>
      </table>
    </>
  );
}

function StepRow({ step }: { step: (typeof STEP_IDS)[number] }) {
  const lang = useLang();
  const goTo = useStore((s) => s.goTo);
  const completeness = useCompleteness();
  const counts = useIssueCounts(step);
  return (
    <tr>
      <th scope="row">
        <a
          href={`#${step}`}
          onClick={(e) => {
            e.preventDefault();
            goTo(step);
          }}
        >
          {stepLabel(step, lang)}
        </a>
      </th>
      <td className="num">{formatPercentWhole(completeness?.steps[step] ?? 0)}</td>
      <td className={`num${counts.errors ? ' num--error' : ''}`}>{counts.errors}</td>
      <td className="num">{counts.warnings}</td>
    </tr>
  );
}
