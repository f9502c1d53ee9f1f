import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { threeWayMerge, resolveConflicts, deepEqual, type Choice } from '../../../shared/merge';

type Doc = { title: string; n: number; tags: string[]; items: { id: string; name: string; amount: number }[]; nested: { a: string; b: string } };

const base: Doc = {
  title: 'Läsfrämjande i Dalsland',
  n: 1,
  tags: ['a'],
  items: [
    { id: 'i1', name: 'Föräldragrupper', amount: 100 },
    { id: 'i2', name: 'Språkscreening', amount: 200 },
    { id: 'i3', name: 'Utvärdering', amount: 300 },
  ],
  nested: { a: 'x', b: 'y' },
};
const clone = <T,>(v: T): T => structuredClone(v);

describe('three-way merge', () => {
  it('takes what only one side changed, field by field', () => {
    const mine = clone(base);
    mine.title = 'Kommunens titel';
    mine.items[0]!.amount = 150;
    const theirs = clone(base);
    theirs.nested.b = 'regionens text';
    theirs.items[0]!.name = 'Föräldragrupper på arabiska';
    const { merged, conflicts } = threeWayMerge(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.title).toBe('Kommunens titel');
    expect(merged.nested).toEqual({ a: 'x', b: 'regionens text' });
    expect(merged.items[0]).toEqual({ id: 'i1', name: 'Föräldragrupper på arabiska', amount: 150 });
  });

  it('keeps an item added on each side, in a sensible order', () => {
    const mine = clone(base);
    mine.items.splice(1, 0, { id: 'm1', name: 'Kommunens aktivitet', amount: 1 });
    const theirs = clone(base);
    theirs.items.push({ id: 't1', name: 'Regionens aktivitet', amount: 2 });
    const { merged, conflicts } = threeWayMerge(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.items.map((i) => i.id)).toEqual(['i1', 'm1', 'i2', 'i3', 't1']);
  });

  it('reports a field both changed differently, and the user picks', () => {
    const mine = clone(base);
    mine.items[2]!.name = 'Extern utvärdering';
    const theirs = clone(base);
    theirs.items.unshift({ id: 't0', name: 'Ny först', amount: 5 });
    theirs.items[3]!.name = 'Intern utvärdering';
    const { merged, conflicts } = threeWayMerge(base, mine, theirs);
    expect(conflicts).toHaveLength(1);
    // The path points at the item's place in the merged list, where the user will see it.
    expect(conflicts[0]!.path).toEqual(['items', 3, 'name']);
    expect(merged.items[3]!.name).toBe('Extern utvärdering');
    const chosen = resolveConflicts(merged, conflicts, new Map([[0, 'theirs' as Choice]]));
    expect(chosen.items[3]!.name).toBe('Intern utvärdering');
  });

  it('keeps an item one side removed and the other edited until the user decides', () => {
    const mine = clone(base);
    mine.items.splice(1, 1);
    const theirs = clone(base);
    theirs.items[1]!.amount = 999;
    const { merged, conflicts } = threeWayMerge(base, mine, theirs);
    expect(merged.items.map((i) => i.id)).toEqual(['i1', 'i2', 'i3']);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.mine).toBeUndefined();
    const removed = resolveConflicts(merged, conflicts, new Map([[0, 'mine' as Choice]]));
    expect(removed.items.map((i) => i.id)).toEqual(['i1', 'i3']);
  });

  it('drops an item one side removed and the other left alone', () => {
    const mine = clone(base);
    mine.items.splice(0, 1);
    const { merged, conflicts } = threeWayMerge(base, mine, clone(base));
    expect(conflicts).toEqual([]);
    expect(merged.items.map((i) => i.id)).toEqual(['i2', 'i3']);
  });
});

// Random documents and random edits of them, for the merge's promises.
const item = fc.record({ id: fc.constantFrom('i1', 'i2', 'i3', 'i4', 'i5'), name: fc.string({ maxLength: 4 }), amount: fc.integer({ min: 0, max: 3 }) });
const doc = fc.record({
  title: fc.string({ maxLength: 3 }),
  n: fc.integer({ min: 0, max: 3 }),
  tags: fc.array(fc.constantFrom('a', 'b'), { maxLength: 2 }),
  items: fc.uniqueArray(item, { selector: (i) => i.id, maxLength: 5 }),
  nested: fc.record({ a: fc.string({ maxLength: 2 }), b: fc.string({ maxLength: 2 }) }),
});

describe('merge properties', () => {
  it('merging a copy with itself changes nothing', () => {
    fc.assert(
      fc.property(doc, doc, (b, x) => {
        const r = threeWayMerge(b, x, x);
        return r.conflicts.length === 0 && deepEqual(r.merged, x);
      }),
    );
  });
  it('if only one side changed, the result is that side', () => {
    fc.assert(
      fc.property(doc, doc, (b, x) => {
        const r1 = threeWayMerge(b, x, b);
        const r2 = threeWayMerge(b, b, x);
        return r1.conflicts.length === 0 && r2.conflicts.length === 0 && deepEqual(r1.merged, x) && deepEqual(r2.merged, x);
      }),
    );
  });
  it('non-conflicting edits give the same result whichever copy is mine (up to item order)', () => {
    fc.assert(
      fc.property(doc, doc, doc, (b, x, y) => {
        const r1 = threeWayMerge(b, x, y);
        const r2 = threeWayMerge(b, y, x);
        if (r1.conflicts.length > 0 || r2.conflicts.length > 0) return r1.conflicts.length === r2.conflicts.length;
        const byId = (d: Doc) => ({ ...d, items: [...d.items].sort((p, q) => p.id.localeCompare(q.id)) });
        return deepEqual(byId(r1.merged), byId(r2.merged));
      }),
    );
  });
  it('every field both sides changed differently is reported', () => {
    fc.assert(
      fc.property(doc, doc, doc, (b, x, y) => {
        const { merged, conflicts } = threeWayMerge(b, x, y);
        const conflictAt = (p: string) => conflicts.some((c) => c.path[0] === p);
        // For each top-level plain field changed on both sides to different values, there is a conflict.
        for (const k of ['title', 'n', 'tags'] as const) {
          const changedBoth = !deepEqual(x[k], b[k]) && !deepEqual(y[k], b[k]) && !deepEqual(x[k], y[k]);
          if (changedBoth && !conflictAt(k)) return false;
          if (!changedBoth && !deepEqual(merged[k], deepEqual(x[k], b[k]) ? y[k] : x[k])) return false;
        }
        // Choosing "theirs" everywhere yields their value for every conflicting plain field.
        const all = resolveConflicts(merged, conflicts, new Map(conflicts.map((_, i) => [i, 'theirs' as Choice])));
        for (const k of ['title', 'n', 'tags'] as const) if (conflictAt(k) && !deepEqual(all[k], y[k])) return false;
        return true;
      }),
    );
  });
});
