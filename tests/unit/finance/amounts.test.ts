import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatKronor, formatNumber, formatPercent, formatPlainNumber, parseKronor } from '../../../shared/finance/money';
import { budgetTotals } from '../../../shared/finance/totals';
import { LIMITS } from '../../../shared/model/limits';
import { ApplicationSchema, type Application, type CostLine, type FinancingLine } from '../../../shared/model/schema';
import { loadApplicationText, serializeApplication } from '../../../shared/model/load';
import { workedExample } from '../socio/example';

/** Swedish kronor as printed: digit groups of three with no-break spaces, an optional minus, " kr". */
const KRONOR = /^−?\d{1,3}(\u00a0\d{3})*\u00a0kr$/;
/** What BigInt, which is exact, prints for the same whole number, grouped the same way. */
const exactKronor = (n: bigint) => {
  const digits = (n < 0n ? -n : n).toString();
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return `${n < 0n ? '−' : ''}${groups.join('\u00a0')}\u00a0kr`;
};

const amount = fc.integer({ min: 0, max: LIMITS.amount });
const amounts = fc.array(amount, { maxLength: LIMITS.years });
const app0 = workedExample();
const partyIds = app0.parties.map((p) => p.id);
const costLine = (i: number) =>
  fc.record({ partyId: fc.constantFrom('', ...partyIds), kind: fc.constantFrom('cash' as const, 'inKind' as const), amounts }).map(
    (l): CostLine => ({ id: `c${i}`, category: 'personnel', description: 'Rad', valuation: null, ...l }),
  );
const budget = fc
  .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 20 }))
  .chain(([nc, nf]) =>
    fc.tuple(
      fc.tuple(...Array.from({ length: nc }, (_, i) => costLine(i))),
      fc.tuple(
        ...Array.from({ length: nf }, (_, i) =>
          fc.record({ source: fc.constantFrom('sim' as const, 'party' as const, 'other' as const), partyId: fc.constantFrom('', ...partyIds), amounts }).map(
            (l): FinancingLine => ({ id: `f${i}`, kind: 'cash', description: '', ...l }),
          ),
        ),
      ),
    ),
  )
  .map(([costLines, financingLines]): Application => ApplicationSchema.parse({ ...app0, budget: { ...app0.budget, costLines, financingLines } }));

const exactSum = (lines: readonly { amounts: readonly number[] }[]) => lines.reduce((s, l) => s + l.amounts.reduce((a, b) => a + BigInt(b), 0n), 0n);

describe('budget totals are exact whole kronor', () => {
  it('the caps keep every possible total a safe integer: 10 000 000 000 kr per cell × lines × years', () => {
    expect(LIMITS.amount * LIMITS.costLines * LIMITS.years).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER);
    expect(LIMITS.amount * LIMITS.financingLines * LIMITS.years).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER);
  });

  it('totals of any valid budget equal the exact integer sum and print as kronor', () => {
    fc.assert(
      fc.property(budget, (app) => {
        const t = budgetTotals(app);
        const cost = exactSum(app.budget.costLines);
        const financing = exactSum(app.budget.financingLines);
        const sim = exactSum(app.budget.financingLines.filter((l) => l.source === 'sim'));
        expect(BigInt(t.costTotal)).toBe(cost);
        expect(BigInt(t.financingTotal)).toBe(financing);
        expect(BigInt(t.simTotal)).toBe(sim);
        expect(BigInt(t.financingTotal - t.costTotal)).toBe(financing - cost);
        for (const n of [t.costTotal, t.financingTotal, t.simTotal, ...t.costByYear, ...t.balanceByYear]) {
          expect(formatKronor(n)).toMatch(KRONOR);
          expect(formatKronor(n)).toBe(exactKronor(BigInt(n)));
        }
        expect(formatPercent(t.simShare)).not.toMatch(/e/i);
      }),
      { numRuns: 60 },
    );
  });

  it('the largest budget the file allows adds up exactly', () => {
    const full = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, amounts: Array.from({ length: LIMITS.years }, () => LIMITS.amount) }));
    const costLines = full('c', LIMITS.costLines).map((l): CostLine => ({ ...l, category: 'other', description: 'x', partyId: partyIds[0]!, kind: 'cash', valuation: null }));
    const financingLines = full('f', LIMITS.financingLines).map((l): FinancingLine => ({ ...l, source: 'sim', partyId: '', kind: 'cash', description: '' }));
    const app = ApplicationSchema.parse({ ...app0, budget: { ...app0.budget, costLines, financingLines } });
    const t = budgetTotals(app);
    expect(formatKronor(t.costTotal)).toBe('50\u00a0000\u00a0000\u00a0000\u00a0000\u00a0kr');
    expect(formatKronor(t.financingTotal - t.costTotal)).toBe('−30\u00a0000\u00a0000\u00a0000\u00a0000\u00a0kr');
  });

  it('an amount over the cap is refused with a sentence, when typed and when read from a file', () => {
    const typed = parseKronor('10 000 000 001');
    expect(typed).toEqual({ ok: false, message: expect.objectContaining({ sv: 'Beloppet är orimligt stort: högst 10\u00a0000\u00a0000\u00a0000\u00a0kr per rad och år.' }) });
    expect(parseKronor('10 000 000 000')).toEqual({ ok: true, value: LIMITS.amount });
    const line = { ...app0.budget.costLines[0]!, amounts: [LIMITS.amount + 1] };
    const r = loadApplicationText(serializeApplication({ ...app0, budget: { ...app0.budget, costLines: [line] } }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.message.sv).toBe('Budget › Kostnadsrad 1 › Belopp 1: är för stort: högst 10\u00a0000\u00a0000\u00a0000.');
  });
});

describe('no number is ever printed in exponent form', () => {
  it('kronor, numbers, percentages and plain values, for any finite number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 4 }), (x, d) => {
        for (const s of [formatKronor(x), formatKronor(x, { unit: false }), formatNumber(x, d), formatPercent(x, d), formatPlainNumber(x, 'sv'), formatPlainNumber(x, 'en')]) {
          if (/e/i.test(s.replace(/kr$/, ''))) return false;
        }
        return KRONOR.test(formatKronor(x));
      }),
      { numRuns: 3000 },
    );
  });

  it('the amount from the report prints as its digits', () => {
    expect(formatKronor(2.7250000000000003e21)).toBe(exactKronor(BigInt(2.7250000000000003e21)));
    expect(formatKronor(2.7250000000000003e21)).not.toContain('e+');
    expect(formatNumber(1e22, 2)).toBe('10\u00a0000\u00a0000\u00a0000\u00a0000\u00a0000\u00a0000\u00a0000');
    expect(formatPercent(1e20)).toBe(`${formatNumber(1e22)}\u00a0%`);
    expect(formatPlainNumber(1e-7, 'sv')).toBe('0');
    expect(formatPlainNumber(1e-7, 'sv', 8)).toBe('0,0000001');
    expect(formatPlainNumber(2.5, 'sv')).toBe('2,5');
    expect(formatPlainNumber(2025, 'en')).toBe('2025');
    expect(formatKronor(123456789012345678901234567890n)).toBe(exactKronor(123456789012345678901234567890n));
  });
});
