import { deepEqual, type Json, type Path } from './merge';

/** One field-level difference between an earlier and a later version. */
export type Difference = {
  /** Where, in the later version (in the earlier one for removed items). */
  path: Path;
  kind: 'changed' | 'added' | 'removed';
  before: Json | undefined;
  after: Json | undefined;
};

const isObject = (v: unknown): v is { [k: string]: Json } => v !== null && typeof v === 'object' && !Array.isArray(v);
const hasIds = (v: unknown): v is ({ id: string } & { [k: string]: Json })[] =>
  Array.isArray(v) && v.every((x) => isObject(x) && typeof x.id === 'string');

/**
 * Field-level differences from `before` to `after`, walked the same way the merge walks: objects key by key, items by
 * their stable id (an added or removed item is one difference, not one per field), anything else as one value.
 */
export function diffValues(before: unknown, after: unknown, path: Path = [], out: Difference[] = []): Difference[] {
  if (deepEqual(before, after)) return out;
  if (isObject(before) && isObject(after)) {
    for (const k of new Set([...Object.keys(before), ...Object.keys(after)])) diffValues(before[k], after[k], [...path, k], out);
    return out;
  }
  if (hasIds(before) && hasIds(after)) {
    // Keyed per occurrence, as the merge does, so a repeated id never hides an item.
    const keyOf = (xs: { id: string }[]) => {
      const seen = new Map<string, number>();
      return xs.map((x) => {
        const n = seen.get(x.id) ?? 0;
        seen.set(x.id, n + 1);
        return n === 0 ? x.id : JSON.stringify([x.id, n]);
      });
    };
    const beforeKeys = keyOf(before);
    const afterKeys = keyOf(after);
    const old = new Map(before.map((x, i) => [beforeKeys[i]!, { x, i }]));
    const keys = new Set(afterKeys);
    after.forEach((x, i) => {
      const prev = old.get(afterKeys[i]!);
      if (!prev) out.push({ path: [...path, i], kind: 'added', before: undefined, after: x });
      else diffValues(prev.x, x, [...path, i], out);
    });
    before.forEach((x, i) => {
      if (!keys.has(beforeKeys[i]!)) out.push({ path: [...path, i], kind: 'removed', before: x, after: undefined });
    });
    return out;
  }
  out.push({ path, kind: 'changed', before: before as Json | undefined, after: after as Json | undefined });
  return out;
}
