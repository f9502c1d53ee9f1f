import type { CostLine, Party, Project } from '../../../../shared/model/schema';

type ProjectDates = Pick<Project, 'startDate' | 'endDate'>;
import type { BudgetTotals, PerYear } from '../../../../shared/finance/totals';
import { projectYears } from '../../../../shared/finance/years';

/** One amount column of the grids: a project year, with its dates when the project period is known. */
export type YearColumn = { index: number; start: string | null; end: string | null };

/**
 * The years the grids show: the project's years, more if amounts were entered beyond them, and at least one
 * so a budget can be started before the dates are set. The count comes from budgetTotals, the one source.
 */
export function yearColumns(project: ProjectDates, totals: Pick<BudgetTotals, 'years'>): YearColumn[] {
  const py = projectYears(project.startDate, project.endDate);
  const n = Math.max(1, totals.years);
  return Array.from({ length: n }, (_, i) => ({ index: i, start: py[i]?.start ?? null, end: py[i]?.end ?? null }));
}

/** Whether the years shown are the project's own years, or a guess because dates are missing. */
export function yearsFromProject(project: ProjectDates): boolean {
  return projectYears(project.startDate, project.endDate).length > 0;
}

/** What grouping needs of a cost line: its id and its party. */
export type LineShape = Pick<CostLine, 'id' | 'partyId'>;

export type CostGroup<L extends LineShape = CostLine> = {
  /** '' for lines whose party is not chosen yet (or no longer exists). */
  partyId: string;
  partyIndex: number;
  /** Lines of this group with their positions in budget.costLines. */
  lines: { line: L; index: number }[];
  /** Sub-totals per year, from budgetTotals; null for the unassigned group, which only has a total. */
  cash: PerYear | null;
  inKind: PerYear | null;
  total: PerYear;
};

/** The cost grid per party, in the parties' order, then any lines without a party. */
export function costGroups<L extends LineShape>(parties: readonly Party[], costLines: readonly L[], totals: BudgetTotals): CostGroup<L>[] {
  const known = new Set(parties.map((p) => p.id));
  const groups: CostGroup<L>[] = parties.map((p, partyIndex) => {
    const t = totals.costByParty[p.id]!;
    return {
      partyId: p.id,
      partyIndex,
      lines: [],
      cash: t.cash,
      inKind: t.inKind,
      total: t.cash.map((c, i) => c + t.inKind[i]!),
    };
  });
  const unassigned: CostGroup<L> = { partyId: '', partyIndex: -1, lines: [], cash: null, inKind: null, total: totals.costUnassigned };
  costLines.forEach((line, index) => {
    const g = known.has(line.partyId) ? groups.find((x) => x.partyId === line.partyId)! : unassigned;
    g.lines.push({ line, index });
  });
  return unassigned.lines.length > 0 ? [...groups, unassigned] : groups;
}

/**
 * The index in the whole list to swap with when a line moves up or down among the lines of its own group,
 * or null at the group's edge. Reordering inside a party's table must not jump across other parties' lines.
 */
export function neighbourInGroup(group: CostGroup<LineShape>, index: number, direction: -1 | 1): number | null {
  const pos = group.lines.findIndex((l) => l.index === index);
  if (pos < 0) return null;
  return group.lines[pos + direction]?.index ?? null;
}

export type Balance = { year: number; amount: number; state: 'balanced' | 'deficit' | 'surplus' };

/** Financing minus costs per year, from budgetTotals, with its state spelled out for text beside the colour. */
export function balances(totals: BudgetTotals, years: number): Balance[] {
  return Array.from({ length: years }, (_, year) => {
    const amount = totals.balanceByYear[year] ?? 0;
    return { year, amount, state: amount === 0 ? 'balanced' : amount < 0 ? 'deficit' : 'surplus' };
  });
}

export function balanceTotal(totals: BudgetTotals): Balance {
  const amount = totals.financingTotal - totals.costTotal;
  return { year: -1, amount, state: amount === 0 ? 'balanced' : amount < 0 ? 'deficit' : 'surplus' };
}

