import type { Lang, Localized } from '../i18n/catalog';
import { inBoth } from '../i18n/localized';
import { moneyStrings } from './money-strings';
import { LIMITS } from '../model/limits';

/** No-break space: Swedish thousands separator that never wraps a number across lines. */
export const NBSP = '\u00a0';
const MINUS = '\u2212';

/** `1250000` → `1 250 000`: a loop, not a look-ahead regex, so the time stays linear in the digits. */
function group(digits: string): string {
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += NBSP + digits.slice(i, i + 3);
  return out;
}

/**
 * The digits of a non-negative finite number with `decimals` decimals, never in exponent form: `toFixed` and
 * `String` switch to `2.7e+21` from 10^21, and such a number is whole, so BigInt gives its exact digits.
 */
export function plainDigits(abs: number, decimals = 0): string {
  if (abs < 1e21) return abs.toFixed(decimals);
  return BigInt(abs).toString() + (decimals > 0 ? '.' + '0'.repeat(decimals) : '');
}

const trimZeros = (frac: string) => {
  let end = frac.length;
  while (end > 0 && frac[end - 1] === '0') end--;
  return frac.slice(0, end);
};

/** `1250000` → `1 250 000 kr` (no-break spaces). Amounts are whole kronor; anything else is rounded. */
export function formatKronor(amount: number | bigint, opts: { unit?: boolean } = {}): string {
  const unit = opts.unit ?? true;
  if (typeof amount === 'number' && !Number.isFinite(amount)) return unit ? `–${NBSP}kr` : '–';
  const negative = amount < 0;
  const digits = typeof amount === 'bigint' ? (negative ? -amount : amount).toString() : plainDigits(Math.abs(Math.round(amount)));
  const s = (negative && digits !== '0' ? MINUS : '') + group(digits);
  return unit ? `${s}${NBSP}kr` : s;
}

/** `0.254` → `25,4 %`. Non-finite shares (nothing to divide by) print as a dash. */
export function formatPercent(share: number, decimals = 1): string {
  if (!Number.isFinite(share)) return '–';
  return `${formatNumber(share * 100, decimals)}${NBSP}%`;
}

/** A plain number the Swedish way: `1 234,5`; trailing zeros of the decimals dropped. */
export function formatNumber(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return '–';
  const [int, frac = ''] = plainDigits(Math.abs(value), decimals).split('.');
  const shown = trimZeros(frac);
  const zero = /^0*$/.test(int!) && shown === '';
  return (value < 0 && !zero ? MINUS : '') + group(int!) + (shown ? `,${shown}` : '');
}

/** A number as a value, not an amount: no grouping (years, durations), decimal comma in Swedish, never an exponent. */
const DECIMAL_MARK: Record<Lang, string> = { sv: ',', en: '.' };

export function formatPlainNumber(value: number, lang: 'sv' | 'en', maxDecimals = 6): string {
  if (!Number.isFinite(value)) return '–';
  const [int, frac = ''] = plainDigits(Math.abs(value), maxDecimals).split('.');
  const shown = trimZeros(frac);
  const zero = /^0*$/.test(int!) && shown === '';
  return (value < 0 && !zero ? '-' : '') + int! + (shown ? DECIMAL_MARK[lang] + shown : '');
}

/** The largest amount a line may hold, as each language writes it in the refusal. */
const MAX_AMOUNT_IN: Record<Lang, string> = {
  sv: formatKronor(LIMITS.amount),
  en: `SEK ${LIMITS.amount.toLocaleString('en-GB')}`,
};

export type ParseKronorResult = { ok: true; value: number | null } | { ok: false; message: Localized };

type MoneyMessage = Parameters<typeof moneyStrings.t>[1];
const fail = (key: MoneyMessage, params?: (lang: Lang) => Record<string, string>): ParseKronorResult => ({
  ok: false,
  message: inBoth(moneyStrings, key, params),
});

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
    return fail('negative');
  }
  // Spaces of every kind people paste as thousands separators.
  s = s.replace(/[\s\u00a0\u202f\u2009]+/gu, ' ');
  if (/,\d{3}(?!\d)/.test(s) && !/,\d{1,2}$/.test(s)) {
    return fail('commaAmbiguous', () => ({ input: input.trim() }));
  }
  let decimals = '';
  const dec = /,(\d{1,2})$/.exec(s);
  if (dec) {
    decimals = dec[1]!;
    s = s.slice(0, dec.index);
  }
  if (/^\d{1,3}(\.\d{3}){2,}$/.test(s)) s = s.replace(/\./g, '');
  else if (/^\d{1,3}\.\d{3}$/.test(s)) {
    return fail('dotAmbiguous', () => ({ input: input.trim() }));
  } else if (s.includes('.')) {
    return fail('decimals');
  }
  if (/^\d{1,3}( \d{3})+$/.test(s)) s = s.replace(/ /g, '');
  if (!/^\d+$/.test(s)) {
    return fail('notAmount', () => ({ input: input.trim() }));
  }
  if (decimals && /[1-9]/.test(decimals)) {
    return fail('ore');
  }
  const value = Number(s);
  if (!Number.isSafeInteger(value) || value > LIMITS.amount) {
    return fail('tooLarge', (lang) => ({ max: MAX_AMOUNT_IN[lang] }));
  }
  return { ok: true, value };
}
