import { describe, expect, it } from 'vitest';
import { budgetTotals } from '../../../shared/finance/totals';
import { valuationAmount, valuationAmounts, valuationMismatches } from '../../../shared/finance/valuation';
import { rangeSensitivity } from '../../../shared/finance/socio/ranges';
import { socioInputsFromApplication, computeSocioEconomics } from '../../../shared/finance/socio';
import { completeApp } from '../rules/helpers';
import { workedExample } from '../socio/example';

describe('valuing staff time', () => {
  it('hours × cost per hour, with social fees on top', () => {
    // 520 h × 420 kr × 1,415 = 309 036 kr
    expect(valuationAmount({ basis: 'hours', quantities: [520], rate: 420, socialFeesPercent: 41.5 }, 0)).toBe(309_036);
  });
  it('share of full time × 12 × monthly salary, with social fees on top, per year', () => {
    // 50 % × 12 × 40 000 × 1,3142 = 315 408 kr; 25 % is half of that.
    expect(valuationAmounts({ basis: 'fte', quantities: [50, 25], rate: 40_000, socialFeesPercent: 31.42 })).toEqual([315_408, 157_704]);
  });
  it('accepts an amount rounded to the nearest thousand, not more', () => {
    const valuation = { basis: 'fte' as const, quantities: [50, 50], rate: 40_000, socialFeesPercent: 31.42 };
    expect(valuationMismatches({ amounts: [315_000, 316_000], valuation })).toEqual([1]);
    expect(valuationMismatches({ amounts: [315_408], valuation })).toEqual([1]);
  });
});

describe('SIM per party', () => {
  it('totals the SIM money by the party whose costs it pays, so each party’s own share shows', () => {
    const app = completeApp();
    const t = budgetTotals(app);
    const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);
    expect(Object.values(t.simByParty).reduce((acc, v) => acc.map((x, i) => x + v[i]!), [0, 0, 0])).toEqual(t.simByYear);
    expect(t.simUnassigned).toEqual([0, 0, 0]);
    for (const p of app.parties) {
      const c = t.costByParty[p.id]!;
      const own = c.total - sum(t.simByParty[p.id]!);
      // Own share = what the party finances itself, cash and staff time.
      expect(own).toBe(t.parties[p.id]!.total);
    }
  });
  it('keeps SIM money with no party apart, and never on another party', () => {
    const app = completeApp();
    app.budget.financingLines[0]!.partyId = '';
    const t = budgetTotals(app);
    expect(t.simUnassigned).toEqual(app.budget.financingLines[0]!.amounts);
    expect(Object.values(t.simByParty).every((v) => v.length === 3)).toBe(true);
  });
});

describe('low and high values of the uncertain assumptions', () => {
  it('reruns the calculation with each at its low and its high value, then both together', () => {
    const app = workedExample();
    const inputs = socioInputsFromApplication(app);
    const cases = rangeSensitivity(inputs, { baselineRisk: 50, baselineRiskLow: 40, baselineRiskHigh: 60, effect: 50, effectLow: 25, effectHigh: null });
    expect(cases.map((c) => `${c.assumption}.${c.bound}`)).toEqual(['baselineRisk.low', 'baselineRisk.high', 'effect.low', 'both.low']);
    const at = (r: number, e: number) => computeSocioEconomics({ ...inputs, baselineRisk: r, effect: e });
    expect(cases[0]).toMatchObject({ baselineRisk: 40, effect: 50, netPresentValue: at(40, 50).netPresentValue, paybackYear: at(40, 50).paybackYear });
    expect(cases[3]).toMatchObject({ baselineRisk: 40, effect: 25, returnPerKrona: at(40, 25).returnPerKrona });
    // Lower risk, fewer successes, less avoided: the low case is worse than the assumed one.
    expect(cases[0]!.netPresentValue).toBeLessThan(at(50, 50).netPresentValue);
    expect(cases[1]!.netPresentValue).toBeGreaterThan(at(50, 50).netPresentValue);
  });
});
