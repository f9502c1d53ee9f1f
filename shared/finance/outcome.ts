import type { Report } from '../model/lifecycle';
import { COST_CATEGORIES, type Application, type ContributionKind, type CostCategory } from '../model/schema';
import { budgetTotals, budgetYearCount } from './totals';
import { parseIsoDate, projectYears } from './years';

/**
 * Budget against outcome (utfall) for a follow-up report: per project year × party × category × cash/in-kind, with
 * the deviation in kronor and percent. A report holds the outcome up to its period's end, so it is compared with the
 * budget up to that day: each project year's budget counts in full once the year is over, and pro rata by days for
 * the year the period ends in (later years count zero). The year's full budget is given beside it.
 */

/** A deviation this large (both) must be explained in the report (rules/steps/report-costs.ts). */
export const EXPLAIN_DEVIATION_PERCENT = 15;
export const EXPLAIN_DEVIATION_KRONOR = 10_000;

export type OutcomeCell = {
  /** The budget for the whole of the years concerned. */
  budget: number;
  /** The budget up to the report's period end. */
  budgetToDate: number;
  outcome: number;
  /** outcome − budgetToDate: positive is overspent. */
  deviation: number;
  /** deviation / budgetToDate × 100; null when nothing was budgeted to date. */
  deviationPercent: number | null;
};

export type OutcomeRow = OutcomeCell & { year: number; partyId: string; category: CostCategory; kind: ContributionKind };
export type LineOutcome = { costLineId: string; reported: boolean; byYear: OutcomeCell[]; total: OutcomeCell };

export type BudgetOutcome = {
  years: number;
  /** How much of each project year's budget is due by the period end (0–1). */
  yearShare: number[];
  /** One row per year × party × category × kind that has a budget or an outcome, in that order. */
  rows: OutcomeRow[];
  lines: LineOutcome[];
  byYear: OutcomeCell[];
  byParty: Record<string, OutcomeCell>;
  byCategory: Record<CostCategory, OutcomeCell>;
  byKind: Record<ContributionKind, OutcomeCell>;
  total: OutcomeCell;
  /** Outcome on cost-line ids the budget does not have (left out of every other figure). */
  unknownLines: string[];
};

const DAY = 86_400_000;

/** Share of each project year's budget due by `periodEnd`: 1 for years over, a day fraction for the current one. */
export function yearShares(app: Application, periodEnd: string, years: number): number[] {
  const end = parseIsoDate(periodEnd);
  const py = projectYears(app.project.startDate, app.project.endDate);
  return Array.from({ length: years }, (_, i) => {
    const y = py[i];
    if (!end || !y) return 1;
    const s = parseIsoDate(y.start)!.getTime();
    const e = parseIsoDate(y.end)!.getTime();
    if (end.getTime() >= e) return 1;
    if (end.getTime() < s) return 0;
    return (end.getTime() - s + DAY) / (e - s + DAY);
  });
}

const cell = (budget = 0, budgetToDate = 0, outcome = 0): OutcomeCell => finish({ budget, budgetToDate, outcome, deviation: 0, deviationPercent: null });
function finish(c: OutcomeCell): OutcomeCell {
  c.budgetToDate = Math.round(c.budgetToDate);
  c.deviation = c.outcome - c.budgetToDate;
  c.deviationPercent = c.budgetToDate > 0 ? (c.deviation / c.budgetToDate) * 100 : null;
  return c;
}
function add(into: OutcomeCell, budget: number, toDate: number, outcome: number) {
  into.budget += budget;
  into.budgetToDate += toDate;
  into.outcome += outcome;
}

export function budgetOutcome(app: Application, report: Pick<Report, 'outcomes' | 'periodEnd'>): BudgetOutcome {
  const known = new Set(app.budget.costLines.map((l) => l.id));
  let years = budgetYearCount(app);
  for (const o of report.outcomes) if (known.has(o.id)) years = Math.max(years, o.amounts.length);
  const share = yearShares(app, report.periodEnd, years);
  const outcomeOf = new Map(report.outcomes.map((o) => [o.id, o.amounts]));

  const rowMap = new Map<string, OutcomeRow>();
  const byYear = Array.from({ length: years }, () => cell());
  const byParty: Record<string, OutcomeCell> = {};
  const byCategory = Object.fromEntries(COST_CATEGORIES.map((c) => [c, cell()])) as Record<CostCategory, OutcomeCell>;
  const byKind: Record<ContributionKind, OutcomeCell> = { cash: cell(), inKind: cell() };
  const total = cell();
  const lines: LineOutcome[] = [];

  for (const line of app.budget.costLines) {
    const out = outcomeOf.get(line.id);
    const lineYears: OutcomeCell[] = [];
    const lineTotal = cell();
    for (let y = 0; y < years; y++) {
      const b = line.amounts[y] ?? 0;
      const td = b * share[y]!;
      const o = out?.[y] ?? 0;
      lineYears.push(finish({ ...cell(), budget: b, budgetToDate: td, outcome: o }));
      add(lineTotal, b, td, o);
      if (b === 0 && o === 0) continue;
      add(byYear[y]!, b, td, o);
      add((byParty[line.partyId] ??= cell()), b, td, o);
      add(byCategory[line.category], b, td, o);
      add(byKind[line.kind], b, td, o);
      add(total, b, td, o);
      const key = `${y}\u0000${line.partyId}\u0000${line.category}\u0000${line.kind}`;
      let row = rowMap.get(key);
      if (!row) rowMap.set(key, (row = { ...cell(), year: y, partyId: line.partyId, category: line.category, kind: line.kind }));
      add(row, b, td, o);
    }
    lines.push({ costLineId: line.id, reported: out !== undefined && out.length > 0, byYear: lineYears, total: finish(lineTotal) });
  }

  const partyOrder = new Map(app.parties.map((p, i) => [p.id, i]));
  const catOrder = new Map(COST_CATEGORIES.map((c, i) => [c, i]));
  const rows = [...rowMap.values()].map((r) => finish(r) as OutcomeRow);
  rows.sort(
    (a, b) =>
      a.year - b.year ||
      (partyOrder.get(a.partyId) ?? 1e9) - (partyOrder.get(b.partyId) ?? 1e9) ||
      catOrder.get(a.category)! - catOrder.get(b.category)! ||
      (a.kind === b.kind ? 0 : a.kind === 'cash' ? -1 : 1),
  );
  byYear.forEach(finish);
  Object.values(byParty).forEach(finish);
  Object.values(byCategory).forEach(finish);
  finish(byKind.cash);
  finish(byKind.inKind);
  finish(total);
  const unknownLines = report.outcomes.filter((o) => !known.has(o.id)).map((o) => o.id);
  return { years, yearShare: share, rows, lines, byYear, byParty, byCategory, byKind, total, unknownLines };
}

/** Whether a deviation is large enough that the report must explain it. */
export function needsExplanation(c: OutcomeCell): boolean {
  if (Math.abs(c.deviation) < EXPLAIN_DEVIATION_KRONOR) return false;
  return c.deviationPercent === null || Math.abs(c.deviationPercent) > EXPLAIN_DEVIATION_PERCENT;
}

export type GrantedYear = { year: number; sought: number; granted: number; difference: number };

/** What the funder granted against the SIM money sought, per project year: difference = granted − sought. */
export function grantedAgainstSought(app: Application): { years: GrantedYear[]; sought: number; granted: number; difference: number } {
  const d = app.lifecycle.decision;
  const t = budgetTotals(app);
  const n = Math.max(t.simByYear.length, d?.grantedPerYear.length ?? 0);
  const years = Array.from({ length: n }, (_, y) => {
    const sought = t.simByYear[y] ?? 0;
    const granted = d?.grantedPerYear[y] ?? 0;
    return { year: y, sought, granted, difference: granted - sought };
  });
  const sought = years.reduce((s, y) => s + y.sought, 0);
  const granted = years.reduce((s, y) => s + y.granted, 0);
  return { years, sought, granted, difference: granted - sought };
}
