import { describe, expect, it } from 'vitest';
import { formatKronor, formatNumber, formatPercent, NBSP, parseKronor } from '../../../shared/finance/money';

const s = (t: string) => t.replace(/ /g, NBSP);

describe('formatKronor', () => {
  it.each([
    [0, '0 kr'],
    [5, '5 kr'],
    [999, '999 kr'],
    [1000, '1 000 kr'],
    [1_250_000, '1 250 000 kr'],
    [18_068_702, '18 068 702 kr'],
    [10_000_000_000, '10 000 000 000 kr'],
  ])('%i → %s', (n, text) => {
    expect(formatKronor(n)).toBe(s(text));
  });
  it('uses a real minus sign, rounds to whole kronor and can leave out the unit', () => {
    expect(formatKronor(-25_000)).toBe(s('\u221225 000 kr'));
    expect(formatKronor(1249.6)).toBe(s('1 250 kr'));
    expect(formatKronor(1_250_000, { unit: false })).toBe(s('1 250 000'));
  });
  it('prints a dash for what is not a number', () => {
    expect(formatKronor(NaN)).toBe(s('– kr'));
    expect(formatKronor(Infinity, { unit: false })).toBe('–');
  });
  it('never breaks a number across lines', () => {
    expect(formatKronor(1_250_000)).not.toContain(' ');
  });
});

describe('formatPercent and formatNumber', () => {
  it('uses a decimal comma', () => {
    expect(formatPercent(0.254)).toBe(s('25,4 %'));
    expect(formatPercent(0.5)).toBe(s('50 %'));
    expect(formatPercent(NaN)).toBe('–');
    expect(formatNumber(1234.5, 1)).toBe(s('1 234,5'));
    expect(formatNumber(61.18, 1)).toBe('61,2');
    expect(formatNumber(36)).toBe('36');
  });
});

describe('parseKronor', () => {
  it.each([
    ['1250000', 1_250_000],
    ['1 250 000', 1_250_000],
    ['1 250 000 kr', 1_250_000],
    ['1\u00a0250\u00a0000\u00a0kr', 1_250_000],
    ['1\u202f250\u202f000', 1_250_000],
    ['1.250.000', 1_250_000],
    ['1 250 000:-', 1_250_000],
    ['1 250 000,00', 1_250_000],
    ['1250000 SEK', 1_250_000],
    ['  42 kronor ', 42],
    ['0', 0],
  ])('reads "%s" as %i', (input, value) => {
    expect(parseKronor(input)).toEqual({ ok: true, value });
  });

  it('reads nothing entered as null', () => {
    expect(parseKronor('  ')).toEqual({ ok: true, value: null });
  });

  it.each([
    ['1,250', 'kommatecken är decimaltecken'],
    ['1,250,000', 'kommatecken är decimaltecken'],
    ['1.250', 'punkt kan vara tusentalsavgränsare'],
    ['1 250,50', 'utan ören'],
    ['12.5', 'utan decimaler'],
    ['-500', 'inte vara negativt'],
    ['tolv tusen', 'är inte ett belopp'],
    ['1 25 000', 'är inte ett belopp'],
    ['99999999999', 'orimligt stort'],
  ])('refuses "%s" with a clear sentence', (input, fragment) => {
    const r = parseKronor(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message.sv).toContain(fragment);
      expect(r.message.en.length).toBeGreaterThan(10);
    }
  });

  it('reads back what formatKronor prints', () => {
    for (const n of [0, 7, 1000, 1_250_000, 987_654_321]) expect(parseKronor(formatKronor(n))).toEqual({ ok: true, value: n });
  });
});
