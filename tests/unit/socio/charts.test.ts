import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { calculateSocioEconomics } from '../../../shared/finance/socio';
import { actorModel, cumulativeModel, niceStep, CUMULATIVE } from '../../../renderer/src/steps/socioEconomics/chartsModel';
import { nonFiniteNumbers, workedExample } from './example';

describe('step charts: geometry', () => {
  it('draws the worked example: eight years, the payback line at year 4, both lines inside the plot', () => {
    const m = cumulativeModel(calculateSocioEconomics(workedExample()));
    expect(m.years).toBe(8);
    expect(m.payback?.year).toBe(4);
    expect(m.payback?.x).toBeCloseTo(m.investment[3]!.x);
    // Where the lines cross: at year 4 the avoided-cost point is above (smaller y than) the investment point.
    expect(m.avoided[3]!.y).toBeLessThan(m.investment[3]!.y);
    expect(m.avoided[2]!.y).toBeGreaterThan(m.investment[2]!.y);
    for (const p of [...m.investment, ...m.avoided]) {
      expect(p.y).toBeGreaterThanOrEqual(CUMULATIVE.top);
      expect(p.y).toBeLessThanOrEqual(CUMULATIVE.height - CUMULATIVE.bottom);
    }
    // 65 808 268 kr tops out under 80 mnkr with a 20 mnkr step.
    expect(m.ticks.map((t) => t.value)).toEqual([0, 20_000_000, 40_000_000, 60_000_000, 80_000_000]);
  });

  it('the longest bar is the largest amount, and zero draws nothing', () => {
    const m = actorModel(calculateSocioEconomics(workedExample()));
    const widest = m.bars.reduce((a, b) => (b.width > a.width ? b : a));
    expect(widest).toMatchObject({ actor: 'kommun', kind: 'gained', value: 35_349_176 });
    expect(m.bars.find((b) => b.actor === 'stat' && b.kind === 'invested')!.width).toBe(0);
  });

  it('every coordinate is finite, with zero effect, zero reach or no budget', () => {
    fc.assert(
      fc.property(fc.constantFrom('effect', 'reach', 'budget', 'all'), fc.integer({ min: 1, max: 60 }), (what, horizon) => {
        const app = workedExample();
        app.socioEconomics.horizonYears = horizon;
        if (what === 'effect' || what === 'all') app.socioEconomics.effect = 0;
        if (what === 'reach' || what === 'all') app.socioEconomics.peopleReached = [];
        if (what === 'budget' || what === 'all') app.budget = { costLines: [], financingLines: [], comment: '' };
        const r = calculateSocioEconomics(app);
        expect(nonFiniteNumbers(cumulativeModel(r))).toEqual([]);
        expect(nonFiniteNumbers(actorModel(r))).toEqual([]);
      }),
    );
    expect(niceStep(0)).toBe(1);
    expect(niceStep(Number.NaN)).toBe(1);
  });
});
