import type { CostLine, Valuation } from '../model/schema';

/**
 * What staff time costs, from how it is valued (DOMAIN.md: budget): per project year, hours × cost per hour, or
 * share of full time × 12 months × monthly salary, each with social fees (PO) on top; whole kronor.
 */
export function valuationAmount(v: Valuation, year: number): number {
  const q = v.quantities[year] ?? 0;
  const base = v.basis === 'hours' ? q * v.rate : (q / 100) * 12 * v.rate;
  return Math.round(base * (1 + v.socialFeesPercent / 100));
}

/** The amounts a valuation gives, one per year of its quantities. */
export function valuationAmounts(v: Valuation): number[] {
  return v.quantities.map((_, y) => valuationAmount(v, y));
}

/** Budgets are commonly given in whole thousands: an amount within this of the valuation is its rounding. */
export const VALUATION_ROUNDING_KR = 500;

/** Years (0-based) whose entered amount is not the valuation's, even rounded: the amount cannot be checked there. */
export function valuationMismatches(line: Pick<CostLine, 'amounts' | 'valuation'>): number[] {
  const v = line.valuation;
  if (!v) return [];
  const n = Math.max(line.amounts.length, v.quantities.length);
  const out: number[] = [];
  for (let y = 0; y < n; y++) if (Math.abs((line.amounts[y] ?? 0) - valuationAmount(v, y)) > VALUATION_ROUNDING_KR) out.push(y);
  return out;
}

/** Whether a cost line is valued staff time the reader needs a basis for: every in-kind line is. */
export function needsValuation(line: Pick<CostLine, 'kind'>): boolean {
  return line.kind === 'inKind';
}
