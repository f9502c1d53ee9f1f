import { describe, expect, it } from 'vitest';
import { dayNumber, niceTicks, parseMeasure } from '../../../renderer/src/lifecycle/plots/measure';
import { indicatorPlot } from '../../../renderer/src/lifecycle/plots/indicatorModel';
import { budgetPlot } from '../../../renderer/src/lifecycle/plots/budgetModel';

describe('reading a measure from the text people wrote', () => {
  it('takes the first number, Swedish or English, with thousands separators', () => {
    expect(parseMeasure('62 %')).toBe(62);
    expect(parseMeasure('12,5')).toBe(12.5);
    expect(parseMeasure('12.5 procent')).toBe(12.5);
    expect(parseMeasure('1 200 barn')).toBe(1200);
    expect(parseMeasure('ca 40 av 120')).toBe(40);
    expect(parseMeasure('\u22123')).toBe(-3);
    expect(parseMeasure(7)).toBe(7);
  });
  it('gives nothing for prose or empty values', () => {
    expect(parseMeasure('')).toBeNull();
    expect(parseMeasure('ökad trygghet')).toBeNull();
    expect(parseMeasure(null)).toBeNull();
    expect(parseMeasure(Number.NaN)).toBeNull();
  });
  it('reads a long hostile text in bounded time (only its start is looked at)', () => {
    expect(parseMeasure('a'.repeat(1_000_000) + '5')).toBeNull();
  });
  it('dates and ticks', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2025-13')).toBeNull();
    expect(niceTicks(0, 95)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(0, 1_000_000, 4)).toEqual([0, 500_000, 1_000_000]);
  });
});

describe('an indicator over time', () => {
  const base = { baseline: '40 %', target: '60 %', periodStart: '2025-01-01', periodEnd: '2027-12-31' };
  it('puts the baseline at the start, the target at the end and the values in date order between', () => {
    const p = indicatorPlot({
      ...base,
      values: [
        { id: 'b', date: '2026-06-30', value: '52', source: 'Skolverket' },
        { id: 'a', date: '2025-06-30', value: '45 %', source: 'Skolverket' },
      ],
    });
    expect(p.drawable).toBe(true);
    expect(p.baseline!.x).toBeCloseTo(p.plot.left);
    expect(p.target!.x).toBeCloseTo(p.plot.right);
    expect(p.measured.map((m) => m.id)).toEqual(['a', 'b']);
    expect(p.measured[0]!.x).toBeLessThan(p.measured[1]!.x);
    // Higher values are higher up (smaller y).
    expect(p.target!.y).toBeLessThan(p.measured[1]!.y);
    expect(p.measured[1]!.y).toBeLessThan(p.measured[0]!.y);
    expect(p.measured[0]!.y).toBeLessThan(p.baseline!.y);
    expect(p.xTicks.map((x) => x.label)).toEqual(['2025', '2026', '2027']);
  });
  it('is table-only when nothing is a number, and skips values without a date', () => {
    expect(indicatorPlot({ ...base, baseline: 'låg', target: 'hög', values: [] }).drawable).toBe(false);
    const p = indicatorPlot({ ...base, values: [{ id: 'x', date: '', value: '50', source: '' }] });
    expect(p.measured).toEqual([]);
  });
});

describe('budget against outcome per year', () => {
  it('draws two bars a year on one scale from zero, an outcome only where there is one', () => {
    const p = budgetPlot([
      { year: 1, budget: 1_000_000, outcome: 900_000 },
      { year: 2, budget: 1_200_000, outcome: null },
    ]);
    expect(p.drawable).toBe(true);
    expect(p.bars.map((b) => `${b.year}${b.kind}`)).toEqual(['1budget', '1outcome', '2budget']);
    const [b1, o1, b2] = p.bars;
    expect(o1!.height / b1!.height).toBeCloseTo(0.9);
    expect(b2!.height).toBeGreaterThan(b1!.height);
    expect(b1!.y + b1!.height).toBeCloseTo(p.plot.bottom);
    expect(p.yTicks[0]!.value).toBe(0);
  });
  it('has nothing to draw without a budget', () => {
    expect(budgetPlot([]).drawable).toBe(false);
    expect(budgetPlot([{ year: 1, budget: 0, outcome: null }]).drawable).toBe(false);
  });
});
