import { NBSP } from '../../../shared/finance/money';

/** A whole percentage (0–100, as completeness gives it) the Swedish way: `80 %`. */
export function formatPercentWhole(percent: number): string {
  const n = Number.isFinite(percent) ? Math.round(Math.max(0, Math.min(100, percent))) : 0;
  return `${n}${NBSP}%`;
}

/** `14:32` in the computer's time zone. */
export function clockTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** `2025-03-01 14:32` in the computer's time zone. */
export function dateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const date = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return `${date} ${clockTime(iso)}`;
}
