import { describe, expect, it } from 'vitest';
import { durationMonths, parseIsoDate, projectYears } from '../../../shared/finance/years';

describe('projectYears', () => {
  it('splits 2025-01-01 – 2027-12-31 into three calendar-aligned years', () => {
    expect(projectYears('2025-01-01', '2027-12-31')).toEqual([
      { index: 0, start: '2025-01-01', end: '2025-12-31' },
      { index: 1, start: '2026-01-01', end: '2026-12-31' },
      { index: 2, start: '2027-01-01', end: '2027-12-31' },
    ]);
  });
  it('counts years from the start date and ends the last one at the end date', () => {
    expect(projectYears('2025-09-01', '2027-02-28')).toEqual([
      { index: 0, start: '2025-09-01', end: '2026-08-31' },
      { index: 1, start: '2026-09-01', end: '2027-02-28' },
    ]);
  });
  it('gives one year for a short project and none for missing or reversed dates', () => {
    expect(projectYears('2025-03-01', '2025-06-30')).toHaveLength(1);
    expect(projectYears('', '2025-06-30')).toEqual([]);
    expect(projectYears('2026-01-01', '2025-01-01')).toEqual([]);
    expect(projectYears('2025-02-30', '2026-01-01')).toEqual([]);
  });
  it('never gives more than ten years', () => {
    expect(projectYears('2025-01-01', '2060-01-01')).toHaveLength(10);
  });
});

describe('durationMonths', () => {
  it.each([
    ['2025-01-01', '2027-12-31', 36],
    ['2025-01-01', '2028-01-01', 37],
    ['2025-01-01', '2025-01-31', 1],
    ['2025-01-15', '2025-02-14', 1],
    ['2025-01-15', '2025-02-15', 2],
    ['2025-03-01', '2026-12-31', 22],
  ])('%s – %s is %i months', (s, e, months) => {
    expect(durationMonths(s, e)).toBe(months);
  });
  it('is null for missing or reversed dates', () => {
    expect(durationMonths('', '2025-01-01')).toBeNull();
    expect(durationMonths('2025-02-01', '2025-01-01')).toBeNull();
  });
});

describe('parseIsoDate', () => {
  it('accepts real dates only', () => {
    expect(parseIsoDate('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(parseIsoDate('2025-02-29')).toBeNull();
    expect(parseIsoDate('2025-1-01')).toBeNull();
  });
});
