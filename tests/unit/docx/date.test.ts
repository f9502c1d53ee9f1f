import { describe, expect, it } from 'vitest';
import { documentDate } from '../../../shared/docx/context';

describe('documentDate', () => {
  it('gives the date as the calendar reads in Sweden, across summer-time changes and midnight', () => {
    const stockholm = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });
    // Every 7 h 13 min for six years hits both sides of every change and of midnight.
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2030, 0, 1); t += (7 * 60 + 13) * 60_000) {
      const d = new Date(t);
      expect(documentDate(d)).toBe(stockholm.format(d));
    }
  });

  it('is the next day in Sweden late on a UTC evening', () => {
    expect(documentDate(new Date('2025-03-01T23:30:00Z'))).toBe('2025-03-02');
    expect(documentDate(new Date('2025-07-01T21:59:00Z'))).toBe('2025-07-01');
    expect(documentDate(new Date('2025-07-01T22:00:00Z'))).toBe('2025-07-02');
  });
});
