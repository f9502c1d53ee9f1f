import type { StateCreator } from 'zustand';
import { getIn, setIn, type Path } from './paths';
import type { Store } from './index';

export type Removal = {
  listPath: Path;
  index: number;
  item: unknown;
  /** Said aloud: "Part 2 borttagen". */
  description: string;
  /** editSeq right after the removal: equal to the current one when nothing was edited since. */
  seq: number;
};

/** Several fields changed as one edit (a block pasted into the budget grid): undone as one. */
export type Batch = {
  changes: { path: Path; before: unknown; after: unknown }[];
  /** Said aloud when undone: "Inklistring av 6 celler". */
  description: string;
  seq: number;
};

export type HistorySlice = {
  removals: Removal[];
  redoRemovals: Removal[];
  batches: Batch[];
  /** Writes every change in one store update and remembers it, so one Ctrl/Cmd+Z takes all of it back. */
  applyBatch: (changes: { path: Path; value: unknown }[], description: string) => void;
  /** Takes back the last batch if nothing was edited since; returns it, or null. */
  undoBatch: () => Batch | null;
  /** Puts the last removed item back where it was (or at the end if the list has shrunk). */
  undoRemoval: () => Removal | null;
  redoRemoval: () => Removal | null;
};

/** The history of a document just opened (or closed): nothing to undo or redo. */
export const freshHistory = (): Pick<HistorySlice, 'removals' | 'redoRemovals' | 'batches'> => ({
  removals: [],
  redoRemovals: [],
  batches: [],
});

export const createHistorySlice: StateCreator<Store, [], [], HistorySlice> = (set, get) => ({
  ...freshHistory(),
  applyBatch: (changes, description) => {
    const { app, editSeq, batches } = get();
    if (!app || changes.length === 0) return;
    let next = app;
    const recorded: Batch['changes'] = [];
    for (const c of changes) {
      const before = getIn(next, c.path);
      if (before === c.value) continue;
      next = setIn(next, c.path, c.value);
      recorded.push({ path: c.path, before, after: c.value });
    }
    if (next === app) return;
    const seq = editSeq + 1;
    set({ app: next, dirty: true, editSeq: seq, batches: [...batches.slice(-19), { changes: recorded, description, seq }] });
  },
  undoBatch: () => {
    const { app, batches, editSeq } = get();
    const last = batches[batches.length - 1];
    if (!app || !last) return null;
    let next = app;
    // Backwards, so a path changed twice in the batch ends at its first value.
    for (let i = last.changes.length - 1; i >= 0; i--) next = setIn(next, last.changes[i]!.path, last.changes[i]!.before);
    set({ app: next, dirty: true, editSeq: editSeq + 1, batches: batches.slice(0, -1) });
    return last;
  },
  undoRemoval: () => {
    const { app, removals, editSeq } = get();
    const last = removals[removals.length - 1];
    if (!app || !last) return null;
    const list = getIn(app, last.listPath);
    if (!Array.isArray(list)) return null;
    const index = Math.min(last.index, list.length);
    const next = list.slice();
    next.splice(index, 0, last.item);
    set({
      app: setIn(app, last.listPath, next),
      dirty: true,
      editSeq: editSeq + 1,
      removals: removals.slice(0, -1),
      redoRemovals: [...get().redoRemovals, { ...last, index }],
    });
    return last;
  },
  redoRemoval: () => {
    const { app, redoRemovals } = get();
    const last = redoRemovals[redoRemovals.length - 1];
    if (!app || !last) return null;
    const list = getIn(app, last.listPath);
    if (!Array.isArray(list) || list[last.index] !== last.item) {
      // The list changed since the undo: redoing could remove the wrong item.
      set({ redoRemovals: [] });
      return null;
    }
    const redo = redoRemovals.slice(0, -1);
    get().removeItem(last.listPath, last.index, last.description);
    set({ redoRemovals: redo });
    return last;
  },
});
