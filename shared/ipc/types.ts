import type { Application } from '../model/schema';
import type { Localized } from '../model/labels';

/** What the channels answer with, besides their own statuses. */

export type OpenedFile = {
  path: string;
  application: Application;
  /** mtime of the file as read, for change-on-disk detection at save. */
  mtimeMs: number;
  /** Another window or instance holds the file: it may be read but not saved here. */
  readOnly: boolean;
  /** Why it is read-only, to show the user (who holds it, or a folder that cannot be written). */
  readOnlyReason?: Localized;
  /** Set when the file was written by an older format version and migrated on reading. */
  migratedFrom: number | null;
};

export type Failure = { status: 'error'; message: Localized };
export type Cancelled = { status: 'cancelled' };
export type Saved = { status: 'saved'; path: string; mtimeMs: number; savedAt: string };

export type RecentFile = { path: string; title: string; openedAt: string };
export type DraftInfo = { draftId: string; title: string; savedAt: string; filePath: string | null };
export type Settings = {
  language: 'sv' | 'en';
  userName: string;
  /** Application id → the party the user acts for in it. Kept in the app's settings, never in the file. */
  actingFor: Record<string, string>;
};

/** Moving between the wizard's steps from the Visa/View menu. */
export const STEP_COMMANDS = ['nextStep', 'previousStep'] as const;

/** Commands main sends to the renderer (menus, close requests). */
export const MENU_COMMANDS = ['new', 'open', 'save', 'saveAs', 'export', 'sendToPartner', 'readPartner', 'close', 'openExample', 'about', 'undo', 'redo', ...STEP_COMMANDS] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
/** Main asks the renderer to save before closing; the renderer answers through `file:save`/`file:saveAs`. */
export type MainEvent = { type: 'menu'; command: MenuCommand | { openRecent: string } } | { type: 'open-file'; file: OpenedFile };
