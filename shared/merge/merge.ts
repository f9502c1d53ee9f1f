/**
 * Field-level three-way merge of two copies of one application against the version both started from.
 * Generic over JSON: objects merge key by key, arrays of items with a stable `id` merge item by item (so an item added
 * on each side gives both), everything else (texts, numbers, arrays of plain values) is one field. What only one side
 * changed is taken; a field both changed differently is a conflict, reported and never dropped silently.
 */

export type Path = (string | number)[];
export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** A field both sides changed differently. `undefined` means the field or item does not exist on that side. */
export type Conflict = { path: Path; base: Json | undefined; mine: Json | undefined; theirs: Json | undefined };

export type MergeResult<T> = {
  /** Merged value. At a conflict it holds `mine`, except that an item one side removed and the other edited is kept
   * (nothing is lost before the user has chosen). */
  merged: T;
  conflicts: Conflict[];
};

const isObject = (v: unknown): v is { [k: string]: Json } => v !== null && typeof v === 'object' && !Array.isArray(v);
const hasIds = (v: unknown): v is { id: string }[] =>
  Array.isArray(v) && v.every((x) => isObject(x) && typeof x.id === 'string');

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

function mergeValue(base: Json | undefined, mine: Json | undefined, theirs: Json | undefined, path: Path, out: Conflict[]): Json | undefined {
  if (deepEqual(mine, theirs)) return mine;
  if (deepEqual(base, mine)) return theirs;
  if (deepEqual(base, theirs)) return mine;
  if (isObject(mine) && isObject(theirs)) {
    return mergeObject(isObject(base) ? base : {}, mine, theirs, path, out);
  }
  if (hasIds(mine) && hasIds(theirs) && (base === undefined || hasIds(base))) {
    return mergeItems((base as { id: string }[] | undefined) ?? [], mine, theirs, path, out) as Json;
  }
  out.push({ path, base, mine, theirs });
  return mine;
}

function mergeObject(base: { [k: string]: Json }, mine: { [k: string]: Json }, theirs: { [k: string]: Json }, path: Path, out: Conflict[]) {
  const result: { [k: string]: Json } = {};
  const keys = [...Object.keys(mine), ...Object.keys(theirs).filter((k) => !(k in mine))];
  for (const k of keys) {
    const v = mergeValue(base[k], mine[k], theirs[k], [...path, k], out);
    if (v !== undefined) result[k] = v;
  }
  return result;
}

type Item = { id: string } & { [k: string]: Json };

function mergeItems(base: { id: string }[], mine: { id: string }[], theirs: { id: string }[], path: Path, out: Conflict[]): Item[] {
  const byId = (xs: { id: string }[]) => new Map(xs.map((x) => [x.id, x as Item]));
  const b = byId(base);
  const m = byId(mine);
  const t = byId(theirs);
  // Which items survive: removed on one side and untouched on the other goes; removed on one side and edited on the
  // other stays (nothing is lost) as a conflict the user decides.
  const kept = orderIds(base.map((x) => x.id), mine.map((x) => x.id), theirs.map((x) => x.id)).filter((id) => {
    const inM = m.has(id);
    const inT = t.has(id);
    if (inM && inT) return true;
    if (!inM && !inT) return false;
    if (!b.has(id)) return true;
    return !deepEqual(b.get(id), inM ? m.get(id) : t.get(id));
  });
  return kept.map((id, index) => {
    const at = [...path, index];
    const bi = b.get(id);
    const mi = m.get(id);
    const ti = t.get(id);
    if (mi === undefined || ti === undefined) {
      if (bi !== undefined) out.push({ path: at, base: bi, mine: mi, theirs: ti });
      return (mi ?? ti)!;
    }
    return mergeValue(bi, mi, ti, at, out) as Item;
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

export function threeWayMerge<T>(base: T, mine: T, theirs: T): MergeResult<T> {
  const conflicts: Conflict[] = [];
  const merged = mergeValue(base as Json, mine as Json, theirs as Json, [], conflicts) as T;
  return { merged, conflicts };
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
