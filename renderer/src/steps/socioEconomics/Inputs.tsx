import { formatKronor, formatNumber } from '../../../../shared/finance/money';
import { budgetYearCount } from '../../../../shared/finance/totals';
import { MAX_YEARS } from '../../../../shared/finance/years';
import { LIMITS } from '../../../../shared/model/limits';
import { DraftInput, FieldShell, NumberField, useDraft, type Parsed } from '../../components';
import { useT } from '../../i18n';
import { ui } from '../../i18n/strings';
import { useStore } from '../../store';
import { useBudgetTotals } from '../../store/derived';
import { strings } from './strings';
import { PriceBaseYear, UncertainInput } from './Ranges';

const PATH = ['socioEconomics', 'peopleReached'] as const;

/** How many per-year fields to show: the budget's years (which follow the project dates), or what is already entered. */
function useYearCount(): number {
  const fromBudget = useStore((s) => (s.app ? budgetYearCount(s.app) : 0));
  const entered = useStore((s) => s.app?.socioEconomics.peopleReached.length ?? 0);
  return Math.min(MAX_YEARS, Math.max(fromBudget, entered));
}

/** People reached in one project year. Writing a later year than the list holds fills the years before with 0. */
function ReachedField({ year }: { year: number }) {
  const t = useT(strings);
  const tc = useT(ui);
  const value = useStore((s) => s.app?.socioEconomics.peopleReached[year]);
  const parse = (s: string): Parsed<number> => {
    const trimmed = s.replace(/[\s\u00a0\u202f]/g, '');
    if (trimmed === '') return { ok: true, value: 0 };
    if (!/^\d+$/.test(trimmed)) return { ok: false, message: tc('fields.notWholeNumber') };
    const n = Number(trimmed);
    if (n > LIMITS.count) return { ok: false, message: tc('fields.outOfRange', { min: '0', max: formatNumber(LIMITS.count) }) };
    return { ok: true, value: n };
  };
  const commit = (n: number) => {
    const { app, update } = useStore.getState();
    if (!app) return;
    const list = app.socioEconomics.peopleReached.slice();
    while (list.length <= year) list.push(0);
    list[year] = n;
    update([...PATH], list);
  };
  const draft = useDraft<number>(value ?? 0, (v) => formatNumber(v), parse, commit);
  return (
    <FieldShell path={[...PATH, year]} label={t('year', { n: year + 1 })} localError={draft.error} className="field--number">
      {(control) => (
        <DraftInput control={control} draft={draft} className="input input--number" />
      )}
    </FieldShell>
  );
}

function InvestmentLine() {
  const t = useT(strings);
  const totals = useBudgetTotals();
  if (!totals || totals.costTotal === 0) return <p className="socio-note">{t('noBudget')}</p>;
  return <p className="socio-note">{t('investmentFromBudget', { amount: formatKronor(totals.costTotal) })}</p>;
}

export function Inputs({ successShare, successes }: { successShare: string | null; successes: string | null }) {
  const t = useT(strings);
  const years = useYearCount();
  return (
    <>
      <InvestmentLine />
      <fieldset className="socio-years" id="f-socioEconomics-peopleReached" tabIndex={-1}>
        <legend className="field__label">{t('reachedLegend')}</legend>
        <p className="field__hint">{t('reachedHint')}</p>
        {years === 0 ? <p className="socio-note">{t('noYears')}</p> : null}
        <div className="field-row">
          {Array.from({ length: Math.max(1, years) }, (_, y) => (
            <ReachedField key={y} year={y} />
          ))}
        </div>
      </fieldset>
      <NumberField path={['socioEconomics', 'baselineRisk']} decimals={1} unit="%" hint={t('riskHint')} />
      <UncertainInput name="baselineRisk" />
      <NumberField path={['socioEconomics', 'effect']} decimals={1} unit="%" hint={t('effectHint')} />
      <UncertainInput name="effect" />
      {successShare !== null && successes !== null ? (
        <p className="socio-note">
          {t('successShare', { share: successShare, count: successes })}
        </p>
      ) : null}
      <NumberField path={['socioEconomics', 'horizonYears']} nullable={false} hint={t('horizonHint')} />
      <NumberField path={['socioEconomics', 'discountRate']} decimals={1} unit="%" nullable={false} hint={t('rateHint')} />
      <PriceBaseYear />
    </>
  );
}
