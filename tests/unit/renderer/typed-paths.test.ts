import { describe, expect, it } from 'vitest';
import { newApplication } from '../../../shared/model/new';
import { DEFAULT_PROGRAMME } from '../../../shared/program';
import { useStore } from '../../../renderer/src/store';
import type { ItemPath, Path } from '../../../renderer/src/store/paths';

/*
 * The checks here are made by `npm run typecheck`: each `@ts-expect-error` line must fail to compile (an unused one
 * is itself an error), so a misspelt field in a step's path is caught before anything runs.
 */
const s = () => useStore.getState();

describe('a field path in the renderer is checked against the schema', () => {
  it('compiles for real fields and not for misspelt ones', () => {
    const good: Path[] = [['project', 'title'], ['parties', 0, 'orgNumber'], ['budget', 'costLines', 2, 'amounts', 1], ['goals', 'logicModel', 0, 'indicators', 1, 'level']];
    // @ts-expect-error `orgNumbr` is not a field of a party
    const typo: Path = ['parties', 0, 'orgNumbr'];
    // @ts-expect-error a list is indexed by number
    const notIndex: Path = ['parties', 'first', 'orgNumber'];
    // @ts-expect-error `title` belongs to the project, not to the application
    const misplaced: Path = ['title'];
    expect(good).toHaveLength(4);
    expect([typo, notIndex, misplaced]).toHaveLength(3);
  });

  it('a sub-form built on its item path keeps the check', () => {
    const party: ItemPath<['parties']> = ['parties', 1];
    const ok: Path = [...party, 'signatory', 'name'];
    // @ts-expect-error a party has no `titel`
    const bad: Path = [...party, 'titel'];
    expect(ok).toEqual(['parties', 1, 'signatory', 'name']);
    expect(bad).toHaveLength(3);
  });

  it('the store writes only to field paths', () => {
    s().openDocument({ app: newApplication(DEFAULT_PROGRAMME) });
    s().update(['project', 'title'], 'Tranemo');
    // @ts-expect-error `projekt` is not a part of the application
    const write = () => s().update(['projekt', 'title'], 'x');
    expect(s().app!.project.title).toBe('Tranemo');
    expect(typeof write).toBe('function');
  });
});
