import { countText, shareText, SOCIO_TEXT } from '../../../../shared/finance/socio-labels';
import { Section, TextArea } from '../../components';
import { useLang, useT } from '../../i18n';
import { useStore } from '../../store';
import { AvoidedCosts } from './AvoidedCosts';
import { Charts } from './Charts';
import { Inputs } from './Inputs';
import { Results } from './Results';
import { strings } from './strings';
import { useRangeCases, useSocioResult } from './useSocioResult';
import { RangeTable } from './Ranges';
import './socio.css';

/** Samhällsekonomi: the calculation's inputs, and its results and charts updating as the person types. */
export default function SocioEconomicsStep() {
  const t = useT(strings);
  const lang = useLang();
  const result = useSocioResult();
  const ranges = useRangeCases();
  const risk = useStore((s) => s.app?.socioEconomics.baselineRisk ?? null);
  const effect = useStore((s) => s.app?.socioEconomics.effect ?? null);
  const share = risk === null || effect === null ? null : (risk * effect) / 10000;
  return (
    <>
      <Section title={t('inputsSection')} intro={t('inputsIntro')} id="socio-inputs">
        <Inputs successShare={share === null ? null : shareText(share, lang)} successes={result ? countText(result.successesTotal, lang) : null} />
      </Section>
      <Section title={t('costsSection')} intro={t('costsIntro')} id="socio-costs">
        <AvoidedCosts />
      </Section>
      <Section title={t('resultsSection')} intro={t('resultsIntro')} id="socio-results">
        <p className="socio-warning socio-warning--plain" data-testid="socio-not-budget">
          {SOCIO_TEXT.notBudgetSavings[lang]}
        </p>
        {result ? (
          <>
            <Results r={result} />
            <RangeTable cases={ranges} />
            <Charts r={result} />
          </>
        ) : null}
      </Section>
      <Section title={t('commentSection')} id="socio-comment">
        <TextArea path={['socioEconomics', 'comment']} rows={3} />
      </Section>
    </>
  );
}
