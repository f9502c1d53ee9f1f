import { describe, expect, it } from 'vitest';
import { budgetTotals } from '../../../shared/finance/totals';
import { NBSP } from '../../../shared/finance/money';
import { lineTotal, readAmount, showAmount, withAmount } from '../../../renderer/src/steps/budget/amounts';
import { balanceTotal, balances, costGroups, neighbourInGroup, yearColumns, yearsFromProject } from '../../../renderer/src/steps/budget/grid';
import { financingChart, overFundCap, partyShares } from '../../../renderer/src/steps/budget/chartModel';
import { threeYearApp } from './fixture';
import type { Application } from '../../../shared/model/schema';

function withBudget(): Application {
  const app = threeYearApp();
  const [kommun, region] = app.parties.map((p) => p.id) as [string, string];
  app.budget.costLines = [
    { id: 'c1', category: 'personnel', description: 'Projektledare 50 %', partyId: kommun, kind: 'cash', amounts: [400_000, 400_000, 400_000], valuation: null },
    { id: 'c2', category: 'personnel', description: 'Psykolog 20 %', partyId: region, kind: 'inKind', amounts: [150_000, 150_000, 150_000], valuation: null },
    { id: 'c3', category: 'training', description: 'Handledning', partyId: kommun, kind: 'cash', amounts: [50_000, 0, 0], valuation: null },
    { id: 'c4', category: 'other', description: 'Ej fördelat', partyId: '', kind: 'cash', amounts: [10_000], valuation: null },
  ];
  app.budget.financingLines = [
    { id: 'f1', source: 'sim', partyId: '', kind: 'cash', description: '', amounts: [300_000, 300_000, 300_000] },
    { id: 'f2', source: 'party', partyId: kommun, kind: 'cash', description: '', amounts: [160_000, 100_000, 100_000] },
    { id: 'f3', source: 'party', partyId: region, kind: 'inKind', description: '', amounts: [150_000, 150_000, 150_000] },
  ];
  return app;
}

describe('amount cells', () => {
  it('accept what people type and show Swedish grouping without the unit', () => {
    expect(readAmount('1250000')).toEqual({ ok: true, value: 1_250_000 });
    expect(readAmount('1 250 000 kr')).toEqual({ ok: true, value: 1_250_000 });
    expect(showAmount(1_250_000)).toBe(`1${NBSP}250${NBSP}000`);
  });

  it('treat an emptied cell as 0 kr and a never-filled year as blank', () => {
    expect(readAmount('  ')).toEqual({ ok: true, value: 0 });
    expect(showAmount(undefined)).toBe('');
    expect(showAmount(0)).toBe('0');
  });

  it('refuse an ambiguous entry with a sentence in both languages', () => {
    const r = readAmount('1,250');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message.sv).toContain('oklart');
      expect(r.message.en).toContain('ambiguous');
    }
  });

  it('fill skipped years with 0 so each position stays a project year', () => {
    expect(withAmount([], 2, 5)).toEqual([0, 0, 5]);
    expect(withAmount([1, 2, 3], 1, 9)).toEqual([1, 9, 3]);
    expect(lineTotal([400_000, 400_000, 400_000])).toBe(1_200_000);
  });
});

describe('budget grid', () => {
  it('shows one column per project year with its dates', () => {
    const app = withBudget();
    const cols = yearColumns(app.project, budgetTotals(app));
    expect(cols.map((c) => [c.start, c.end])).toEqual([
      ['2025-03-01', '2026-02-28'],
      ['2026-03-01', '2027-02-28'],
      ['2027-03-01', '2028-02-29'],
    ]);
    expect(yearsFromProject(app.project)).toBe(true);
  });

  it('offers one year before the project dates are set', () => {
    const app = threeYearApp();
    app.project.startDate = '';
    const cols = yearColumns(app.project, budgetTotals(app));
    expect(cols).toEqual([{ index: 0, start: null, end: null }]);
    expect(yearsFromProject(app.project)).toBe(false);
  });

  it('groups cost lines per party with cash and in-kind sub-totals, unassigned lines last', () => {
    const app = withBudget();
    const groups = costGroups(app.parties, app.budget.costLines, budgetTotals(app));
    expect(groups.map((g) => g.lines.map((l) => l.line.id))).toEqual([['c1', 'c3'], ['c2'], ['c4']]);
    expect(groups[0]!.cash).toEqual([450_000, 400_000, 400_000]);
    expect(groups[1]!.inKind).toEqual([150_000, 150_000, 150_000]);
    expect(groups[1]!.total).toEqual([150_000, 150_000, 150_000]);
    expect(groups[2]!.partyId).toBe('');
    expect(groups[2]!.total).toEqual([10_000, 0, 0]);
  });

  it('moves a line only among the lines of its own party', () => {
    const app = withBudget();
    const [kommun] = costGroups(app.parties, app.budget.costLines, budgetTotals(app));
    expect(neighbourInGroup(kommun!, 2, -1)).toBe(0);
    expect(neighbourInGroup(kommun!, 0, 1)).toBe(2);
    expect(neighbourInGroup(kommun!, 0, -1)).toBeNull();
  });

  it('states the balance per year as deficit, surplus or balanced', () => {
    const app = withBudget();
    const totals = budgetTotals(app);
    expect(balances(totals, 3)).toEqual([
      { year: 0, amount: 0, state: 'balanced' },
      { year: 1, amount: 0, state: 'balanced' },
      { year: 2, amount: 0, state: 'balanced' },
    ]);
    app.budget.financingLines[0]!.amounts = [300_000, 250_000, 400_000];
    const after = balances(budgetTotals(app), 3);
    expect(after.map((b) => b.state)).toEqual(['balanced', 'deficit', 'surplus']);
    expect(after[1]!.amount).toBe(-50_000);
    expect(balanceTotal(budgetTotals(app)).amount).toBe(50_000);
  });
});

describe('who finances what', () => {
  it('splits all financing into SIM, each party cash and in-kind, and other, in one bar', () => {
    const app = withBudget();
    const chart = financingChart(app.parties, budgetTotals(app));
    expect(chart.total).toBe(1_710_000);
    expect(chart.segments.map((s) => [s.source, s.value])).toEqual([
      ['sim', 900_000],
      ['partyCash', 360_000],
      ['partyInKind', 0],
      ['partyCash', 0],
      ['partyInKind', 450_000],
      ['other', 0],
    ]);
    const last = chart.segments.at(-1)!;
    expect(last.x + last.width).toBeCloseTo(100, 6);
    expect(chart.segments[0]!.share).toBeCloseTo(900 / 1710, 9);
  });

  it('has no shares while nothing is financed', () => {
    const app = threeYearApp();
    const chart = financingChart(app.parties, budgetTotals(app));
    expect(chart.segments.every((s) => Number.isNaN(s.share) && s.width === 0)).toBe(true);
  });

  it('gives each party its share of financing and flags a SIM share above the cap', () => {
    const app = withBudget();
    const totals = budgetTotals(app);
    const shares = partyShares(app.parties, totals);
    expect(shares.map((s) => s.total)).toEqual([360_000, 450_000]);
    expect(shares[1]!.share).toBeCloseTo(450 / 1710, 9);
    expect(overFundCap(totals, null)).toBe(false);
    expect(overFundCap(totals, 60)).toBe(false);
    expect(overFundCap(totals, 50)).toBe(true);
  });
});
