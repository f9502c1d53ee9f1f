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

export type HistorySlice = {
  removals: Removal[];
  redoRemovals: Removal[];
  /** Puts the last removed item back where it was (or at the end if the list has shrunk). */
  undoRemoval: () => Removal | null;
  redoRemoval: () => Removal | null;
};

export const createHistorySlice: StateCreator<Store, [], [], HistorySlice> = (set, get) => ({
  removals: [],
  redoRemovals: [],
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
