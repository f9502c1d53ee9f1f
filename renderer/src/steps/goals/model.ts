import type { Indicator, LogicIndicator, LogicRow, ProjectGoal } from '../../../../shared/model/schema';
import type { Lang } from '../../../../shared/model/labels';
import type { Programme } from '../../../../shared/program/schema';
import { newId } from '../../../../shared/model/ids';
import { strings } from './strings';

type RowField = Exclude<keyof LogicRow, 'id' | 'indicators'>;

/** The chain from need to long-term effect, in the order a reader follows it (DOMAIN.md: logic model). */
export const CHAIN_FIELDS = ['need', 'resources', 'activities', 'outputs', 'shortTerm', 'mediumTerm', 'longTerm'] as const satisfies readonly RowField[];
export const ROW_FIELDS: readonly RowField[] = [...CHAIN_FIELDS, 'assumptions'];
/** What every indicator must say to be followed up: the rules ask for the same. */
export const INDICATOR_FIELDS = ['text', 'baseline', 'target', 'dataSource', 'frequency', 'measuredBy'] as const satisfies readonly (keyof Indicator)[];

export function emptyIndicator(): Indicator {
  return { id: newId(), text: '', baseline: '', target: '', dataSource: '', frequency: '', measuredBy: '' };
}

export function emptyLogicIndicator(): LogicIndicator {
  return { ...emptyIndicator(), level: '' };
}

export function emptyLogicRow(): LogicRow {
  return {
    id: newId(),
    need: '',
    resources: '',
    activities: '',
    outputs: '',
    shortTerm: '',
    mediumTerm: '',
    longTerm: '',
    indicators: [],
    assumptions: '',
  };
}

export function emptyProjectGoal(): ProjectGoal {
  return { id: newId(), text: '', logicRowIds: [] };
}

/** How many of a row's fields are filled in, for the "7 av 9" beside each chain; the indicators count as one, filled when there is one. */
export function rowFilled(row: LogicRow): { filled: number; of: number } {
  const filled = ROW_FIELDS.filter((f) => row[f].trim() !== '').length + (row.indicators.some((i) => i.text.trim() !== '') ? 1 : 0);
  return { filled, of: ROW_FIELDS.length + 1 };
}

/** The start of a text on one line, for headings and choices. Only the head is looked at: texts run to 20 000 characters. */
export function excerpt(s: string, max: number): string {
  const t = s.slice(0, max * 2).replace(/\s+/g, ' ').trim();
  return t.length > max || s.length > max * 2 ? `${t.slice(0, max - 1).trimEnd()}…` : t;
}

const titleCache = new WeakMap<readonly LogicRow[], { lang: Lang; titles: string[] }>();

/** Every row's title, computed once per version of the model however many goals show them. */
export function rowTitles(rows: readonly LogicRow[], lang: Lang): string[] {
  const hit = titleCache.get(rows);
  if (hit && hit.lang === lang) return hit.titles;
  const titles = rows.map((r, i) => rowTitle(r, i, lang));
  titleCache.set(rows, { lang, titles });
  return titles;
}

/** "Rad 2: Fler föräldrar deltar i …" – how a row is named where goals link to it. */
export function rowTitle(row: LogicRow, index: number, lang: Lang): string {
  const head = strings.t(lang, 'row', { n: index + 1 });
  const what = row.need || row.activities || row.outputs || row.shortTerm || row.longTerm || (row.indicators[0]?.text ?? '');
  return what.trim() ? `${head}: ${excerpt(what, 100)}` : head;
}

/**
 * Choices for the indicator field: the programme's seeds in the UI language, then indicators users typed in
 * other rows, without repeats. Free text stays allowed; these are suggestions.
 */
export function indicatorOptions(programme: Programme, used: readonly string[], lang: Lang): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (s: string) => {
    const t = s.trim();
    const key = t.toLocaleLowerCase('sv');
    if (t && !seen.has(key)) {
      seen.add(key);
      out.push(t);
    }
  };
  for (const i of programme.indicators) add(i[lang]);
  for (const u of used) add(u);
  return out;
}

/** Linked rows of a goal that still exist, in the model's order (a removed row drops out of view). */
export function linkedRowIds(goal: ProjectGoal, rows: readonly LogicRow[]): string[] {
  const linked = new Set(goal.logicRowIds);
  return rows.filter((r) => linked.has(r.id)).map((r) => r.id);
}

/**
 * A goal's links after ticking or unticking one row. Links to rows that no longer exist are dropped here,
 * not when the row is removed, so undoing a removal brings the row back with its links.
 */
export function toggleLink(goal: ProjectGoal, rowId: string, on: boolean, rows: readonly LogicRow[]): string[] {
  const next = new Set(goal.logicRowIds);
  if (on) next.add(rowId);
  else next.delete(rowId);
  return rows.filter((r) => next.has(r.id)).map((r) => r.id);
}

/** Numbers (1-based) of the project goals that trace to a row, shown on the row so links read both ways. */
export function goalsTracingTo(goals: readonly ProjectGoal[], rowId: string): number[] {
  return goals.flatMap((g, i) => (g.logicRowIds.includes(rowId) ? [i + 1] : []));
}
