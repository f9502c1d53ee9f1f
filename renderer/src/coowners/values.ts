import type { Lang } from '../../../shared/model/labels';
import { formatKronor, formatPlainNumber } from '../../../shared/finance/money';
import type { Path } from '../../../shared/merge/merge';

export type ValueWords = { removed: string; empty: string; yes: string; no: string };

const NAME_KEYS = ['organisation', 'name', 'title', 'description', 'text', 'label', 'goal', 'indicator', 'outcome', 'activity'];
const MAX = 240;

const isAmount = (path: Path) => path.includes('amounts') || path[path.length - 1] === 'amountPerYear';

function short(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > MAX ? `${one.slice(0, MAX - 1)}…` : one;
}

function nameOf(v: Record<string, unknown>): string | null {
  for (const k of NAME_KEYS) {
    const x = v[k];
    if (typeof x === 'string' && x.trim()) return x;
  }
  for (const x of Object.values(v)) if (typeof x === 'string' && x.trim()) return x;
  return null;
}

/**
 * A value from the application as a person reads it: texts as text, amounts in kronor, items by their name or
 * title, a missing value as "borttagen".
 */
export function valueText(v: unknown, path: Path, lang: Lang, w: ValueWords): string {
  if (v === undefined) return w.removed;
  if (v === null || v === '') return w.empty;
  if (typeof v === 'string') return short(v);
  if (typeof v === 'boolean') return v ? w.yes : w.no;
  if (typeof v === 'number') {
    if (isAmount(path)) return formatKronor(v);
    return formatPlainNumber(v, lang);
  }
  if (Array.isArray(v)) {
    if (v.length === 0) return w.empty;
    return short(v.map((x, i) => valueText(x, isAmount(path) ? [...path, i] : path, lang, w)).join(isAmount(path) ? ' · ' : ', '));
  }
  if (typeof v === 'object') {
    const name = nameOf(v as Record<string, unknown>);
    return name ? short(name) : w.empty;
  }
  return String(v);
}
