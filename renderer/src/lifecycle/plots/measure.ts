/**
 * Indicator baselines and targets are free text in the application ("62 %", "1 200 barn", "12,5"). A plot needs
 * a number: the first number in the text, read by a loop (never a regex that can backtrack), or null.
 */
export function parseMeasure(input: string | number | null | undefined): number | null {
  if (typeof input === 'number') return Number.isFinite(input) ? input : null;
  if (typeof input !== 'string') return null;
  // Longer texts are prose, not a measure; the bound keeps the scan short whatever the file says.
  const s = input.length > 80 ? input.slice(0, 80) : input;
  let i = 0;
  while (i < s.length && !isDigit(s[i]!)) i++;
  if (i === s.length) return null;
  const negative = i > 0 && (s[i - 1] === '-' || s[i - 1] === '\u2212');
  let digits = '';
  let fraction = '';
  let inFraction = false;
  for (; i < s.length; i++) {
    const c = s[i]!;
    if (isDigit(c)) {
      if (inFraction) fraction += c;
      else digits += c;
    } else if ((c === ' ' || c === '\u00a0' || c === '\u202f') && !inFraction && isDigit(s[i + 1] ?? '')) {
      continue; // thousands separator: "1 200"
    } else if ((c === ',' || c === '.') && !inFraction && isDigit(s[i + 1] ?? '')) {
      inFraction = true;
    } else break;
  }
  const value = Number(fraction ? `${digits}.${fraction}` : digits);
  if (!Number.isFinite(value)) return null;
  return negative ? -value : value;
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

/** Days since 1970 for an ISO date `2025-03-01`, or null. */
export function dayNumber(iso: string): number | null {
  if (iso.length !== 10) return null;
  const t = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Number.isFinite(t) ? t / 86_400_000 : null;
}

/** Round numbers for an axis from lo to hi: 1, 2 or 5 times a power of ten, about `count` of them. */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [];
  if (hi === lo) hi = lo + 1;
  const raw = (hi - lo) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const first = Math.floor(lo / step) * step;
  const ticks: number[] = [];
  for (let v = first; v <= hi + step * 1e-9 && ticks.length < 50; v += step) ticks.push(Number(v.toPrecision(12)));
  if (ticks[ticks.length - 1]! < hi) ticks.push(Number((ticks[ticks.length - 1]! + step).toPrecision(12)));
  return ticks;
}
