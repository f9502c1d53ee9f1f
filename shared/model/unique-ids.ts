import * as z from '../zod';

/** A second item with an id already used earlier in the same list. */
export type DuplicateId = {
  /** The later item's place in the file. */
  path: (string | number)[];
  id: string;
  /** Index of the first item with that id in the same list. */
  firstIndex: number;
};

/** Repeated ids in one list of items: the later index, and the first with the same id. */
export function duplicateIdsIn(items: readonly { id: string }[]): { index: number; id: string; firstIndex: number }[] {
  const first = new Map<string, number>();
  const out: { index: number; id: string; firstIndex: number }[] = [];
  items.forEach((x, i) => {
    const at = first.get(x.id);
    if (at === undefined) first.set(x.id, i);
    else out.push({ index: i, id: x.id, firstIndex: at });
  });
  return out;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Every repeated id in every list of items with an `id`, wherever it is in the value (content, the exchange base, the
 * frozen snapshot, and any list a later format adds). An item's id is what the merge, the rules' references (goal →
 * logic row, line → party) and the UI's keys go by, so two items sharing one would be merged into one or mistaken for
 * each other. Linear in the size of the value; stops after `max` findings.
 */
export function duplicateIds(value: unknown, max = 20): DuplicateId[] {
  const out: DuplicateId[] = [];
  const walk = (v: unknown, path: (string | number)[]): void => {
    if (out.length >= max) return;
    if (Array.isArray(v)) {
      const isItemList = v.length > 1 && v.every((x) => isObject(x) && typeof x.id === 'string');
      const first = new Map<string, number>();
      v.forEach((x, i) => {
        if (isItemList) {
          const id = (x as { id: string }).id;
          const at = first.get(id);
          if (at === undefined) first.set(id, i);
          else if (out.length < max) out.push({ path: [...path, i], id, firstIndex: at });
        }
        walk(x, [...path, i]);
      });
      return;
    }
    if (isObject(v)) for (const k of Object.keys(v)) walk(v[k], [...path, k]);
  };
  walk(value, []);
  return out;
}

/**
 * A list of repeatable items, each with its own id within the list: the merge, the references between items (goal →
 * logic row, line → party) and the UI go by it (load.ts's duplicateIdMessage says why a repeat is refused, not repaired).
 */
export const itemList = <T extends z.ZodType<{ id: string }>>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .superRefine((items, ctx) => {
      for (const d of duplicateIdsIn(items)) {
        ctx.addIssue({ code: 'custom', path: [d.index], message: `duplicate id ${d.id}`, params: { duplicateId: d.id, firstIndex: d.firstIndex } });
      }
    });
