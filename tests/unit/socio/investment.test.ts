import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { calculateSocioEconomics } from '../../../shared/finance/socio';
import { apportion, investmentFromBudget } from '../../../shared/finance/socio/investment';
import { emptyParty } from '../../../shared/model';
import { KOMMUN, REGION, workedExample } from './example';

describe('investment read from the budget', () => {
  it('changing the budget changes the calculation without retyping anything', () => {
    const app = workedExample();
    const before = calculateSocioEconomics(app);
    // Add a year-2 travel cost of 300 000 for the municipality, financed by the municipality.
    app.budget.costLines.push({ id: 'c4', category: 'travel', description: 'Resor', partyId: KOMMUN, kind: 'cash', amounts: [0, 300_000, 0], valuation: null });
    app.budget.financingLines[1]!.amounts = [2_000_000, 2_300_000, 2_000_000];
    const after = calculateSocioEconomics(app);
    expect(before.investment.total).toBe(27_000_000);
    expect(after.investment.total).toBe(27_300_000);
    expect(after.investment.byYear.slice(0, 3)).toEqual([9_000_000, 9_300_000, 9_000_000]);
    expect(after.investment.byActor.kommun.byYear.slice(0, 3)).toEqual([2_000_000, 2_300_000, 2_000_000]);
    // 300 000 / 1,035 = 289 855 more in present value, so the return per krona falls.
    expect(after.investment.totalDiscounted - before.investment.totalDiscounted).toBe(289_855);
    expect(after.returnPerKrona!).toBeLessThan(before.returnPerKrona!);
  });

  it('counts SIM money as the fund\'s own investment, beside the region, other financing and other parties as annan', () => {
    const app = workedExample();
    const ngo = { ...emptyParty('partner', 'annan'), id: 'party-ngo', organisation: 'Rädda Barnen' };
    app.parties.push(ngo);
    app.budget.financingLines = [
      { id: 'f1', source: 'sim', partyId: '', kind: 'cash', description: '', amounts: [4_000_000, 4_000_000, 4_000_000] },
      { id: 'f2', source: 'party', partyId: KOMMUN, kind: 'cash', description: '', amounts: [2_000_000, 2_000_000, 2_000_000] },
      { id: 'f3', source: 'party', partyId: REGION, kind: 'inKind', description: '', amounts: [2_000_000, 2_000_000, 2_000_000] },
      { id: 'f4', source: 'party', partyId: ngo.id, kind: 'inKind', description: '', amounts: [500_000, 500_000, 500_000] },
      { id: 'f5', source: 'other', partyId: '', kind: 'cash', description: 'Stiftelse', amounts: [500_000, 500_000, 500_000] },
    ];
    const inv = investmentFromBudget(app);
    expect(inv.byActor.sim).toEqual([4_000_000, 4_000_000, 4_000_000]);
    expect(inv.byActor.region).toEqual([2_000_000, 2_000_000, 2_000_000]);
    expect(inv.byActor.kommun).toEqual([2_000_000, 2_000_000, 2_000_000]);
    expect(inv.byActor.annan).toEqual([1_000_000, 1_000_000, 1_000_000]);
    expect(inv.byActor.stat).toEqual([0, 0, 0]);
    expect(inv.budgetBalanced).toBe(true);
  });

  it('splits an unbalanced year in proportion to its financing, so the parts still add up to the cost', () => {
    const app = workedExample();
    // Year 1 financed only 6 000 000 of 9 000 000: SIM 3 000 000, kommun 1 000 000, region 2 000 000.
    app.budget.financingLines[0]!.amounts = [3_000_000, 4_500_000, 4_500_000];
    app.budget.financingLines[1]!.amounts = [1_000_000, 2_000_000, 2_000_000];
    app.budget.financingLines[2]!.amounts = [2_000_000, 2_500_000, 2_500_000];
    const inv = investmentFromBudget(app);
    expect(inv.budgetBalanced).toBe(false);
    // 9 000 000 × 3/6 = 4 500 000 the fund, × 2/6 = 3 000 000 region, × 1/6 = 1 500 000 kommun.
    expect(inv.byActor.sim[0]).toBe(4_500_000);
    expect(inv.byActor.region[0]).toBe(3_000_000);
    expect(inv.byActor.kommun[0]).toBe(1_500_000);
    expect(calculateSocioEconomics(app).budgetBalanced).toBe(false);
  });

  it('with no financing entered yet, splits the cost by the party on each cost line', () => {
    const app = workedExample();
    app.budget.financingLines = [];
    app.budget.costLines.push({ id: 'c9', category: 'other', description: 'Ej fördelat', partyId: '', kind: 'cash', amounts: [100_000], valuation: null });
    const inv = investmentFromBudget(app);
    // kommun: 5 000 000 + 1 500 000 (+ 100 000 without a party falls on the owner, the municipality).
    expect(inv.byActor.kommun).toEqual([6_600_000, 6_500_000, 6_500_000]);
    expect(inv.byActor.region).toEqual([2_500_000, 2_500_000, 2_500_000]);
  });

  it('apportions whole kronor that always add up to the total', () => {
    expect(apportion(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(apportion(0, [1, 2])).toEqual([0, 0]);
    expect(apportion(10, [0, 0])).toEqual([0, 0]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), fc.array(fc.integer({ min: 0, max: 1_000_000_000 }), { minLength: 1, maxLength: 4 }), (total, weights) => {
        const parts = apportion(total, weights);
        const sumW = weights.reduce((a, b) => a + b, 0);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(sumW > 0 ? total : 0);
        expect(parts.every((p) => Number.isInteger(p) && p >= 0)).toBe(true);
      }),
    );
  });
});
