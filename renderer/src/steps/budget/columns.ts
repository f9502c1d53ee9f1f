import { COST_CATEGORY_LABELS, type Lang } from '../../../../shared/model/labels';
import { COST_CATEGORIES, type Party } from '../../../../shared/model/schema';
import { partyName } from '../../components/partyOptions';
import { schemaMaxLength } from '../../components/schemaLimits';
import { labelFor } from '../../i18n';
import { getIn, type Path } from '../../store/paths';
import type { TargetCell } from './paste';
import { strings } from './strings';
import { LANGS, type KeyOf } from '../../../../shared/i18n/catalog';

/**
 * The fields of a line, left to right, as data: the rows render these cells and a paste reads into them, so a new
 * column (a valuation basis, say) is one entry here and its cell's part in the row.
 */
export type LineColumn = {
  /** Also the field's name on the line, and the cell's `data-col`. */
  field: string;
  kind: 'text' | 'choice';
  /** On the line's first row, beside the amounts (`main`), or on the row beneath them, which spans the grid. */
  place: 'main' | 'below';
  /** Whether the line shows this field; absent means always. */
  shownFor?: (line: Record<string, unknown>) => boolean;
  /** The choices, each with what it may be called when pasted (its labels in both languages). */
  options?: (parties: readonly Party[]) => { value: string; labels: string[] }[];
  /** A key of the budget strings shown in an empty text cell. */
  placeholderKey?: KeyOf<typeof strings.sv>;
  /** Fields a choice decides too (the fund pays in cash and names no party). */
  also?: (value: string) => Record<string, unknown>;
};


const kindOptions = () => (['cash', 'inKind'] as const).map((k) => ({ value: k, labels: LANGS.map((l) => strings.t(l, `kind.${k}`)) }));

const partyChoices = (parties: readonly Party[]) =>
  parties.map((p, i) => ({ value: p.id, labels: [...LANGS.map((l) => partyName(p, i, l)), p.organisation.trim()].filter(Boolean) }));

export const COST_COLUMNS: readonly LineColumn[] = [
  { field: 'description', kind: 'text', place: 'main', placeholderKey: 'descriptionPlaceholder' },
  {
    field: 'category',
    kind: 'choice',
    place: 'below',
    options: () => COST_CATEGORIES.map((c) => ({ value: c, labels: LANGS.map((l) => COST_CATEGORY_LABELS[c][l]) })),
  },
  { field: 'kind', kind: 'choice', place: 'below', options: kindOptions },
  { field: 'partyId', kind: 'choice', place: 'below', options: partyChoices },
];

export const FINANCING_COLUMNS: readonly LineColumn[] = [
  { field: 'description', kind: 'text', place: 'main' },
  {
    field: 'source',
    kind: 'choice',
    place: 'below',
    options: () => (['sim', 'party', 'other'] as const).map((v) => ({ value: v, labels: LANGS.map((l) => strings.t(l, `source.${v}`)) })),
    // The fund and other financiers always pay in cash. A party line names its party, a SIM line the party whose
    // costs it pays; other financing names none.
    also: (value) => (value === 'party' ? {} : value === 'sim' ? { kind: 'cash' } : { partyId: '', kind: 'cash' }),
  },
  { field: 'kind', kind: 'choice', place: 'below', options: kindOptions, shownFor: (l) => l.source === 'party' || l.kind === 'inKind' },
  { field: 'partyId', kind: 'choice', place: 'below', options: partyChoices, shownFor: (l) => l.source !== 'other' },
];

/** The data-col of a year's amount cell. */
export const yearCol = (year: number) => `y${year}`;

/** What a paste may write into the cell `col` of the line at `linePath`, or undefined for a cell that takes none. */
export function pasteTarget(
  app: unknown,
  columns: readonly LineColumn[],
  linePath: Path,
  col: string,
  lineName: string,
  lang: Lang,
): TargetCell | undefined {
  const year = /^y(\d+)$/.exec(col);
  if (year) {
    const y = Number(year[1]);
    return { kind: 'amount', linePath, year: y, name: `${lineName}, ${strings.t(lang, 'year', { n: y + 1 })}` };
  }
  const column = columns.find((c) => c.field === col);
  if (!column) return undefined;
  const path = [...linePath, column.field];
  const name = `${lineName}, ${labelFor(path, lang)}`;
  if (column.kind === 'text') return { kind: 'text', path, maxLength: schemaMaxLength(path) ?? 500, name };
  const parties = ((getIn(app, ['parties']) as Party[] | undefined) ?? []);
  return { kind: 'choice', path, options: column.options?.(parties) ?? [], also: column.also, name };
}
