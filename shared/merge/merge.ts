/**
 * Field-level three-way merge of two copies of one application against the version both started from.
 * Generic over JSON: objects merge key by key, arrays of items with a stable `id` merge item by item (so an item added
 * on each side gives both), everything else (texts, numbers, arrays of plain values) is one field. What only one side
 * changed is taken; a field both changed differently is a conflict, reported and never dropped silently.
 *
 * Without a known base (`UNKNOWN_BASE`) nothing can be told to be one side's edit, so every field that differs is a
 * conflict (an item only one side has is kept). No item of either side is ever lost: each is in the result or listed in
 * `removed` as taken away by the other side.
 */

import type { AnyPath } from '../model/paths';

/** Merge walks JSON whose shape it does not know (a partner's file before checks): any path. */
export type Path = AnyPath;
export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** A field both sides changed differently. `undefined` means the field or item does not exist on that side. */
export type Conflict = { path: Path; base: Json | undefined; mine: Json | undefined; theirs: Json | undefined };

/** An item of one side left out of the result because the other side removed it and this side had not edited it. */
export type Removal = { list: Path; item: Json; by: 'mine' | 'theirs' };

export type MergeResult<T> = {
  /** Merged value. At a conflict it holds `mine`, except that an item one side removed and the other edited is kept:
   * nothing is lost before the user has chosen. */
  merged: T;
  conflicts: Conflict[];
  removed: Removal[];
};

/** The base when no common version is known: unlike `undefined` ("did not exist"), it says nothing about either side. */
export const UNKNOWN_BASE: unique symbol = Symbol('unknown base');
type Base = Json | undefined | typeof UNKNOWN_BASE;

const isObject = (v: unknown): v is { [k: string]: Json } => v !== null && typeof v === 'object' && !Array.isArray(v);
const hasIds = (v: unknown): v is Item[] => Array.isArray(v) && v.every((x) => isObject(x) && typeof x.id === 'string');

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  if (ka.length !== kb.length) return false;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
    if (!deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

type Out = { conflicts: Conflict[]; removed: Removal[] };
const known = (b: Base): b is Json | undefined => b !== UNKNOWN_BASE;

function mergeValue(base: Base, mine: Json | undefined, theirs: Json | undefined, path: Path, out: Out): Json | undefined {
  if (deepEqual(mine, theirs)) return mine;
  if (known(base)) {
    if (deepEqual(base, mine)) {
      listRemovals(mine, theirs, path, 'theirs', out.removed);
      return theirs;
    }
    if (deepEqual(base, theirs)) {
      listRemovals(theirs, mine, path, 'mine', out.removed);
      return mine;
    }
  }
  if (isObject(mine) && isObject(theirs)) {
    return mergeObject(known(base) ? (isObject(base) ? base : {}) : UNKNOWN_BASE, mine, theirs, path, out);
  }
  if (hasIds(mine) && hasIds(theirs) && (!known(base) || base === undefined || hasIds(base))) {
    return mergeItems(known(base) ? (base ?? []) : UNKNOWN_BASE, mine, theirs, path, out) as Json;
  }
  out.conflicts.push({ path, base: known(base) ? base : undefined, mine, theirs });
  return mine;
}

function mergeObject(
  base: { [k: string]: Json } | typeof UNKNOWN_BASE,
  mine: { [k: string]: Json },
  theirs: { [k: string]: Json },
  path: Path,
  out: Out,
) {
  const result: { [k: string]: Json } = {};
  const keys = [...Object.keys(mine), ...Object.keys(theirs).filter((k) => !Object.prototype.hasOwnProperty.call(mine, k))];
  for (const k of keys) {
    const v = mergeValue(base === UNKNOWN_BASE ? UNKNOWN_BASE : base[k], mine[k], theirs[k], [...path, k], out);
    if (v !== undefined) result[k] = v;
  }
  return result;
}

type Item = { id: string } & { [k: string]: Json };

/**
 * Items keyed by id; a repeated id (a file that was not checked, or one from before ids were) gets its own key per
 * occurrence, so two items sharing an id are never folded into one.
 */
function keyed(xs: readonly Item[]): { keys: string[]; byKey: Map<string, Item> } {
  const seen = new Map<string, number>();
  const keys: string[] = [];
  const byKey = new Map<string, Item>();
  for (const x of xs) {
    const n = seen.get(x.id) ?? 0;
    seen.set(x.id, n + 1);
    const key = n === 0 ? x.id : JSON.stringify([x.id, n]);
    keys.push(key);
    byKey.set(key, x);
  }
  return { keys, byKey };
}

function mergeItems(base: Item[] | typeof UNKNOWN_BASE, mine: Item[], theirs: Item[], path: Path, out: Out): Item[] {
  const b = keyed(base === UNKNOWN_BASE ? [] : base);
  const m = keyed(mine);
  const t = keyed(theirs);
  // Which items survive: removed on one side and untouched on the other goes (and is listed as removed); removed on
  // one side and edited on the other stays (nothing is lost) as a conflict the user decides. With no base, an item on
  // one side only may be that side's addition or the other's removal: it stays, since keeping it loses nothing and
  // the user sees it among what is taken over.
  const kept = orderIds(b.keys, m.keys, t.keys).filter((key) => {
    const mi = m.byKey.get(key);
    const ti = t.byKey.get(key);
    if (mi && ti) return true;
    if (!mi && !ti) return false;
    if (base === UNKNOWN_BASE || !b.byKey.has(key)) return true;
    if (!deepEqual(b.byKey.get(key), mi ?? ti)) return true;
    out.removed.push({ list: path, item: (mi ?? ti)!, by: mi ? 'theirs' : 'mine' });
    return false;
  });
  return kept.map((key, index) => {
    const at = [...path, index];
    const bi = base === UNKNOWN_BASE ? UNKNOWN_BASE : b.byKey.get(key);
    const mi = m.byKey.get(key);
    const ti = t.byKey.get(key);
    if (mi === undefined || ti === undefined) {
      if (bi !== undefined && bi !== UNKNOWN_BASE) out.conflicts.push({ path: at, base: bi, mine: mi, theirs: ti });
      return (mi ?? ti)!;
    }
    return mergeValue(bi, mi, ti, at, out) as Item;
  });
}

/** Items of `from` that `to` no longer has, wherever they are below `path`: the one-sided removals a result takes. */
function listRemovals(from: Json | undefined, to: Json | undefined, path: Path, by: Removal['by'], out: Removal[]): void {
  if (isObject(from) && isObject(to)) {
    for (const k of Object.keys(from)) if (!deepEqual(from[k], to[k])) listRemovals(from[k], Object.prototype.hasOwnProperty.call(to, k) ? to[k] : undefined, [...path, k], by, out);
    return;
  }
  if (!hasIds(from)) return;
  if (!hasIds(to)) {
    // A list replaced by something else as a whole: each of its items is gone.
    for (const item of from) out.push({ list: path, item, by });
    return;
  }
  const f = keyed(from);
  const t = keyed(to);
  const index = new Map(t.keys.map((key, i) => [key, i]));
  f.keys.forEach((key) => {
    const i = index.get(key);
    if (i === undefined) out.push({ list: path, item: f.byKey.get(key)!, by });
    else listRemovals(f.byKey.get(key), t.byKey.get(key), [...path, i], by, out);
  });
}

function orderIds(base: string[], mine: string[], theirs: string[]): string[] {
  // If I did not reorder or add, their order is the better starting point (they may have moved items).
  const primary = deepEqual(base, mine) ? theirs : mine;
  const secondary = primary === mine ? theirs : mine;
  const result = [...primary];
  const seen = new Set(result);
  const inBase = new Set(base);
  const inSecondary = new Set(secondary);
  for (let i = 0; i < secondary.length; i++) {
    const id = secondary[i]!;
    if (seen.has(id)) continue;
    let pos = 0;
    for (let j = i - 1; j >= 0; j--) {
      const p = result.indexOf(secondary[j]!);
      if (p >= 0) {
        pos = p + 1;
        break;
      }
    }
    // Past the other side's own new items at that spot, so each side's additions stay together.
    while (pos < result.length && !inBase.has(result[pos]!) && !inSecondary.has(result[pos]!)) pos++;
    result.splice(pos, 0, id);
    seen.add(id);
  }
  return result;
}

/** `base` is the version both sides started from, or UNKNOWN_BASE when there is none to trust. */
export function threeWayMerge<T>(base: T | typeof UNKNOWN_BASE, mine: T, theirs: T): MergeResult<T> {
  const out: Out = { conflicts: [], removed: [] };
  const merged = mergeValue(base as Base, mine as Json, theirs as Json, [], out) as T;
  return { merged, conflicts: out.conflicts, removed: out.removed };
}

export type Choice = 'mine' | 'theirs';

/**
 * Applies the user's choice per conflict (by index in `conflicts`; unchosen ones keep the provisional value).
 * Item removals are applied last, from the highest index down, so earlier paths stay valid.
 */
export function resolveConflicts<T>(merged: T, conflicts: readonly Conflict[], choices: ReadonlyMap<number, Choice>): T {
  let result = merged as Json;
  const removals: Path[] = [];
  conflicts.forEach((c, i) => {
    const choice = choices.get(i);
    if (!choice) return;
    const value = choice === 'mine' ? c.mine : c.theirs;
    if (value === undefined) removals.push(c.path);
    else result = setAt(result, c.path, value);
  });
  removals.sort((a, b) => (b[b.length - 1] as number) - (a[a.length - 1] as number));
  for (const p of removals) result = setAt(result, p, undefined);
  return result as T;
}

function setAt(root: Json, path: Path, value: Json | undefined): Json {
  if (path.length === 0) return value ?? null;
  const [head, ...rest] = path;
  if (Array.isArray(root)) {
    const copy = [...root];
    const i = head as number;
    if (value === undefined && rest.length === 0) copy.splice(i, 1);
    else if (i >= copy.length) copy.push(setAt(null, rest, value));
    else copy[i] = setAt(copy[i]!, rest, value);
    return copy;
  }
  const obj = isObject(root) ? { ...root } : {};
  if (value === undefined && rest.length === 0) delete obj[head as string];
  else obj[head as string] = setAt(obj[head as string] ?? null, rest, value);
  return obj;
}
