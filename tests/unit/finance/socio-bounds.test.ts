import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { calculateSocioEconomics, computeSocioEconomics, largestAvoidedCost, SOCIO_MAX_KRONOR, type SocioInputs } from '../../../shared/finance/socio';
import { buildDocx } from '../../../shared/docx';
import { LIMITS } from '../../../shared/model/limits';
import { ApplicationSchema, type Application } from '../../../shared/model/schema';
import { DEFAULT_PROGRAMME } from '../../../shared/program';
import { formatIssue, validate } from '../../../shared/rules';
import { calcReport } from '../../../electron/cli/calc';
import { workedExample } from '../socio/example';

/** A number in exponent form as JavaScript prints it, always with its sign: `2.7e+21`, `1e-7` (a hex ID's `0E3C` is not). */
const EXPONENT = /\d[eE][+-]\d/;

/** The largest calculation the file format allows: every count and amount at its cap. */
function atTheCaps(): Application {
  const app = workedExample();
  return ApplicationSchema.parse({
    ...app,
    socioEconomics: {
      ...app.socioEconomics,
      peopleReached: Array.from({ length: LIMITS.years }, () => LIMITS.count),
      baselineRisk: 100,
      effect: 100,
      horizonYears: 60,
      avoidedCosts: Array.from({ length: LIMITS.costItems }, (_, i) => ({
        id: `a${i}`,
        actor: 'stat',
        label: 'Utanförskap',
        amountPerYear: LIMITS.amount,
        durationYears: 60,
        source: 'Test',
        sourceYear: 2024,
        libraryId: '',
      })),
    },
  });
}

describe('socio-economic figures stay amounts', () => {
  it('a calculation at the caps is flagged, said in a sentence, and printed without exponent in calc and the DOCX', async () => {
    const app = atTheCaps();
    const r = calculateSocioEconomics(app);
    expect(r.outOfRange).toBe(true);
    const issue = validate(app, DEFAULT_PROGRAMME).find((i) => i.message === 'socioEconomics.outOfRange');
    expect(issue?.severity).toBe('error');
    const sentence = formatIssue(issue!, 'sv');
    expect(sentence).toMatch(/^Den samhällsekonomiska kalkylen skulle visa en undviken kostnad på upp till [\d\u00a0]+\u00a0kr, mer än 1\u00a0000\u00a0000\u00a0000\u00a0000\u00a0000\u00a0kr/);
    expect(sentence).not.toMatch(EXPONENT);

    for (const lang of ['sv', 'en'] as const) {
      const report = calcReport(app, 'x.simansokan', r, lang);
      expect(report).not.toMatch(EXPONENT);
      expect(report).toContain(lang === 'sv' ? 'Kalkylen ger belopp över 1\u00a0000\u00a0000\u00a0000\u00a0000\u00a0000\u00a0kr' : 'The calculation gives amounts above');
    }
    const bytes = await buildDocx(app, DEFAULT_PROGRAMME, { draft: true, now: new Date('2025-03-01T10:00:00Z') });
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
    expect(text).toContain('kr');
    expect(text).not.toMatch(EXPONENT);
  });

  it('the worked example is within range and no rule complains', () => {
    const app = workedExample();
    expect(calculateSocioEconomics(app).outOfRange).toBe(false);
    expect(validate(app, DEFAULT_PROGRAMME).some((i) => i.message === 'socioEconomics.outOfRange')).toBe(false);
  });

  const inputs: fc.Arbitrary<SocioInputs> = fc.record({
    investmentByYear: fc.array(fc.integer({ min: 0, max: LIMITS.amount * LIMITS.costLines }), { maxLength: LIMITS.years }),
    peopleReached: fc.array(fc.integer({ min: 0, max: LIMITS.count }), { maxLength: LIMITS.years }),
    baselineRisk: fc.option(fc.double({ min: 0, max: 100, noNaN: true })),
    effect: fc.option(fc.double({ min: 0, max: 100, noNaN: true })),
    horizonYears: fc.integer({ min: 1, max: 60 }),
    discountRate: fc.double({ min: 0, max: 20, noNaN: true }),
    avoidedCosts: fc.array(
      fc.record({
        actor: fc.constantFrom('kommun' as const, 'region' as const, 'stat' as const, 'annan' as const),
        amountPerYear: fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: LIMITS.amount })),
        durationYears: fc.integer({ min: 1, max: 60 }),
        delayYears: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
      }),
      { maxLength: 8 },
    ),
  }).map((x) => ({ ...x, investmentByActor: { kommun: x.investmentByYear, region: [], stat: [], annan: [] } }));

  it('for any inputs: flagged exactly when a figure would pass the bound; otherwise every figure is an exact whole krona', () => {
    fc.assert(
      fc.property(inputs, (i) => {
        const r = computeSocioEconomics(i);
        const largest = Math.max(r.investment.total, r.avoided.total, ...r.sensitivity.cells.flat().map((c) => c.avoidedDiscounted));
        // The closed form is the calculation's largest figure (up to the whole-krona rounding of each year).
        const bound = largestAvoidedCost({ ...i, budgetYears: i.investmentByYear.length });
        expect(Math.abs(Math.max(bound, r.investment.total) - largest)).toBeLessThanOrEqual(Math.max(1e-9 * largest, 4 * 4 * r.years));
        if (r.outOfRange) return largest > SOCIO_MAX_KRONOR * (1 - 1e-9);
        const money = [r.investment, r.avoided].flatMap((f) => [...f.byYear, ...f.byYearDiscounted, f.total, f.totalDiscounted, ...f.cumulative]);
        for (const n of [...money, r.netPresentValue, r.valuePerSuccess]) if (!Number.isSafeInteger(n)) return false;
        const exact = r.avoided.byYear.reduce((s, v) => s + BigInt(v), 0n);
        return BigInt(r.avoided.total) === exact && BigInt(r.netPresentValue) === BigInt(r.avoided.totalDiscounted) - BigInt(r.investment.totalDiscounted);
      }),
      { numRuns: 300 },
    );
  });
});
