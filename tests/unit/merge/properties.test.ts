import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { threeWayMerge, UNKNOWN_BASE, type Json } from '../../../shared/merge';

/**
 * The merge's promise about items: whatever the three versions, every item of either side is in the result or listed
 * as removed by the other side. Ids are drawn from a small set and may repeat within a list, as in a file that was
 * never checked.
 */
type Item = { id: string; name: string; n: number };
type Doc = { items: Item[]; nested: { rows: Item[] } };

const item = fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd'), name: fc.constantFrom('', 'x', 'y'), n: fc.integer({ min: 0, max: 2 }) });
const items = fc.array(item, { maxLength: 6 });
const doc: fc.Arbitrary<Doc> = fc.record({ items, nested: fc.record({ rows: items }) });
const baseOrUnknown = fc.oneof(doc.map((d) => d as Doc | typeof UNKNOWN_BASE), fc.constant(UNKNOWN_BASE));

const count = (xs: readonly { id: string }[], id: string) => xs.filter((x) => x.id === id).length;

function nothingLost(list: (d: Doc) => Item[], listPath: string, mine: Doc, theirs: Doc, merged: Doc, removed: { list: (string | number)[]; item: Json; by: string }[]) {
  const gone = (by: 'mine' | 'theirs', id: string) =>
    removed.filter((r) => r.list.join('.') === listPath && r.by === by && (r.item as Item).id === id).length;
  for (const id of ['a', 'b', 'c', 'd']) {
    // Each occurrence of an id on a side survives, or the other side removed it (and this side had not edited it).
    if (count(list(mine), id) > count(list(merged), id) + gone('theirs', id)) return false;
    if (count(list(theirs), id) > count(list(merged), id) + gone('mine', id)) return false;
  }
  return true;
}

describe('the merge never loses an item', () => {
  it('every item of either side is in the result or listed as removed by the other side', () => {
    fc.assert(
      fc.property(baseOrUnknown, doc, doc, (base, mine, theirs) => {
        const { merged, removed } = threeWayMerge<Doc>(base, mine, theirs);
        return (
          nothingLost((d) => d.items, 'items', mine, theirs, merged, removed) &&
          nothingLost((d) => d.nested.rows, 'nested.rows', mine, theirs, merged, removed)
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('two items sharing an id are two items: one added beside its twin is kept, one removed is listed', () => {
    const one: Doc = { items: [{ id: 'a', name: 'x', n: 1 }], nested: { rows: [] } };
    const twins: Doc = { items: [...one.items, { id: 'a', name: 'y', n: 2 }], nested: { rows: [{ id: 'b', name: '', n: 0 }] } };
    const added = threeWayMerge<Doc>(one, one, twins);
    expect(added.merged.items).toEqual(twins.items);
    const edited = threeWayMerge<Doc>(one, { ...one, items: [{ id: 'a', name: 'z', n: 1 }] }, twins);
    expect(edited.merged.items).toEqual([{ id: 'a', name: 'z', n: 1 }, { id: 'a', name: 'y', n: 2 }]);
    const removed = threeWayMerge<Doc>(twins, one, twins);
    expect(removed.merged.items).toEqual(one.items);
    expect(removed.removed).toEqual([
      { list: ['items'], item: { id: 'a', name: 'y', n: 2 }, by: 'mine' },
      { list: ['nested', 'rows'], item: { id: 'b', name: '', n: 0 }, by: 'mine' },
    ]);
  });

  it('an item the other side removed is listed, with the side that removed it', () => {
    const base: Doc = { items: [{ id: 'a', name: 'x', n: 1 }, { id: 'b', name: 'y', n: 1 }], nested: { rows: [] } };
    const theirs: Doc = { ...base, items: [base.items[0]!] };
    const r = threeWayMerge<Doc>(base, base, theirs);
    expect(r.merged.items.map((i) => i.id)).toEqual(['a']);
    expect(r.removed).toEqual([{ list: ['items'], item: base.items[1], by: 'theirs' }]);
    expect(r.conflicts).toEqual([]);
  });
});

describe('with no known base', () => {
  it('every field the two sides hold differently is a conflict, and the result keeps mine there', () => {
    const flat = fc.record({ a: fc.constantFrom('1', '2', '3'), b: fc.integer({ min: 0, max: 2 }), c: fc.array(fc.constantFrom('x', 'y'), { maxLength: 2 }) });
    fc.assert(
      fc.property(flat, flat, (mine, theirs) => {
        const { merged, conflicts } = threeWayMerge(UNKNOWN_BASE, mine, theirs);
        for (const k of ['a', 'b', 'c'] as const) {
          const differs = JSON.stringify(mine[k]) !== JSON.stringify(theirs[k]);
          if (differs !== conflicts.some((c) => c.path[0] === k)) return false;
          if (JSON.stringify(merged[k]) !== JSON.stringify(mine[k])) return false;
        }
        return true;
      }),
    );
  });
});
