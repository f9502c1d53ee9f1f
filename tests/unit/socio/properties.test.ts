import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { calculateSocioEconomics, computeSocioEconomics, type SocioInputs } from '../../../shared/finance/socio';
import { ACTORS } from '../../../shared/finance/socio/investment';
import { nonFiniteNumbers, workedExample } from './example';

const amount = fc.integer({ min: 0, max: 50_000_000 });
const inputsArb: fc.Arbitrary<SocioInputs> = fc
  .record({
    years: fc.integer({ min: 0, max: 10 }),
    kommun: fc.array(amount, { maxLength: 10 }),
    region: fc.array(amount, { maxLength: 10 }),
    annan: fc.array(amount, { maxLength: 10 }),
    peopleReached: fc.array(fc.integer({ min: 0, max: 5000 }), { maxLength: 10 }),
    baselineRisk: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }),
    effect: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }),
    horizonYears: fc.integer({ min: 1, max: 60 }),
    discountRate: fc.double({ min: 0, max: 20, noNaN: true }),
    avoidedCosts: fc.array(
      fc.record({
        actor: fc.constantFrom(...ACTORS),
        amountPerYear: fc.integer({ min: 0, max: 2_000_000 }),
        durationYears: fc.integer({ min: 1, max: 60 }),
        delayYears: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
      }),
      { maxLength: 8 },
    ),
  })
  .map((r) => {
    const pad = (a: number[]) => Array.from({ length: r.years }, (_, i) => a[i] ?? 0);
    const byActor = { kommun: pad(r.kommun), region: pad(r.region), stat: pad([]), annan: pad(r.annan) };
    return {
      investmentByYear: pad([]).map((_, i) => byActor.kommun[i]! + byActor.region[i]! + byActor.annan[i]!),
      investmentByActor: byActor,
      peopleReached: r.peopleReached,
      baselineRisk: r.baselineRisk,
      effect: r.effect,
      horizonYears: r.horizonYears,
      discountRate: r.discountRate,
      avoidedCosts: r.avoidedCosts,
    };
  });

/** null payback means "not within the horizon": later than any year. */
const later = (p: number | null) => p ?? Number.POSITIVE_INFINITY;

describe('socio-economic calculation: properties', () => {
  it('more effect never makes payback later', () => {
    fc.assert(
      fc.property(inputsArb, fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (inputs, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const pLo = computeSocioEconomics({ ...inputs, effect: lo }).paybackYear;
        const pHi = computeSocioEconomics({ ...inputs, effect: hi }).paybackYear;
        expect(later(pHi)).toBeLessThanOrEqual(later(pLo));
      }),
      { numRuns: 300 },
    );
  });

  it('never produces NaN or Infinity, whatever the inputs', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        expect(nonFiniteNumbers(computeSocioEconomics(inputs))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('with discount rate 0 the discounted sums equal the undiscounted ones', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        const r = computeSocioEconomics({ ...inputs, discountRate: 0 });
        expect(r.avoided.byYearDiscounted).toEqual(r.avoided.byYear);
        expect(r.avoided.totalDiscounted).toBe(r.avoided.total);
        expect(r.investment.totalDiscounted).toBe(r.investment.total);
        expect(r.avoided.cumulativeDiscounted).toEqual(r.avoided.cumulative);
      }),
      { numRuns: 100 },
    );
  });

  it('with discount rate 0 the worked example is plain sums: 74 800 000 avoided against 27 000 000 invested', () => {
    const app = workedExample();
    app.socioEconomics.discountRate = 0;
    const r = calculateSocioEconomics(app);
    expect(r.avoided.totalDiscounted).toBe(74_800_000);
    expect(r.investment.totalDiscounted).toBe(27_000_000);
    // Cumulative avoided y3 = 0 + 4 600 000 + 11 500 000 = 16 100 000 < 27 000 000; y4 33 900 000 ≥ 27 000 000.
    expect(r.paybackYear).toBe(4);
    // At 0 % every avoided year of every success lies inside the eight years (the last successes, in year 3,
    // avoid the stat cost in years 4–8), so one success is worth 4×250 000 + 2×60 000 + 5×150 000 = 1 870 000
    // and break-even is 27 000 000 / 1 870 000 = 14,438… successes. Return 74 800 000 / 27 000 000 = 2,77.
    expect(r.valuePerSuccess).toBe(1_870_000);
    expect(r.breakEvenSuccesses).toBe(14.44);
    expect(r.returnPerKrona).toBe(2.77);
  });

  it.each([
    ['zero effect', (a: ReturnType<typeof workedExample>) => (a.socioEconomics.effect = 0)],
    ['no effect entered', (a: ReturnType<typeof workedExample>) => (a.socioEconomics.effect = null)],
    ['zero reach', (a: ReturnType<typeof workedExample>) => (a.socioEconomics.peopleReached = [0, 0, 0])],
    ['no reach entered', (a: ReturnType<typeof workedExample>) => (a.socioEconomics.peopleReached = [])],
    ['zero baseline risk', (a: ReturnType<typeof workedExample>) => (a.socioEconomics.baselineRisk = 0)],
  ])('%s gives no payback and no NaN or Infinity anywhere', (_, change) => {
    const app = workedExample();
    change(app);
    const r = calculateSocioEconomics(app);
    expect(r.paybackYear).toBeNull();
    expect(r.avoided.total).toBe(0);
    expect(r.returnPerKrona).toBe(0);
    // The sensitivity table varies the effect, so only missing reach or risk empties every cell.
    if (r.peopleReachedTotal === 0 || app.socioEconomics.baselineRisk === 0) {
      expect(r.sensitivity.cells.flat().map((c) => c.paybackYear)).toEqual(r.sensitivity.cells.flat().map(() => null));
    }
    expect(nonFiniteNumbers(r)).toEqual([]);
    expect(r.missing.length).toBeGreaterThan(0);
  });

  it('zero investment gives no payback, no return ratio and no break-even, not a division error', () => {
    const app = workedExample();
    app.budget.costLines = [];
    app.budget.financingLines = [];
    const r = calculateSocioEconomics(app);
    expect(r.investment.total).toBe(0);
    expect(r.paybackYear).toBeNull();
    expect(r.returnPerKrona).toBeNull();
    expect(r.breakEvenSuccesses).toBeNull();
    expect(r.actors.kommun.returnPerKrona).toBeNull();
    expect(r.missing).toEqual(['investment']);
    expect(nonFiniteNumbers(r)).toEqual([]);
  });

  it('an empty new application computes to nulls and zeros', () => {
    const app = workedExample();
    app.budget = { costLines: [], financingLines: [], comment: '' };
    app.socioEconomics = { ...app.socioEconomics, peopleReached: [], baselineRisk: null, effect: null, avoidedCosts: [] };
    const r = calculateSocioEconomics(app);
    expect(r.missing).toEqual(['investment', 'peopleReached', 'baselineRisk', 'effect', 'avoidedCosts']);
    expect(r.breakEvenSuccesses).toBeNull();
    expect(r.breakEvenShareOfReached).toBeNull();
    expect(nonFiniteNumbers(r)).toEqual([]);
  });

  it('stretches a horizon shorter than the budget so no investment is left out', () => {
    const app = workedExample();
    app.socioEconomics.horizonYears = 2;
    const r = calculateSocioEconomics(app);
    expect(r.years).toBe(3);
    expect(r.horizonExtended).toBe(true);
    expect(r.investment.total).toBe(27_000_000);
  });
});

describe('delayed avoided costs', () => {
  it('starts a delayed cost later and cuts it at the horizon', () => {
    const app = workedExample();
    app.socioEconomics.avoidedCosts[2]!.delayYears = 3;
    const r = calculateSocioEconomics(app);
    // stat 150 000 × 5 years, starting 1 + 3 years after each success, horizon 8:
    // year-1 successes (10) years 5–9 → 5–8 (4 years); year-2 (15) 6–10 → 6–8 (3); year-3 (15) 7–11 → 7–8 (2).
    // 150 000 × (10×4 + 15×3 + 15×2) = 150 000 × 115 = 17 250 000.
    expect(r.avoided.byActor.stat.byYear).toEqual([0, 0, 0, 0, 1_500_000, 3_750_000, 6_000_000, 6_000_000]);
    expect(r.avoided.byActor.stat.total).toBe(17_250_000);
    // The other actors are untouched.
    expect(r.avoided.byActor.kommun.total).toBe(40_000_000);
  });

  it('a longer delay never adds avoided cost', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }), (a, b) => {
        const app = workedExample();
        const pv = (d: number) => {
          app.socioEconomics.avoidedCosts.forEach((c) => (c.delayYears = d));
          return calculateSocioEconomics(app).avoided.total;
        };
        expect(pv(Math.max(a, b))).toBeLessThanOrEqual(pv(Math.min(a, b)));
      }),
      { numRuns: 50 },
    );
  });
});
