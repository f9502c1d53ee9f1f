import { describe, expect, it } from 'vitest';
import { calculateSocioEconomics } from '../../../shared/finance/socio';
import { workedExample } from './example';

/*
 * The worked example, computed by hand.
 *
 * Investment: 9 000 000 kr a year for three years = 27 000 000 kr.
 *   Who invests (financing side): SIM 4 500 000 + region in-kind 2 500 000 = 7 000 000 a year for the region,
 *   2 000 000 a year for the municipality.
 * Successes: reached 40 / 60 / 60 (160) × risk 50 % × effect 50 % = 10 / 15 / 15 (40 = 25 % of 160).
 * Each success avoids costs from the year after, for each item's duration (horizon 8 years):
 *   kommun 250 000 × 4 years: successes counted per year  y2 10, y3 10+15=25, y4 10+15+15=40, y5 40,
 *                             y6 15+15=30, y7 15        → 2 500 000, 6 250 000, 10 000 000, 10 000 000, 7 500 000, 3 750 000
 *   region  60 000 × 2 years: y2 10, y3 25, y4 30, y5 15 → 600 000, 1 500 000, 1 800 000, 900 000
 *   stat   150 000 × 5 years: y2 10, y3 25, y4 40, y5 40, y6 40, y7 30, y8 15
 *                            → 1 500 000, 3 750 000, 6 000 000, 6 000 000, 6 000 000, 4 500 000, 2 250 000
 *   Undiscounted per year: y1 0, y2 4 600 000, y3 11 500 000, y4 17 800 000, y5 16 900 000, y6 13 500 000,
 *   y7 8 250 000, y8 2 250 000; total 74 800 000 (check: 40 × (4×250 000 + 2×60 000 + 5×150 000) = 40 × 1 870 000).
 *
 * Discounting at 3,5 %, factor 1/1,035^(t−1): 1, 0,966184, 0,933511, 0,901943, 0,871442, 0,841973, 0,813501, 0,785991.
 *   Each actor's year is rounded to whole kronor:
 *   kommun: 2 500 000×0,966184 = 2 415 459; 6 250 000×0,933511 = 5 834 442; 10 000 000×0,901943 = 9 019 427;
 *           10 000 000×0,871442 = 8 714 422; 7 500 000×0,841973 = 6 314 799; 3 750 000×0,813501 = 3 050 627
 *           → 35 349 176
 *   region: 579 710 + 1 400 266 + 1 623 497 + 784 298 = 4 387 771
 *   stat:   1 449 275 + 3 500 665 + 5 411 656 + 5 228 653 + 5 051 839 + 3 660 753 + 1 768 480 = 26 071 321
 *   Total discounted avoided cost: 35 349 176 + 4 387 771 + 26 071 321 = 65 808 268.
 *   Investment discounted: kommun 2 000 000 + 1 932 367 + 1 867 021 = 5 799 388;
 *                          region (its staff time) 2 500 000 + 2 415 459 + 2 333 777 = 7 249 236;
 *                          the fund (SIM) 4 500 000 + 4 347 826 + 4 200 798 = 13 048 624; total 26 097 248.
 * Cumulative discounted: avoided y3 0 + 4 444 444 + 10 735 373 = 15 179 817 < investment 26 097 248;
 *   y4 15 179 817 + 16 054 580 = 31 234 397 ≥ 26 097 248 → payback in year 4.
 * Return per krona: 65 808 268 / 26 097 248 = 2,52. Per actor: kommun 35 349 176 / 5 799 388 = 6,10;
 *   region 4 387 771 / 7 249 236 = 0,61; the fund avoids nothing itself (0,00); the state gains 26 071 321 without investing (no ratio).
 * Value per success, weighted by reach 40/160, 60/160, 60/160 (0,25 / 0,375 / 0,375):
 *   a success in year 1 avoids, discounted, kommun 250 000×(f2+f3+f4+f5), region 60 000×(f2+f3), stat 150 000×(f2…f6);
 *   in year 2 everything moves one year later, in year 3 two years later (stat stops at the horizon, year 8).
 *   kommun: 250 000 × (0,25×3,673080 + 0,375×3,548869 + 0,375×3,428859) = 883 729
 *   region:  60 000 × (0,25×1,899695 + 0,375×1,835454 + 0,375×1,773385) = 109 694
 *   stat:   150 000 × (0,25×4,515053 + 0,375×4,362370 + 0,375×4,214850) = 651 783
 *   together 1 645 206,7 → 1 645 207 kr per success.
 * Break-even: 26 097 248 / 1 645 206,7 = 15,86 successes, 15,86 / 160 = 9,91 % of those reached.
 */
describe('socio-economic calculation: the worked example', () => {
  const r = calculateSocioEconomics(workedExample());

  it('reads the investment from the budget, per year and per actor', () => {
    expect(r.investment.byYear.slice(0, 3)).toEqual([9_000_000, 9_000_000, 9_000_000]);
    expect(r.investment.total).toBe(27_000_000);
    expect(r.investment.byActor.kommun.byYear.slice(0, 3)).toEqual([2_000_000, 2_000_000, 2_000_000]);
    // SIM money is the fund's own investment, not the region's: the region puts in its staff time only.
    expect(r.investment.byActor.region.byYear.slice(0, 3)).toEqual([2_500_000, 2_500_000, 2_500_000]);
    expect(r.investment.byActor.sim.byYear.slice(0, 3)).toEqual([4_500_000, 4_500_000, 4_500_000]);
    expect(r.investment.byActor.kommun.totalDiscounted).toBe(5_799_388);
    expect(r.investment.byActor.region.totalDiscounted).toBe(7_249_236);
    expect(r.investment.byActor.sim.totalDiscounted).toBe(13_048_624);
    expect(r.investment.totalDiscounted).toBe(26_097_248);
    expect(r.budgetBalanced).toBe(true);
  });

  it('counts 40 successes, a quarter of the 160 reached', () => {
    expect(r.successesByYear).toEqual([10, 15, 15]);
    expect(r.successesTotal).toBe(40);
    expect(r.peopleReachedTotal).toBe(160);
  });

  it('spreads avoided costs from the year after each success, per actor', () => {
    expect(r.avoided.byYear).toEqual([0, 4_600_000, 11_500_000, 17_800_000, 16_900_000, 13_500_000, 8_250_000, 2_250_000]);
    expect(r.avoided.total).toBe(74_800_000);
    expect(r.avoided.byActor.kommun.byYearDiscounted).toEqual([0, 2_415_459, 5_834_442, 9_019_427, 8_714_422, 6_314_799, 3_050_627, 0]);
    expect(r.avoided.byActor.region.totalDiscounted).toBe(4_387_771);
    expect(r.avoided.byActor.stat.totalDiscounted).toBe(26_071_321);
    expect(r.avoided.totalDiscounted).toBe(65_808_268);
  });

  it('pays back in year 4, with the cumulative series to show it', () => {
    expect(r.avoided.cumulativeDiscounted[2]).toBe(15_179_817);
    expect(r.avoided.cumulativeDiscounted[3]).toBe(31_234_397);
    expect(r.investment.cumulativeDiscounted[3]).toBe(26_097_248);
    expect(r.paybackYear).toBe(4);
  });

  it('gives break-even, return per krona and who invests versus who gains', () => {
    expect(r.valuePerSuccessByActor).toEqual({ kommun: 883_729, region: 109_694, stat: 651_783, annan: 0 });
    expect(r.valuePerSuccess).toBe(1_645_207);
    expect(r.breakEvenSuccesses).toBe(15.86);
    expect(r.breakEvenShareOfReached).toBe(0.0991);
    expect(r.returnPerKrona).toBe(2.52);
    expect(r.netPresentValue).toBe(65_808_268 - 26_097_248);
    expect(r.actors.kommun).toEqual({ invested: 5_799_388, gained: 35_349_176, net: 35_349_176 - 5_799_388, returnPerKrona: 6.1 });
    expect(r.actors.region).toEqual({ invested: 7_249_236, gained: 4_387_771, net: 4_387_771 - 7_249_236, returnPerKrona: 0.61 });
    expect(r.actors.sim).toEqual({ invested: 13_048_624, gained: 0, net: -13_048_624, returnPerKrona: 0 });
    expect(r.actors.stat).toEqual({ invested: 0, gained: 26_071_321, net: 26_071_321, returnPerKrona: null });
    expect(r.missing).toEqual([]);
  });

  it('shows a sensitivity table over 10 / 25 / 50 % effect and 0 / 3,5 / 5 % discount rate', () => {
    expect(r.sensitivity.effects).toEqual([10, 25, 50]);
    expect(r.sensitivity.discountRates).toEqual([0, 3.5, 5]);
    const base = r.sensitivity.cells[2]![1]!;
    expect(base).toMatchObject({ effect: 50, discountRate: 3.5, isBase: true, paybackYear: 4, avoidedDiscounted: 65_808_268 });
    // At 0 % discount and 50 % effect everything is undiscounted: 74 800 000 against 27 000 000.
    expect(r.sensitivity.cells[2]![0]).toMatchObject({ avoidedDiscounted: 74_800_000, investmentDiscounted: 27_000_000, netPresentValue: 47_800_000 });
    // At 10 % effect (a fifth of the successes) nothing pays back within eight years at 3,5 %:
    // avoided 65 808 268 / 5 ≈ 13,2 MSEK < 26,1 MSEK.
    expect(r.sensitivity.cells[0]![1]!.paybackYear).toBeNull();
    expect(r.sensitivity.cells.flat().filter((c) => c.isBase)).toHaveLength(1);
  });
});
