import { beforeEach, describe, expect, it } from 'vitest';
import { newApplication } from '../../../shared/model/new';
import { ApplicationSchema } from '../../../shared/model/schema';
import { DEFAULT_PROGRAMME } from '../../../shared/program';
import { useStore } from '../../../renderer/src/store';
import { setIn } from '../../../renderer/src/store/paths';

const s = () => useStore.getState();

beforeEach(() => {
  s().openDocument({ app: newApplication(DEFAULT_PROGRAMME, new Date('2025-01-01T08:00:00Z')) });
});

describe('the document in the store', () => {
  it('an edit changes only the path edited: untouched parts keep their identity, so their fields do not re-render', () => {
    const before = s().app!;
    s().update(['project', 'title'], 'Läsfrämjande i Tranemo');
    const after = s().app!;
    expect(after.project.title).toBe('Läsfrämjande i Tranemo');
    expect(after.parties).toBe(before.parties);
    expect(after.needs).toBe(before.needs);
    expect(after.project.leader).toBe(before.project.leader);
    expect(s().dirty).toBe(true);
  });

  it('writing the same value again is not an edit', () => {
    const seq = s().editSeq;
    s().update(['project', 'title'], '');
    expect(s().editSeq).toBe(seq);
    expect(s().dirty).toBe(false);
  });

  it('a removed item comes back where it was with undo, and goes again with redo', () => {
    for (const d of ['Föräldrar', 'Syskon', 'Pedagoger']) s().addItem(['targetGroup', 'indirectGroups'], { id: crypto.randomUUID(), description: d, count: null });
    s().removeItem(['targetGroup', 'indirectGroups'], 1, 'Indirekt målgrupp 2');
    expect(s().app!.targetGroup.indirectGroups.map((g) => g.description)).toEqual(['Föräldrar', 'Pedagoger']);
    const undone = s().undoRemoval();
    expect(undone?.description).toBe('Indirekt målgrupp 2');
    expect(s().app!.targetGroup.indirectGroups.map((g) => g.description)).toEqual(['Föräldrar', 'Syskon', 'Pedagoger']);
    s().redoRemoval();
    expect(s().app!.targetGroup.indirectGroups.map((g) => g.description)).toEqual(['Föräldrar', 'Pedagoger']);
  });

  it('undo puts an item back at the end when the list has shrunk since', () => {
    s().removeItem(['parties'], 0, 'Part 1');
    s().removeItem(['parties'], 0, 'Part 2');
    expect(s().app!.parties).toHaveLength(0);
    s().undoRemoval();
    s().undoRemoval();
    expect(s().app!.parties.map((p) => p.sector)).toEqual(['kommun', 'region']);
  });

  it('moves items up and down and ignores moves past either end', () => {
    const [a, b] = s().app!.parties;
    s().moveItem(['parties'], 0, 1);
    expect(s().app!.parties).toEqual([b, a]);
    const before = s().app;
    s().moveItem(['parties'], 1, 2);
    expect(s().app).toBe(before);
  });

  it('a save marks the document clean and records the file; opening another document forgets the undo history', () => {
    s().update(['project', 'title'], 'X');
    s().markSaved({ path: '/tmp/x.simansokan', mtimeMs: 1000, savedAt: '2025-01-01T09:00:00.000Z' });
    expect(s().dirty).toBe(false);
    expect(s().file).toMatchObject({ path: '/tmp/x.simansokan', mtimeMs: 1000, readOnly: false });
    s().removeItem(['parties'], 0, 'Part 1');
    s().openDocument({ app: newApplication(DEFAULT_PROGRAMME) });
    expect(s().removals).toEqual([]);
    expect(s().undoRemoval()).toBeNull();
  });

  it('every edit through the store leaves an application the file schema accepts', () => {
    s().update(['targetGroup', 'ageMin'], 6);
    s().addItem(['priorities'], { id: crypto.randomUUID(), priorityId: 'ph-1', motivation: 'Elevhälsan och BVC tillsammans.' });
    s().update(['collaboration', 'contributions'], [{ partyId: s().app!.parties[0]!.id, text: 'Samordnare' }]);
    expect(ApplicationSchema.safeParse(s().app).success).toBe(true);
  });
});

describe('setIn', () => {
  it('refuses an index past the end instead of leaving a hole in a list', () => {
    expect(() => setIn({ a: [1, 2] }, ['a', 5], 3)).toThrow();
  });
});

describe('a batch of changes (a paste)', () => {
  it('is one edit: applied at once, and one undo puts every field back', () => {
    const before = s().app!;
    s().applyBatch(
      [
        { path: ['project', 'title'], value: 'Läsfrämjande' },
        { path: ['project', 'startDate'], value: '2025-01-01' },
      ],
      'Inklistringen',
    );
    expect(s().app!.project.title).toBe('Läsfrämjande');
    expect(s().app!.project.startDate).toBe('2025-01-01');
    expect(s().undoBatch()?.description).toBe('Inklistringen');
    expect(s().app!.project).toEqual(before.project);
    expect(s().undoBatch()).toBeNull();
  });
});

describe('when a field may show that its value is wrong', () => {
  it('not before it has been left, unless its value came with the file; everything once a signature export is asked for', async () => {
    const { mayShowProblem } = await import('../../../renderer/src/store/attention');
    expect(mayShowProblem(s(), ['parties', 0, 'orgNumber'])).toBe(false);
    s().touch(['parties', 0, 'orgNumber']);
    expect(mayShowProblem(s(), ['parties', 0, 'orgNumber'])).toBe(true);
    // Leaving a field is also having worked on what encloses it.
    expect(mayShowProblem(s(), ['parties', 0])).toBe(true);
    expect(mayShowProblem(s(), ['project', 'endDate'])).toBe(false);
    const app = setIn(s().app!, ['project', 'endDate'], '2024-01-01');
    s().openDocument({ app });
    expect(mayShowProblem(s(), ['project', 'endDate'])).toBe(true);
    expect(mayShowProblem(s(), ['parties', 0, 'orgNumber'])).toBe(false);
    s().setStrict(true);
    expect(mayShowProblem(s(), ['parties', 0, 'orgNumber'])).toBe(true);
  });
});
