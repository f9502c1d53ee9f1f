import type { Application } from '../../shared/model/schema';
import type { Programme } from '../../shared/program/schema';
import type { Issue } from '../../shared/rules/types';
import type { Lang } from '../../shared/i18n/catalog';
import type { FileOps } from './fileops';
import type { OpenedBytes } from '../../shared/docx/open';
import type { UserDataStore } from './store';

export type FileFilter = { name: string; extensions: string[] };

export type OpenDialogOptions = { title: string; filters: FileFilter[]; defaultPath?: string };
export type SaveDialogOptions = { title: string; defaultPath: string; filters: FileFilter[] };
export type MessageOptions = {
  type: 'info' | 'warning' | 'error' | 'question';
  message: string;
  detail?: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
};

/** The three native dialogs, injected so Node and browser tests can answer them. */
export type Dialogs = {
  /** The chosen path, or null when the user cancelled. */
  showOpen(opts: OpenDialogOptions): Promise<string | null>;
  showSave(opts: SaveDialogOptions): Promise<string | null>;
  /** The index of the button pressed. */
  showMessage(opts: MessageOptions): Promise<number>;
};

export type BuildDocx = (app: Application, programme: Programme, opts: { draft: boolean; now?: Date }) => Promise<Uint8Array>;

export type Exporter = {
  buildDocx: BuildDocx;
  validate: (app: Application, programme: Programme) => Issue[];
  hasErrors: (issues: readonly Issue[]) => boolean;
};

export type DocumentState = { title: string; filePath: string | null; dirty: boolean };

export type HandlerDeps = {
  /** The app's own data folder: recovery copies, recent files, settings. */
  userDataDir: string;
  /** Where save dialogs start when there is no better folder (the user's Documents). */
  documentsDir: string;
  dialogs: Dialogs;
  clock?: () => Date;
  openPath: (path: string) => Promise<void>;
  showItemInFolder: (path: string) => void;
  /** Only called with links that passed the help allow-list. */
  openExternal: (url: string) => Promise<void>;
  /** The complete example application's file text, shipped inside the app. */
  exampleText: () => Promise<string>;
  exporter: Exporter;
  /** The OS "recent documents" list (Jump List, Dock menu). */
  addRecentDocument?: (path: string) => void;
  /** This window's title and edited marker. */
  setDocumentState?: (state: DocumentState) => void;
  onSettingsChanged?: (settings: { language: Lang }) => void;
  /** Drafts being edited in any window of this process: not offered for recovery. Share one set per process. */
  liveDrafts?: Set<string>;
  /** File system access; tests inject failures (no space, no permission) here. */
  fileOps?: FileOps;
  /** Identity written into lock files. */
  lockIdentity?: { pid: number; host: string; user: string };
  defaultLanguage?: Lang;
  /** Reads an opened file's bytes as an application; main passes a worker thread, tests leave it to run in place. */
  openBytes?: (bytes: Uint8Array) => Promise<OpenedBytes>;
  /** Settings and recent files: pass the app's one store, shared by every window. */
  store?: UserDataStore;
  log?: (message: string, error?: unknown) => void;
};
