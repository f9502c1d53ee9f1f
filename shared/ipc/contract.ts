import * as z from '../zod';
import type { Application } from '../model/schema';
import type { Localized } from '../model/labels';
import type { Issue } from '../rules/types';
import { LIFECYCLE_API_CHANNELS, LIFECYCLE_REQUEST_SCHEMAS, type LifecycleApi, type LifecycleResponseMap } from './lifecycle-contract';

/**
 * The one contract between renderer and main. Every channel is `domain:verb`, with a zod schema for the
 * request (parsed in main before a handler sees it) and a TypeScript type for the response.
 * The application itself crosses as `unknown` and is validated by the handler with the file schema.
 */

const filePath = z.string().min(1).max(4096);
const appPayload = z.unknown();

export const RequestSchemas = {
  'file:open': z.strictObject({ path: filePath.optional() }),
  'file:save': z.strictObject({
    path: filePath,
    application: appPayload,
    /**
     * The file's modification time when it was opened or last saved; a different one on disk is a conflict.
     * null: nothing known about the file (e.g. restored from a recovery copy), so any file already at `path`
     * is a conflict unless `force` is set.
     */
    expectedMtimeMs: z.number().nullable(),
    /** Overwrite even if the file changed on disk (the user chose to). */
    force: z.boolean().optional(),
  }),
  'file:saveAs': z.strictObject({ application: appPayload, suggestedName: z.string().max(200).optional() }),
  'file:close': z.strictObject({ path: filePath }),
  /** A copy for the partner organisation, written where the user chooses; the current document stays as it is. */
  'file:saveCopy': z.strictObject({ application: appPayload, suggestedName: z.string().max(200).optional() }),
  /** Reads the partner's copy (an application file or an exported DOCX) for merging; it does not become the document. */
  'file:readCopy': z.strictObject({}),
  'file:recent': z.strictObject({}),
  'recovery:write': z.strictObject({
    /** One id per open document window, so two windows never share a recovery copy. */
    draftId: z.uuid(),
    filePath: filePath.nullable(),
    application: appPayload,
  }),
  'recovery:list': z.strictObject({}),
  'recovery:restore': z.strictObject({ draftId: z.uuid() }),
  'recovery:discard': z.strictObject({ draftId: z.uuid() }),
  'export:docx': z.strictObject({ application: appPayload, draft: z.boolean() }),
  'example:open': z.strictObject({}),
  'settings:get': z.strictObject({}),
  'settings:set': z.strictObject({
    language: z.enum(['sv', 'en']).optional(),
    /** The user's name, recorded with approvals and in the change log. */
    userName: z.string().max(200).optional(),
    /** Which party the user acts for in one application. */
    actingFor: z.strictObject({ applicationId: z.uuid(), partyId: z.string().max(64) }).optional(),
  }),
  'window:setDocumentState': z.strictObject({
    title: z.string().max(300),
    filePath: filePath.nullable(),
    dirty: z.boolean(),
  }),
  'help:openLink': z.strictObject({ url: z.string().max(2048) }),
  // Issue 16: the idea sketch, reports and change requests (lifecycle-contract.ts).
  ...LIFECYCLE_REQUEST_SCHEMAS,
} as const;

export type Channel = keyof typeof RequestSchemas;
export type RequestOf<C extends Channel> = z.infer<(typeof RequestSchemas)[C]>;

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

export type RecentFile = { path: string; title: string; openedAt: string };
export type DraftInfo = { draftId: string; title: string; savedAt: string; filePath: string | null };
export type Settings = {
  language: 'sv' | 'en';
  userName: string;
  /** Application id → the party the user acts for in it. Kept in the app's settings, never in the file. */
  actingFor: Record<string, string>;
};

export type ResponseMap = {
  'file:open':
    | { status: 'opened'; file: OpenedFile }
    /** A DOCX exported by the app: its application, to edit as a new unsaved document. */
    | { status: 'restored'; application: Application; sourcePath: string; notice: Localized | null }
    | Cancelled
    | Failure;
  'file:save':
    | { status: 'saved'; path: string; mtimeMs: number; savedAt: string }
    | { status: 'conflict'; message: Localized }
    | { status: 'readOnly'; message: Localized }
    | Failure;
  'file:saveAs': { status: 'saved'; path: string; mtimeMs: number; savedAt: string } | Cancelled | Failure;
  'file:close': { status: 'closed' };
  'file:saveCopy': { status: 'saved'; path: string } | Cancelled | Failure;
  'file:readCopy': { status: 'read'; path: string; application: Application; notice: Localized | null } | Cancelled | Failure;
  'file:recent': { files: RecentFile[] };
  'recovery:write': { status: 'written' } | Failure;
  'recovery:list': { drafts: DraftInfo[] };
  'recovery:restore': { status: 'restored'; application: Application; filePath: string | null } | Failure;
  'recovery:discard': { status: 'discarded' };
  'export:docx':
    | { status: 'exported'; path: string }
    | { status: 'refused'; issues: Issue[] }
    | Cancelled
    | Failure;
  'example:open': { status: 'opened'; application: Application } | Failure;
  'settings:get': Settings;
  'settings:set': Settings;
  /** Refused when the file named is not one main handed to this window. */
  'window:setDocumentState': { status: 'ok' } | Failure;
  'help:openLink': { status: 'opened' } | { status: 'refused' };
} & LifecycleResponseMap;

/** Moving between the wizard's steps from the Visa/View menu. */
export const STEP_COMMANDS = ['nextStep', 'previousStep'] as const;

/** Commands main sends to the renderer (menus, close requests). */
export const MENU_COMMANDS = ['new', 'open', 'save', 'saveAs', 'export', 'sendToPartner', 'readPartner', 'close', 'openExample', 'about', 'undo', 'redo', ...STEP_COMMANDS] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
/** Main asks the renderer to save before closing; the renderer answers through `file:save`/`file:saveAs`. */
export type MainEvent = { type: 'menu'; command: MenuCommand | { openRecent: string } } | { type: 'open-file'; file: OpenedFile };

type Fn<C extends Channel> = (req: RequestOf<C>) => Promise<ResponseMap[C]>;

/** `window.api`: one named function per channel (no generic invoke), plus the one event subscription. */
export type Api = {
  openFile: Fn<'file:open'>;
  saveFile: Fn<'file:save'>;
  saveFileAs: Fn<'file:saveAs'>;
  closeFile: Fn<'file:close'>;
  saveCopy: Fn<'file:saveCopy'>;
  readCopy: Fn<'file:readCopy'>;
  recentFiles: Fn<'file:recent'>;
  writeRecovery: Fn<'recovery:write'>;
  listRecovery: Fn<'recovery:list'>;
  restoreRecovery: Fn<'recovery:restore'>;
  discardRecovery: Fn<'recovery:discard'>;
  exportDocx: Fn<'export:docx'>;
  openExample: Fn<'example:open'>;
  getSettings: Fn<'settings:get'>;
  setSettings: Fn<'settings:set'>;
  setDocumentState: Fn<'window:setDocumentState'>;
  openHelpLink: Fn<'help:openLink'>;
  /** Subscribe to events from main; returns an unsubscribe function. */
  onMainEvent: (listener: (event: MainEvent) => void) => () => void;
} & LifecycleApi;

/** Which channel each `window.api` function calls: the preload is checked against this. */
export const API_CHANNELS = {
  openFile: 'file:open',
  saveFile: 'file:save',
  saveFileAs: 'file:saveAs',
  closeFile: 'file:close',
  saveCopy: 'file:saveCopy',
  readCopy: 'file:readCopy',
  recentFiles: 'file:recent',
  writeRecovery: 'recovery:write',
  listRecovery: 'recovery:list',
  restoreRecovery: 'recovery:restore',
  discardRecovery: 'recovery:discard',
  exportDocx: 'export:docx',
  openExample: 'example:open',
  getSettings: 'settings:get',
  setSettings: 'settings:set',
  setDocumentState: 'window:setDocumentState',
  openHelpLink: 'help:openLink',
  ...LIFECYCLE_API_CHANNELS,
} as const satisfies Record<Exclude<keyof Api, 'onMainEvent'>, Channel>;

export { MAIN_EVENT_CHANNEL } from './events';
