import { memo, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatKronor, formatPercent } from '../../../../shared/finance/money';
import { AmountField, TextArea, usePartyName } from '../../components';
import { useStore } from '../../store';
import { useBudgetTotals } from '../../store/derived';
import { useT } from '../../i18n';
import { BudgetOutcomePlot } from '../plots/BudgetOutcomePlot';
import { reportStrings } from './report-strings';
import type { ReportStepProps } from './ReportView';

const sum = (a: readonly number[]) => a.reduce((x, y) => x + y, 0);

/** Outcome so far beside the budget, cost line by project year, like the budget's own grid; totals and a plot beneath. */
export function CostsStep({ index }: ReportStepProps) {
  const t = useT(reportStrings);
  const totals = useBudgetTotals();
  const years = totals?.years ?? 0;
  const ids = useStore(useShallow((s) => s.app?.lifecycle.reports[index]?.outcomes.map((o) => o.id) ?? []));
  if (!ids.length) return <p className="notice">{t('costs.none')}</p>;
  const yearList = Array.from({ length: years }, (_, y) => y);
  return (
    <>
      <p className="form-section__intro">{t('costs.lead')}</p>
      <div className="report-costs__scroll">
        <table className="data-table report-costs">
          <thead>
            <tr>
              <th scope="col">{t('costs.line')}</th>
              {yearList.map((y) => (
                <th key={y} scope="col" className="num">
                  {t('costs.outcomeYear', { n: y + 1 })}
                  <span className="report__muted">{t('costs.ofBudget')}</span>
                </th>
              ))}
              <th scope="col" className="num">
                {t('costs.deviation')}
              </th>
            </tr>
          </thead>
          <tbody>
            {ids.map((id, k) => (
              <OutcomeRow key={id} index={index} k={k} id={id} years={years} />
            ))}
          </tbody>
        </table>
      </div>
      <TextArea path={['lifecycle', 'reports', index, 'outcomeComment']} label={t('costs.comment')} rows={2} />
      <YearPlot index={index} years={years} />
    </>
  );
}

const OutcomeRow = memo(function OutcomeRow({ index, k, id, years }: { index: number; k: number; id: string; years: number }) {
  const t = useT(reportStrings);
  const line = useStore((s) => s.app?.budget.costLines.find((l) => l.id === id) ?? null);
  const outcome = useStore(useShallow((s) => s.app?.lifecycle.reports[index]?.outcomes[k]?.amounts ?? []));
  const party = usePartyName(line?.partyId ?? '');
  const budget = line?.amounts ?? [];
  const name = line?.description || '–';
  const dev = sum(outcome) - sum(budget.slice(0, years));
  const yearList = Array.from({ length: years }, (_, y) => y);
  return (
    <tr>
      <th scope="row">
        {name}
        <span className="report__muted">
          {[party || t('costs.noParty'), line ? t(`costs.kinds.${line.kind}`) : ''].filter(Boolean).join(' · ')}
        </span>
      </th>
      {yearList.map((y) => (
        <td key={y} className="num report-costs__cell">
          <AmountField
            path={['lifecycle', 'reports', index, 'outcomes', k, 'amounts', y]}
            label={t('costs.outcomeCell', { n: y + 1, line: name, budget: formatKronor(budget[y] ?? 0) })}
            hideLabel
          />
          <span className="report__muted">{t('costs.budgetCell', { amount: formatKronor(budget[y] ?? 0) })}</span>
        </td>
      ))}
      <td className={`num${dev !== 0 ? ' report__deviation' : ''}`}>
        {formatKronor(dev)}
        {sum(budget) > 0 && dev !== 0 ? <span className="report__muted">{formatPercent(dev / sum(budget))}</span> : null}
      </td>
    </tr>
  );
});

function YearPlot({ index, years }: { index: number; years: number }) {
  const lines = useStore((s) => s.app?.budget.costLines);
  const outcomes = useStore((s) => s.app?.lifecycle.reports[index]?.outcomes);
  const data = useMemo(() => {
    const byId = new Map((outcomes ?? []).map((o) => [o.id, o.amounts]));
    return Array.from({ length: years }, (_, y) => ({
      year: y + 1,
      budget: sum((lines ?? []).map((l) => l.amounts[y] ?? 0)),
      outcome: sum((lines ?? []).map((l) => byId.get(l.id)?.[y] ?? 0)),
    }));
  }, [lines, outcomes, years]);
  return <BudgetOutcomePlot years={data} />;
}

