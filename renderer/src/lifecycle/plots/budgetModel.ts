import { niceTicks } from './measure';

/** `budgetToDate`: the part of the year's budget due by the report's period end, which the deviation is against. */
export type YearAmounts = { year: number; budget: number; outcome: number | null; budgetToDate?: number };

export type BudgetBar = { year: number; kind: 'budget' | 'outcome'; x: number; y: number; width: number; height: number; value: number };

export type BudgetPlot = {
  drawable: boolean;
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  bars: BudgetBar[];
  yTicks: { y: number; value: number }[];
  groups: { year: number; x: number }[];
};

export const BUDGET_W = 560;
export const BUDGET_H = 220;
const PAD = { left: 86, right: 12, top: 12, bottom: 28 };

/** Two bars per project year, budget beside outcome, on one kronor scale from zero. */
export function budgetPlot(years: readonly YearAmounts[]): BudgetPlot {
  const plot = { left: PAD.left, right: BUDGET_W - PAD.right, top: PAD.top, bottom: BUDGET_H - PAD.bottom };
  const max = Math.max(0, ...years.map((y) => Math.max(y.budget, y.outcome ?? 0)));
  if (!years.length || max <= 0) return { drawable: false, width: BUDGET_W, height: BUDGET_H, plot, bars: [], yTicks: [], groups: [] };
  const ticks = niceTicks(0, max, 4);
  const top = ticks[ticks.length - 1]!;
  const yOf = (v: number) => plot.bottom - (v / top) * (plot.bottom - plot.top);
  const slot = (plot.right - plot.left) / years.length;
  const barW = Math.min(48, slot * 0.34);
  const bars: BudgetBar[] = [];
  const groups = years.map((y, i) => {
    const centre = plot.left + slot * (i + 0.5);
    bars.push({ year: y.year, kind: 'budget', x: centre - barW - 2, y: yOf(y.budget), width: barW, height: plot.bottom - yOf(y.budget), value: y.budget });
    if (y.outcome !== null)
      bars.push({ year: y.year, kind: 'outcome', x: centre + 2, y: yOf(y.outcome), width: barW, height: plot.bottom - yOf(y.outcome), value: y.outcome });
    return { year: y.year, x: centre };
  });
  return { drawable: true, width: BUDGET_W, height: BUDGET_H, plot, bars, yTicks: ticks.map((value) => ({ value, y: yOf(value) })), groups };
}
