import { formatKronor, parseKronor } from '../../../../shared/finance/money';
import type { Localized } from '../../../../shared/model/labels';

export type AmountInput = { ok: true; value: number } | { ok: false; message: Localized };

/**
 * Reads what someone typed in an amount cell (`1250000`, `1 250 000 kr`). An empty cell is 0 kr; an entry
 * that could mean two things (`1,250`) is refused with parseKronor's sentence so the old value stays.
 */
export function readAmount(text: string): AmountInput {
  const r = parseKronor(text);
  if (!r.ok) return r;
  return { ok: true, value: r.value ?? 0 };
}

/** What an amount cell shows when it is not being edited: `1 250 000`, or nothing for a year never filled in. */
export function showAmount(value: number | undefined): string {
  return value === undefined ? '' : formatKronor(value, { unit: false });
}

/** The amounts of a line with one year set; earlier missing years become 0 so indices keep meaning years. */
export function withAmount(amounts: readonly number[], yearIndex: number, value: number): number[] {
  const next = amounts.slice();
  while (next.length < yearIndex) next.push(0);
  next[yearIndex] = value;
  return next;
}

/** Sum of one line across the years shown. */
export function lineTotal(amounts: readonly number[]): number {
  return amounts.reduce((a, b) => a + b, 0);
}
