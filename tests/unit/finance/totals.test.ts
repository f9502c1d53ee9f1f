import { describe, expect, it } from 'vitest';
import { budgetTotals } from '../../../shared/finance/totals';
import { COMPLETE_IDS as ID } from '../../fixtures/build/ids';
import { completeApp } from '../rules/helpers';

describe('budgetTotals on the complete application', () => {
  const t = budgetTotals(completeApp());

  it('sums costs per year and in total', () => {
    expect(t.years).toBe(3);
    expect(t.costByYear).toEqual([3_005_000, 3_130_000, 3_330_000]);
    expect(t.costTotal).toBe(9_465_000);
  });

  it('balances every year', () => {
    expect(t.financingByYear).toEqual(t.costByYear);
    expect(t.balanceByYear).toEqual([0, 0, 0]);
  });

  it('gives the SIM share of the costs', () => {
    expect(t.simTotal).toBe(5_791_000);
    expect(t.simShare).toBeCloseTo(5_791_000 / 9_465_000, 10);
  });

  it('splits each party into cash and in-kind, with shares of the financing that add up', () => {
    expect(t.parties[ID.owner]).toMatchObject({ cash: [150_000, 200_000, 350_000], inKind: [310_000, 318_000, 326_000], total: 1_654_000 });
    expect(t.parties[ID.region]!.inKind).toEqual([290_000, 300_000, 310_000]);
    const shares = Object.values(t.parties).reduce((s, p) => s + p.share, 0) + t.simTotal / t.financingTotal;
    expect(shares).toBeCloseTo(1, 10);
  });

  it('totals by category and by the party carrying the cost', () => {
    expect(t.costByCategory.evaluation).toEqual([0, 150_000, 250_000]);
    expect(t.costByCategory.premises).toEqual([30_000, 30_000, 30_000]);
    const categories = Object.values(t.costByCategory).reduce((s, y) => s + y.reduce((a, b) => a + b, 0), 0);
    expect(categories).toBe(t.costTotal);
    expect(t.costByParty[ID.partnerKommun]!.total).toBe(330_000 + 340_000 + 350_000 + 95_000 + 100_000 + 105_000 + 75_000 + 60_000);
    expect(t.costUnassigned).toEqual([0, 0, 0]);
  });
});

describe('budgetTotals edge cases', () => {
  it('shows unbalanced years as financing minus costs', () => {
    const app = completeApp();
    // The owner's SIM line: year 2 pays 1 417 000 of Bengtsfors' cash costs.
    app.budget.financingLines[0]!.amounts[1] = 0;
    expect(budgetTotals(app).balanceByYear).toEqual([0, -1_417_000, 0]);
  });

  it('keeps amounts entered beyond the project years, so nothing typed disappears', () => {
    const app = completeApp();
    app.budget.costLines[0]!.amounts.push(5_000);
    const t = budgetTotals(app);
    expect(t.years).toBe(4);
    expect(t.costByYear[3]).toBe(5_000);
    expect(t.balanceByYear[3]).toBe(-5_000);
  });

  it('counts costs without a party as unassigned and has no shares without financing', () => {
    const app = completeApp();
    app.budget.costLines[0]!.partyId = '';
    app.budget.financingLines = [];
    const t = budgetTotals(app);
    expect(t.costUnassigned).toEqual([720_000, 738_000, 756_000]);
    expect(Number.isNaN(t.parties[ID.owner]!.share)).toBe(true);
    expect(t.financingTotal).toBe(0);
  });

  it('treats party financing with an unknown party as other financing', () => {
    const app = completeApp();
    app.budget.financingLines[1]!.partyId = 'gone';
    const t = budgetTotals(app);
    expect(t.otherByYear).toEqual([150_000, 200_000, 350_000]);
    expect(t.financingByYear).toEqual(t.costByYear);
  });
});
