import { memo } from 'react';
import { formatKronor } from '../../../../shared/finance/money';
import { valuationAmount, valuationMismatches } from '../../../../shared/finance/valuation';
import { VALUATION_BASIS_LABELS } from '../../../../shared/model/option-labels';
import type { CostLine, Valuation } from '../../../../shared/model/schema';
import { AmountField, NumberField, Select, usePartyName } from '../../components';
import { useStore } from '../../store';
import { useAt } from '../../store/at';
import { useStoreArray } from '../../store/useStoreArray';
import { useLang, useT } from '../../i18n';
import { PathIssues } from './parts';
import { planStrings } from './plan-strings';

const LIST = ['budget', 'costLines'] as const;

/**
 * How each line of staff time is valued, below the cost grid so the grid stays a grid. The amounts stay the
 * grid's; "Använd beräknade belopp" writes the valuation's into it, and the rules flag any line that disagrees.
 */
export const ValuationSection = memo(function ValuationSection({ years }: { years: number }) {
  const t = useT(planStrings);
  // Only which lines need a valuation selects here, so typing an amount does not redraw the section.
  const indexes = useStoreArray(
    ((s) => (s.app?.budget.costLines ?? []).flatMap((l, i) => (l.kind === 'inKind' || l.valuation !== null ? [i] : []))),
  );
  return (
    <section className="form-section form-section--offscreen budget-section" aria-labelledby="budget-valuation-title">
      <h2 className="form-section__title" id="budget-valuation-title">
        {t('valuationSection')}
      </h2>
      <p className="form-section__intro">{t('valuationIntro')}</p>
      {indexes.length === 0 ? <p className="budget-empty">{t('noInKind')}</p> : null}
      {indexes.map((i) => (
        <ValuationLine key={i} index={i} years={years} />
      ))}
    </section>
  );
});

const ValuationLine = memo(function ValuationLine({ index, years }: { index: number; years: number }) {
  const t = useT(planStrings);
  const lang = useLang();
  const path = [...LIST, index] as const;
  const line = useAt(path) as CostLine | undefined;
  const party = usePartyName(line?.partyId ?? '');
  if (!line) return null;
  const n = index + 1;
  const what = [line.description.trim() || t('unnamedLine'), party].filter(Boolean).join(', ');
  const v = line.valuation;
  const set = (next: CostLine) => useStore.getState().update(path, next);

  const start = () => set({ ...line, valuation: { basis: 'fte', quantities: Array.from({ length: years }, () => 0), rate: 0, socialFeesPercent: 0 } });
  const apply = () => {
    if (!v) return;
    const count = Math.max(years, v.quantities.length, line.amounts.length);
    const quantities = Array.from({ length: count }, (_, y) => v.quantities[y] ?? 0);
    const valued: Valuation = { ...v, quantities };
    set({ ...line, valuation: valued, amounts: quantities.map((_, y) => valuationAmount(valued, y)) });
    useStore.getState().announce(t('applied', { n }));
  };

  return (
    <fieldset className="budget-valuation">
      <legend className="field__label">{t('lineLegend', { n, what })}</legend>
      {v ? (
        <>
          <div className="field-row">
            <Select
              path={[...path, 'valuation', 'basis']}
              options={(['fte', 'hours'] as const).map((b) => ({ value: b, label: VALUATION_BASIS_LABELS[b][lang] }))}
            />
            <AmountField path={[...path, 'valuation', 'rate']} label={v.basis === 'hours' ? t('ratePerHour') : t('monthlySalary')} />
            <NumberField path={[...path, 'valuation', 'socialFeesPercent']} decimals={2} nullable={false} unit="%" />
          </div>
          <div className="field-row">
            {v.quantities.map((_, y) => (
              <NumberField
                key={y}
                path={[...path, 'valuation', 'quantities', y]}
                decimals={2}
                nullable={false}
                label={v.basis === 'hours' ? t('hoursIn', { year: y + 1 }) : t('shareIn', { year: y + 1 })}
              />
            ))}
          </div>
          <Computed line={line} n={n} />
          <div className="field-row">
            <button type="button" className="btn btn--secondary" onClick={apply}>
              {t('apply', { n })}
            </button>
            <button type="button" className="btn btn--secondary" onClick={() => set({ ...line, valuation: null })}>
              {t('removeValuation', { n })}
            </button>
          </div>
        </>
      ) : (
        <button type="button" className="btn btn--secondary" onClick={start}>
          {t('addValuation', { n })}
        </button>
      )}
      <PathIssues path={[...path, 'valuation']} focusable />
    </fieldset>
  );
});

function Computed({ line, n }: { line: CostLine; n: number }) {
  const t = useT(planStrings);
  const v = line.valuation!;
  const list = v.quantities.map((_, y) => t('computedYear', { year: y + 1, amount: formatKronor(valuationAmount(v, y)) })).join(', ');
  const agrees = valuationMismatches(line).length === 0;
  return (
    <p className="field__hint" aria-live="polite" data-line={n}>
      {t('computed', { list })}
      {agrees ? ` ${t('matches')}` : ''}
    </p>
  );
}
