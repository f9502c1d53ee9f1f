import type { StateCreator } from 'zustand';
import { contentOf, type Application, type ApplicationContent } from '../../../shared/model/schema';
import type { Localized } from '../../../shared/model/labels';
import { getIn, setIn, type Path } from './paths';
import { keepDecided } from '../../../shared/workflow/decision';
import type { Store } from './index';
import { freshHistory } from './history';

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
  /**
   * `written` (the `original` stamped for saving) is on disk at `path`. Edits made while it was being written keep
   * the document dirty, and keep the log entry just written, so the next save does not lose it.
   */
  saveFinished: (saved: { original: Application; written: Application; path: string; mtimeMs: number; savedAt: string }) => void;
  /** Puts a whole new version in place (the partner's merge) as an unsaved edit; the file and the step stay. */
  replaceApp: (app: Application) => void;
};

const NO_FILE: FileState = { path: null, mtimeMs: null, readOnly: false, migratedFrom: null, readOnlyReason: null };

function listAt(app: Application, listPath: Path): unknown[] {
  const list = getIn(app, listPath);
  if (!Array.isArray(list)) throw new Error(`${listPath.join('.')} is not a list`);
  return list;
}

/** The document slice's part of a document just opened (or, with `null`, closed): its file, not yet changed here. */
export const freshDocument = (
  { app, file, dirty = false }: OpenArgs | { app: null; file?: undefined; dirty?: undefined },
  prev: Pick<DocumentSlice, 'editSeq'>,
): Omit<DocumentSlice, Actions> => ({
  app,
  file: { ...NO_FILE, ...file },
  dirty,
  savedAt: null,
  // Counts on rather than back to 0: an undo remembered with an old count can never match.
  editSeq: prev.editSeq + 1,
  lastSavedContent: app ? contentOf(app) : null,
});

type Actions = { [K in keyof DocumentSlice]: DocumentSlice[K] extends (...args: never[]) => unknown ? K : never }[keyof DocumentSlice];

/** Every slice's fresh state for a document (store/index.ts lists them all, so no slice keeps the last document's). */
export type FreshForDocument = (opened: OpenArgs | null, prev: Store) => Partial<Store>;

export const createDocumentSlice =
  (fresh: FreshForDocument): StateCreator<Store, [], [], DocumentSlice> =>
  (set, get) => {
  const edit = (fn: (app: Application) => Application) => {
    const { app, editSeq } = get();
    if (!app) return;
    // A decided application's content stays as signed: an edit to it is refused here, for every way of editing.
    const next = keepDecided(app, fn(app));
    if (next !== app) set({ app: next, dirty: true, editSeq: editSeq + 1 });
  };
  return {
    ...freshDocument({ app: null }, { editSeq: -1 }),
    openDocument: (args) => set(fresh(args, get())),
    closeDocument: () => set(fresh(null, get())),
    replaceApp: (app) => set({ app, dirty: true, editSeq: get().editSeq + 1, ...freshHistory() }),
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
    saveFinished: ({ original, written, path, mtimeMs, savedAt }) =>
      set((s) => {
        const app =
          s.app === original || !s.app ? (s.app && written) : { ...s.app, workflow: { ...s.app.workflow, changeLog: written.workflow.changeLog } };
        return {
          app,
          file: { ...s.file, path, mtimeMs, readOnly: false, readOnlyReason: null },
          savedAt,
          dirty: app !== written,
          lastSavedContent: contentOf(written),
        };
      }),
  };
};
