/** Project years: year 1 is the first twelve months from the start date, and so on to the end date. */
export type ProjectYear = { index: number; start: string; end: string };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIsoDate(s: string): Date | null {
  const m = DATE.exec(s);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s ? d : null;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

function addYears(d: Date, n: number): Date {
  const r = new Date(d);
  r.setUTCFullYear(r.getUTCFullYear() + n);
  return r;
}

/** Whole months from start to end inclusive of the end day (2025-01-01 → 2027-12-31 is 36). */
export function durationMonths(startDate: string, endDate: string): number | null {
  const s = parseIsoDate(startDate);
  const e = parseIsoDate(endDate);
  if (!s || !e || e < s) return null;
  const after = new Date(e.getTime() + 86_400_000);
  let months = (after.getUTCFullYear() - s.getUTCFullYear()) * 12 + (after.getUTCMonth() - s.getUTCMonth());
  if (after.getUTCDate() < s.getUTCDate()) months -= 1;
  // A partly used month still counts as a month of project time.
  const anchor = new Date(s);
  anchor.setUTCMonth(anchor.getUTCMonth() + months);
  return anchor < after ? months + 1 : months;
}

/** At most this many project years are ever shown (the file format allows ten amounts per line). */
export const MAX_YEARS = 10;

export function projectYears(startDate: string, endDate: string): ProjectYear[] {
  const s = parseIsoDate(startDate);
  const e = parseIsoDate(endDate);
  if (!s || !e || e < s) return [];
  const years: ProjectYear[] = [];
  for (let i = 0; i < MAX_YEARS; i++) {
    const ys = addYears(s, i);
    if (ys > e) break;
    const next = addYears(s, i + 1);
    const ye = new Date(Math.min(next.getTime() - 86_400_000, e.getTime()));
    years.push({ index: i, start: iso(ys), end: iso(ye) });
  }
  return years;
}
