import type { StateCreator } from 'zustand';
import { contentOf, type Application, type ApplicationContent } from '../../../shared/model/schema';
import type { Localized } from '../../../shared/model/labels';
import { getIn, setIn, type Path } from './paths';
import { keepDecided } from '../../../shared/workflow/decision';
import type { Store } from './index';

/** What the window knows about the file the application came from. */
export type FileState = {
  path: string | null;
  /** mtime when read or last saved, for change-on-disk detection; null for a file never saved here. */
  mtimeMs: number | null;
  /** Another window or instance holds the file: it can be read and edited, but saved only under a new name. */
  readOnly: boolean;
  migratedFrom: number | null;
  /** Why the file is read-only, as main said it. */
  readOnlyReason: Localized | null;
};

export type OpenArgs = { app: Application; file?: Partial<FileState>; dirty?: boolean };

export type DocumentSlice = {
  app: Application | null;
  file: FileState;
  dirty: boolean;
  /** ISO time of the last successful save in this window. */
  savedAt: string | null;
  /** Counts edits; undo of a removal uses it to know whether anything happened since. */
  editSeq: number;
  /**
   * The content as it was last opened or saved here: the change log at the next save records the steps that differ
   * from it. Shares structure with that application (never mutated), so keeping it costs nothing.
   */
  lastSavedContent: ApplicationContent | null;
  openDocument: (args: OpenArgs) => void;
  closeDocument: () => void;
  update: (path: Path, value: unknown) => void;
  addItem: (listPath: Path, item: unknown, index?: number) => void;
  /** Removes an item and remembers it so Ctrl/Cmd+Z can put it back. `description` is said aloud. */
  removeItem: (listPath: Path, index: number, description: string) => void;
  moveItem: (listPath: Path, from: number, to: number) => void;
  markSaved: (saved: { path: string; mtimeMs: number; savedAt: string; content?: ApplicationContent }) => void;
  /** Puts a whole new version in place (the partner's merge) as an unsaved edit; the file and the step stay. */
  replaceApp: (app: Application) => void;
};

const NO_FILE: FileState = { path: null, mtimeMs: null, readOnly: false, migratedFrom: null, readOnlyReason: null };

function listAt(app: Application, listPath: Path): unknown[] {
  const list = getIn(app, listPath);
  if (!Array.isArray(list)) throw new Error(`${listPath.join('.')} is not a list`);
  return list;
}

export const createDocumentSlice: StateCreator<Store, [], [], DocumentSlice> = (set, get) => {
  const edit = (fn: (app: Application) => Application) => {
    const { app, editSeq } = get();
    if (!app) return;
    // A decided application's content stays as signed: an edit to it is refused here, for every way of editing.
    const next = keepDecided(app, fn(app));
    if (next !== app) set({ app: next, dirty: true, editSeq: editSeq + 1 });
  };
  return {
    app: null,
    file: NO_FILE,
    dirty: false,
    savedAt: null,
    editSeq: 0,
    lastSavedContent: null,
    openDocument: ({ app, file, dirty = false }) =>
      set({
        app,
        lastSavedContent: contentOf(app),
        partnerMerge: null,
        file: { ...NO_FILE, ...file },
        dirty,
        savedAt: null,
        editSeq: get().editSeq + 1,
        removals: [],
        redoRemovals: [],
        batches: [],
        step: 'parties',
        focusRequest: null,
        touched: {},
        openedApp: app,
        strict: false,
        whoAsked: false,
      }),
    closeDocument: () =>
      set({ app: null, file: NO_FILE, dirty: false, savedAt: null, removals: [], redoRemovals: [], batches: [], lastSavedContent: null, partnerMerge: null, touched: {}, openedApp: null, strict: false }),
    replaceApp: (app) => set({ app, dirty: true, editSeq: get().editSeq + 1, removals: [], redoRemovals: [], batches: [] }),
    update: (path, value) => edit((app) => (getIn(app, path) === value ? app : setIn(app, path, value))),
    addItem: (listPath, item, index) =>
      edit((app) => {
        const list = listAt(app, listPath).slice();
        list.splice(index ?? list.length, 0, item);
        return setIn(app, listPath, list);
      }),
    removeItem: (listPath, index, description) => {
      const { app } = get();
      if (!app) return;
      const list = listAt(app, listPath);
      if (index < 0 || index >= list.length) return;
      const item = list[index];
      edit((a) => setIn(a, listPath, list.filter((_, i) => i !== index)));
      set((s) => ({
        // Kept short: undo is for the slip of a hand, not a full history.
        removals: [...s.removals.slice(-19), { listPath, index, item, description, seq: s.editSeq }],
        redoRemovals: [],
      }));
    },
    moveItem: (listPath, from, to) =>
      edit((app) => {
        const list = listAt(app, listPath);
        if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return app;
        const next = list.slice();
        const [moved] = next.splice(from, 1);
        next.splice(to, 0, moved);
        return setIn(app, listPath, next);
      }),
    markSaved: ({ path, mtimeMs, savedAt, content }) =>
      set((s) => ({
        file: { ...s.file, path, mtimeMs, readOnly: false, readOnlyReason: null },
        savedAt,
        dirty: false,
        lastSavedContent: content ?? (s.app ? contentOf(s.app) : null),
      })),
  };
};
