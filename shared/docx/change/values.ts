import { formatKronor, formatPlainNumber } from '../../finance';
import { COST_CATEGORY_LABELS } from '../../model/labels';
import type { CostCategory } from '../../model/schema';
import type { Json } from '../../merge/merge';
import type { DocxContext } from '../context';
import { changeStrings } from './change-strings';

type Path = readonly (string | number)[];

const isAmount = (path: Path) => path.includes('amounts') || path.includes('amount');
const last = (path: Path) => path[path.length - 1];

/** An enumerated value in words, and a party by its name: a signed document never shows a code. */
function word(ctx: DocxContext, key: string | number | undefined, v: string): string {
  const t = changeStrings.in(ctx.lang);
  if (v === '') return t('empty');
  switch (key) {
    case 'category':
      return COST_CATEGORY_LABELS[v as CostCategory]?.[ctx.lang] ?? v;
    case 'kind':
      return ctx.t(v === 'cash' ? 'cashLong' : 'inKindLong');
    case 'role':
      return ctx.t(v === 'owner' ? 'role_owner' : 'role_partner');
    case 'sector':
      return ctx.t(v === 'kommun' ? 'sector_kommun' : v === 'region' ? 'sector_region' : 'sector_annan');
    case 'partyId':
    case 'responsiblePartyId':
      return ctx.partyName(v);
    case 'source':
      return v === 'sim' ? ctx.t('simSought') : v === 'party' ? ctx.t('party') : v === 'other' ? ctx.t('otherFinancing') : v;
    default:
      return v;
  }
}

/** What an added or removed item is, in one line: its name and the facts that identify it. */
function itemText(ctx: DocxContext, v: { [k: string]: Json }): string {
  const name = ['organisation', 'name', 'description', 'title'].map((k) => v[k]).find((x): x is string => typeof x === 'string' && x.trim() !== '');
  const facts: string[] = [];
  if (typeof v.category === 'string') facts.push(word(ctx, 'category', v.category));
  if (typeof v.kind === 'string') facts.push(word(ctx, 'kind', v.kind));
  if (typeof v.startDate === 'string' && (v.startDate || v.endDate)) facts.push(`${v.startDate || ctx.t('dash')} – ${typeof v.endDate === 'string' && v.endDate ? v.endDate : ctx.t('dash')}`);
  if (typeof v.partyId === 'string' && v.partyId) facts.push(word(ctx, 'partyId', v.partyId));
  if (!Array.isArray(v.amounts)) return [name ?? ctx.t('dash'), ...facts].join(', ');
  // A line added or taken away changes the budget year by year: its total, then each year as the amounts read.
  facts.push(formatKronor(v.amounts.reduce<number>((s, x) => s + (typeof x === 'number' ? x : 0), 0)));
  return [[name ?? ctx.t('dash'), ...facts].join(', '), valueText(ctx, v.amounts, ['amounts'])].join('\n');
}

/** A value of the application as the decided or proposed side of a change, in full: amounts per year in kronor. */
export function valueText(ctx: DocxContext, v: Json | undefined, path: Path): string {
  const t = changeStrings.in(ctx.lang);
  if (v === undefined || v === null) return t('empty');
  if (typeof v === 'string') return word(ctx, last(path), v);
  if (typeof v === 'boolean') return v ? ctx.t('yes') : ctx.t('no');
  if (typeof v === 'number') return isAmount(path) ? formatKronor(v) : formatPlainNumber(v, ctx.lang);
  if (Array.isArray(v)) {
    if (!v.length) return t('empty');
    if (isAmount(path)) return v.map((x, i) => t('yearAmount', { n: i + 1, amount: typeof x === 'number' ? formatKronor(x) : ctx.t('dash') })).join('\n');
    return v.map((x) => (typeof x === 'object' && x !== null && !Array.isArray(x) ? itemText(ctx, x) : valueText(ctx, x, path))).join('\n');
  }
  return itemText(ctx, v);
}
