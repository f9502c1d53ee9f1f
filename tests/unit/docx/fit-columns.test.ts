import { describe, expect, it } from 'vitest';
import { fitColumns, longestWord, wordWidth } from '../../../shared/docx/fit-columns';

describe('columns that fit their longest word', () => {
  it('measures the longest piece a line cannot break, wrapping at spaces, hyphens and slashes', () => {
    const size = 18;
    expect(longestWord('BVC-sjuksköterskor och logoped', size)).toBe(wordWidth('sjuksköterskor', size));
    expect(longestWord('barn/unga', size)).toBe(wordWidth('barn/', size));
    expect(longestWord('Västra Götalandsregionen', size, true)).toBeGreaterThan(longestWord('Västra Götalandsregionen', size));
    expect(longestWord('', size)).toBe(0);
  });

  it('widens a column too narrow for its word, from the columns with room to spare, keeping the total', () => {
    const out = fitColumns([1000, 3000, 1000], [1600, 800, 500]);
    expect(out[0]).toBeGreaterThanOrEqual(1600);
    expect(out[1]).toBeGreaterThanOrEqual(800);
    expect(out[2]).toBeGreaterThanOrEqual(500);
    expect(out.reduce((a, b) => a + b, 0)).toBe(5000);
  });

  it('changes nothing when every word fits, and never takes room a column needs itself', () => {
    expect(fitColumns([1000, 2000], [900, 1500])).toEqual([1000, 2000]);
    const out = fitColumns([1000, 1000], [1500, 1000]);
    expect(out).toEqual([1000, 1000]);
  });

  it('gives one enormous word at most its share of the table', () => {
    const out = fitColumns([1000, 1000, 1000, 1000], [100_000, 200, 200, 200]);
    expect(out[0]).toBeLessThanOrEqual(Math.floor(4000 * 0.45) + 1);
    expect(out.reduce((a, b) => a + b, 0)).toBe(4000);
  });
});

describe('amounts', () => {
  it('count an amount held together by no-break spaces as one word', () => {
    expect(longestWord('1\u00a0250\u00a0000\u00a0kr', 18)).toBeGreaterThan(wordWidth('250', 18) * 3);
    expect(longestWord('1\u202f250\u202f000 kr', 18)).toBe(wordWidth('1\u202f250\u202f000', 18));
  });
});
