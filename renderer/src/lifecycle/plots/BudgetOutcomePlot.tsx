import { memo, useId } from 'react';
import { formatKronor, formatPercent } from '../../../../shared/finance/money';
import { useT } from '../../i18n';
import { budgetPlot, type YearAmounts } from './budgetModel';
import { plotStrings } from './plot-strings';
import './plots.css';

/** Budget beside outcome for each project year; the table beneath gives the figures and the deviation. */
export const BudgetOutcomePlot = memo(function BudgetOutcomePlot({ years }: { years: readonly YearAmounts[] }) {
  const t = useT(plotStrings);
  const id = useId().replace(/[^A-Za-z0-9_-]/g, '');
  const p = budgetPlot(years);
  const kr = (v: number) => formatKronor(v);
  const sum = (f: (y: YearAmounts) => number) => years.reduce((a, y) => a + f(y), 0);
  const totalBudget = sum((y) => y.budget);
  const totalOutcome = sum((y) => y.outcome ?? 0);
  const hasToDate = years.some((y) => y.budgetToDate !== undefined);
  const totalToDate = sum((y) => y.budgetToDate ?? y.budget);
  const summary = years
    .map((y) => `${t('budget.year', { n: y.year })}: ${t('budget.budget')} ${kr(y.budget)}, ${t('budget.outcome')} ${y.outcome === null ? '–' : kr(y.outcome)}.`)
    .join(' ');
  const row = (name: string, budget: number, toDate: number, outcome: number | null, key: string, head = false) => {
    const dev = outcome === null ? null : Math.round(outcome - toDate);
    const Cell = head ? 'th' : 'td';
    return (
      <tr key={key} className={head ? 'plot__total' : undefined}>
        <th scope="row">{name}</th>
        <Cell className="num">{kr(budget)}</Cell>
        {hasToDate ? <Cell className="num">{kr(Math.round(toDate))}</Cell> : null}
        <Cell className="num">{outcome === null ? '–' : kr(outcome)}</Cell>
        <Cell className="num">{dev === null ? '–' : kr(dev)}</Cell>
        <Cell className="num">{dev === null || toDate === 0 ? '–' : formatPercent(dev / toDate)}</Cell>
      </tr>
    );
  };
  return (
    <figure className="plot" aria-labelledby={`${id}-cap`}>
      <figcaption id={`${id}-cap`} className="plot__caption">
        {t('budget.title')}
      </figcaption>
      {p.drawable ? (
        <svg className="plot__svg" viewBox={`0 0 ${p.width} ${p.height}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
          <title id={`${id}-t`}>{t('budget.title')}</title>
          <desc id={`${id}-d`}>{t('budget.desc', { summary })}</desc>
          {p.yTicks.map((tick) => (
            <g key={tick.value}>
              <line className="plot__grid" x1={p.plot.left} x2={p.plot.right} y1={tick.y} y2={tick.y} />
              <text className="plot__tick" x={p.plot.left - 6} y={tick.y + 4} textAnchor="end">
                {formatKronor(tick.value, { unit: false })}
              </text>
            </g>
          ))}
          {p.bars.map((b) => (
            <rect key={`${b.year}-${b.kind}`} className={`plot__bar plot__bar--${b.kind}`} x={b.x} y={b.y} width={b.width} height={Math.max(0, b.height)} />
          ))}
          {p.groups.map((g) => (
            <text key={g.year} className="plot__tick" x={g.x} y={p.plot.bottom + 18} textAnchor="middle">
              {t('budget.year', { n: g.year })}
            </text>
          ))}
          <line className="plot__axis" x1={p.plot.left} x2={p.plot.right} y1={p.plot.bottom} y2={p.plot.bottom} />
        </svg>
      ) : (
        <p className="field__hint">{t('budget.empty')}</p>
      )}
      <ul className="plot__legend" aria-hidden="true">
        <li>
          <span className="plot__key plot__key--budget" /> {t('budget.budget')}
        </li>
        <li>
          <span className="plot__key plot__key--outcome" /> {t('budget.outcome')}
        </li>
      </ul>
      <table className="data-table plot__table">
        <thead>
          <tr>
            <th scope="col">{t('budget.yearCol')}</th>
            <th scope="col" className="num">
              {t('budget.budget')}
            </th>
            {hasToDate ? (
              <th scope="col" className="num">
                {t('budget.toDate')}
              </th>
            ) : null}
            <th scope="col" className="num">
              {t('budget.outcome')}
            </th>
            <th scope="col" className="num">
              {t('budget.deviation')}
            </th>
            <th scope="col" className="num">
              {t('budget.deviationPercent')}
            </th>
          </tr>
        </thead>
        <tbody>
          {years.map((y) => row(t('budget.year', { n: y.year }), y.budget, y.budgetToDate ?? y.budget, y.outcome, String(y.year)))}
          {years.length > 1 ? row(t('budget.total'), totalBudget, totalToDate, years.some((y) => y.outcome !== null) ? totalOutcome : null, 'total', true) : null}
        </tbody>
      </table>
    </figure>
  );
});
