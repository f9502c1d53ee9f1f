import { memo, useMemo, type CSSProperties } from 'react';
import { useAfterPaint } from '../../components/useAfterPaint';
import type { CostLine } from '../../../../shared/model/schema';
import type { CostOutcome } from '../../../../shared/model/lifecycle';
import { sameElements, useAt } from '../../store/at';
import { formatKronor, formatPercent } from '../../../../shared/finance/money';
import { TextArea, usePartyName } from '../../components';
import { AmountCell } from '../../steps/budget/AmountCell';
import { useStore } from '../../store';
import { useBudgetTotals } from '../../store/derived';
import { budgetOutcome, needsExplanation, type OutcomeCell } from '../../../../shared/finance/outcome';
import { partyName } from '../../components/partyOptions';
import { useLang, useT } from '../../i18n';
import { BudgetOutcomePlot } from '../plots/BudgetOutcomePlot';
import { reportStrings } from './report-strings';
import type { ReportStepProps } from './ReportView';

/** Outcome so far beside the budget, cost line by project year, like the budget's own grid; totals and a plot beneath. */
export function CostsStep({ index }: ReportStepProps) {
  const t = useT(reportStrings);
  const totals = useBudgetTotals();
  const years = totals?.years ?? 0;
  const ids = useAt(['lifecycle', 'reports', index, 'outcomes'], (list: readonly CostOutcome[] | undefined) => list?.map((o) => o.id) ?? NONE, sameElements);
  if (!ids.length) return <p className="notice">{t('costs.none')}</p>;
  const yearList = Array.from({ length: years }, (_, y) => y);
  return (
    <>
      <p className="form-section__intro">{t('costs.lead')}</p>
      {/* An ARIA table of boxes, like the budget's grid: each line can skip layout and paint while off screen, which
          table rows cannot, so a keystroke in one of 300 lines lays out and paints that line, not the whole table. */}
      <div className="report-costs__scroll">
        <div role="table" className="report-grid report-costs" aria-label={t('costs.tableLabel')} style={{ '--report-cols': `minmax(14rem, 1fr) repeat(${years}, 8.5rem) 7.5rem` } as CSSProperties}>
          <div role="rowgroup">
            <div role="row" className="report-grid__row report-grid__row--head">
              <div role="columnheader">{t('costs.line')}</div>
              {yearList.map((y) => (
                <div role="columnheader" key={y} className="num">
                  {t('costs.outcomeYear', { n: y + 1 })}
                  <span className="report__muted">{t('costs.ofBudget')}</span>
                </div>
              ))}
              <div role="columnheader" className="num">
                {t('costs.deviation')}
              </div>
            </div>
          </div>
          <div role="rowgroup">
            {ids.map((id, k) => (
              <OutcomeRow key={id} index={index} k={k} id={id} years={years} />
            ))}
          </div>
        </div>
      </div>
      <TextArea path={['lifecycle', 'reports', index, 'outcomeComment']} label={t('costs.comment')} rows={2} />
      <YearPlot index={index} />
    </>
  );
}

const NONE: readonly string[] = [];
const byId = new WeakMap<readonly CostLine[], Map<string, CostLine>>();
/** The budget's lines by id, built once per version of the list: every row looks its line up on each keystroke. */
function lineById(lines: readonly CostLine[] | undefined, id: string): CostLine | null {
  if (!lines) return null;
  let map = byId.get(lines);
  if (!map) byId.set(lines, (map = new Map(lines.map((l) => [l.id, l]))));
  return map.get(id) ?? null;
}

const OutcomeRow = memo(function OutcomeRow({ index, k, id, years }: { index: number; k: number; id: string; years: number }) {
  const t = useT(reportStrings);
  // Each told only when its own place in the file changes (store/at.ts): 300 rows, a keystroke in one.
  const line = useAt(['budget', 'costLines'], (lines: readonly CostLine[] | undefined) => lineById(lines, id));
  const outcome = useAt(['lifecycle', 'reports', index, 'outcomes', k]) as CostOutcome | undefined;
  const periodEnd = useAt(['lifecycle', 'reports', index, 'periodEnd'], (v: string | undefined) => v ?? '');
  const party = usePartyName(line?.partyId ?? '');
  const budget = line?.amounts ?? [];
  const name = line?.description || '–';
  // The shared calculation for this one line: only the row typed in is worked out again on a keystroke.
  const cell = useMemo(() => {
    const app = useStore.getState().app;
    if (!app || !line || !outcome) return null;
    return budgetOutcome({ ...app, budget: { ...app.budget, costLines: [line] } }, { outcomes: [outcome], periodEnd }).lines[0]?.total ?? null;
  }, [line, outcome, periodEnd]);
  const yearList = Array.from({ length: years }, (_, y) => y);
  return (
    <div role="row" className="report-grid__row report-grid__line">
      <div role="rowheader">
        {name}
        <span className="report__muted">
          {[party || t('costs.noParty'), line ? t(`costs.kinds.${line.kind}`) : ''].filter(Boolean).join(' · ')}
        </span>
      </div>
      {yearList.map((y) => (
        <div role="cell" key={y} className="num report-costs__cell">
          {/* The budget grid's own cell: a year not filled in yet has no element, and typing it fills the years before. */}
          <AmountCell
            linePath={['lifecycle', 'reports', index, 'outcomes', k]}
            year={y}
            label={t('costs.outcomeCell', { n: y + 1, line: name, budget: formatKronor(budget[y] ?? 0) })}
          />
          <span className="report__muted">{t('costs.budgetCell', { amount: formatKronor(budget[y] ?? 0) })}</span>
        </div>
      ))}
      <div role="cell" className={`num${cell && needsExplanation(cell) ? ' report__deviation' : ''}`}>
        {cell ? formatKronor(Math.round(cell.deviation)) : '–'}
        {cell?.deviationPercent != null ? <span className="report__muted">{formatPercent(cell.deviationPercent / 100)}</span> : null}
      </div>
    </div>
  );
});

function YearPlot({ index }: { index: number }) {
  const t = useT(reportStrings);
  const lang = useLang();
  const budget = useStore((s) => s.app?.budget);
  // The plot and its table follow the typing a frame later: a keystroke in a cell paints first.
  const outcomes = useAfterPaint(useStore((s) => s.app?.lifecycle.reports[index]?.outcomes));
  const periodEnd = useStore((s) => s.app?.lifecycle.reports[index]?.periodEnd ?? '');
  const parties = useStore((s) => s.app?.parties);
  const result = useMemo(() => {
    const app = useStore.getState().app;
    return app && outcomes ? budgetOutcome(app, { outcomes, periodEnd }) : null;
    // The budget and the report's outcomes are what the comparison reads; the rest of the file does not change it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [budget, outcomes, periodEnd]);
  if (!result) return null;
  const years = result.byYear.map((c, y) => ({ year: y + 1, budget: c.budget, budgetToDate: c.budgetToDate, outcome: c.outcome }));
  const groups: { key: string; name: string; cell: OutcomeCell }[] = [
    ...(parties ?? []).filter((p) => result.byParty[p.id]).map((p, i) => ({ key: p.id, name: partyName(p, i, lang), cell: result.byParty[p.id]! })),
    ...(['cash', 'inKind'] as const).map((k) => ({ key: k, name: t(`costs.kinds.${k}`), cell: result.byKind[k] })),
  ];
  return (
    <>
      <BudgetOutcomePlot years={years} />
      <table className="data-table report-socio" data-testid="outcome-summary">
        <caption className="plot__caption">{t('costs.summary')}</caption>
        <thead>
          <tr>
            <td />
            <th scope="col" className="num">{t('costs.budgetToDate')}</th>
            <th scope="col" className="num">{t('costs.outcome')}</th>
            <th scope="col" className="num">{t('costs.deviation')}</th>
          </tr>
        </thead>
        <tbody>
          {[...groups, { key: 'total', name: t('costs.total'), cell: result.total }].map((g) => (
            <tr key={g.key} className={g.key === 'total' ? 'plot__total' : undefined}>
              <th scope="row">{g.name}</th>
              <td className="num">{formatKronor(Math.round(g.cell.budgetToDate))}</td>
              <td className="num">{formatKronor(g.cell.outcome)}</td>
              <td className="num">
                {formatKronor(Math.round(g.cell.deviation))}
                {g.cell.deviationPercent != null ? ` (${formatPercent(g.cell.deviationPercent / 100)})` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

