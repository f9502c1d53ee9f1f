import type { Localized } from '../model/labels';

/** No-break space: Swedish thousands separator that never wraps a number across lines. */
export const NBSP = '\u00a0';
const MINUS = '\u2212';

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
}

/** `1250000` → `1 250 000 kr` (no-break spaces). Amounts are whole kronor; anything else is rounded. */
export function formatKronor(amount: number, opts: { unit?: boolean } = {}): string {
  const unit = opts.unit ?? true;
  if (!Number.isFinite(amount)) return unit ? `–${NBSP}kr` : '–';
  const n = Math.round(amount);
  const s = (n < 0 ? MINUS : '') + group(String(Math.abs(n)));
  return unit ? `${s}${NBSP}kr` : s;
}

/** `0.254` → `25,4 %`. Non-finite shares (nothing to divide by) print as a dash. */
export function formatPercent(share: number, decimals = 1): string {
  if (!Number.isFinite(share)) return '–';
  const fixed = (share * 100).toFixed(decimals).replace('.', ',');
  const trimmed = decimals > 0 ? fixed.replace(/,?0+$/, '') : fixed;
  return `${trimmed.replace('-', MINUS)}${NBSP}%`;
}

/** A plain number the Swedish way: `1 234,5`. */
export function formatNumber(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return '–';
  const [int, frac] = Math.abs(value).toFixed(decimals).split('.');
  return (value < 0 ? MINUS : '') + group(int!) + (frac && /[1-9]/.test(frac) ? `,${frac.replace(/0+$/, '')}` : '');
}

export type ParseKronorResult = { ok: true; value: number | null } | { ok: false; message: Localized };

const fail = (sv: string, en: string): ParseKronorResult => ({ ok: false, message: { sv, en } });

/**
 * Reads an amount as people type it: `1250000`, `1 250 000`, `1 250 000 kr`, `1.250.000`, `1 250 000:-`,
 * `1 250 000,00`. Refuses what could mean two things (`1,250`, `1.250`) rather than guess.
 * Empty input is `null` (nothing entered).
 */
export function parseKronor(input: string): ParseKronorResult {
  let s = input.trim().toLowerCase();
  if (s === '') return { ok: true, value: null };
  s = s.replace(/(kronor|kr\.?|sek|:-|,-)$/u, '').trim();
  if (s.startsWith('-') || s.startsWith(MINUS)) {
    return fail('Beloppet kan inte vara negativt.', 'The amount cannot be negative.');
  }
  // Spaces of every kind people paste as thousands separators.
  s = s.replace(/[\s\u00a0\u202f\u2009]+/gu, ' ');
  if (/,\d{3}(?!\d)/.test(s) && !/,\d{1,2}$/.test(s)) {
    return fail(
      `"${input.trim()}" är oklart: kommatecken är decimaltecken på svenska. Skriv till exempel 1 250 000.`,
      `"${input.trim()}" is ambiguous: in Swedish the comma is the decimal sign. Write for example 1 250 000.`,
    );
  }
  let decimals = '';
  const dec = /,(\d{1,2})$/.exec(s);
  if (dec) {
    decimals = dec[1]!;
    s = s.slice(0, dec.index);
  }
  if (/^\d{1,3}(\.\d{3}){2,}$/.test(s)) s = s.replace(/\./g, '');
  else if (/^\d{1,3}\.\d{3}$/.test(s)) {
    return fail(
      `"${input.trim()}" är oklart: punkt kan vara tusentalsavgränsare eller decimaltecken. Skriv till exempel 1 250.`,
      `"${input.trim()}" is ambiguous: a dot may separate thousands or decimals. Write for example 1 250.`,
    );
  } else if (s.includes('.')) {
    return fail('Ange beloppet i hela kronor, utan decimaler.', 'Enter the amount in whole kronor, without decimals.');
  }
  if (/^\d{1,3}( \d{3})+$/.test(s)) s = s.replace(/ /g, '');
  if (!/^\d+$/.test(s)) {
    return fail(`"${input.trim()}" är inte ett belopp. Skriv till exempel 1 250 000.`, `"${input.trim()}" is not an amount. Write for example 1 250 000.`);
  }
  if (decimals && /[1-9]/.test(decimals)) {
    return fail('Ange beloppet i hela kronor, utan ören.', 'Enter the amount in whole kronor, without öre.');
  }
  const value = Number(s);
  if (!Number.isSafeInteger(value) || value > 10_000_000_000) {
    return fail('Beloppet är orimligt stort.', 'The amount is unreasonably large.');
  }
  return { ok: true, value };
}
