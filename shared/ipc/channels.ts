import type * as Zod from '../zod';
import type { Application } from '../model/schema';
import type { Localized } from '../model/labels';
import type { Issue } from '../rules/types';
import type { ReportIssue } from '../rules/report-context';
import type { Cancelled, DraftInfo, Failure, MainEvent, OpenedFile, RecentFile, Saved, Settings } from './types';

/**
 * The one declaration of every channel between renderer and main. A channel is `domain:verb` and says, once:
 * - `api`: its function's name on `window.api`;
 * - `request`: the zod schema main parses the request with before a handler sees it;
 * - `response`: the type it answers with;
 * - `neverFails`: true when that type has no Failure (checked against the type: a wrong value fails `tsc`).
 * `window.api` (the preload's bridge), the dispatcher's schemas and the handler table are derived from it.
 *
 * Schemas are written as functions of zod, which main passes in (`./contract.ts`): this file has no zod at run
 * time, so the sandboxed preload, which bundles it, stays a few kilobytes.
 * The application itself crosses as `unknown` and is validated by the handler with the file schema.
 */

type Z = typeof Zod;
declare const RESPONSE: unique symbol;
/** A channel's response type, carried by its declaration for the compiler only. */
export type Returns<T> = { readonly [RESPONSE]: T };
const returns = <T>(): Returns<T> => ({}) as Returns<T>;

type Spec = {
  readonly api: string;
  readonly request: (z: Z) => Zod.ZodType;
  readonly response: Returns<unknown>;
  readonly neverFails: boolean;
};
type ResponseIn<S> = S extends { response: Returns<infer R> } ? R : never;
const defineChannels = <const T extends Record<string, Spec>>(channels: T): T => channels;

const filePath = (z: Z) => z.string().min(1).max(4096);
const suggestedName = (z: Z) => z.string().max(200).optional();

export const CHANNELS = defineChannels({
  'file:open': {
    api: 'openFile',
    request: (z) => z.strictObject({ path: filePath(z).optional() }),
    response: returns<
      | { status: 'opened'; file: OpenedFile }
      /** A DOCX exported by the app: its application, to edit as a new unsaved document. */
      | { status: 'restored'; application: Application; sourcePath: string; notice: Localized | null }
      | Cancelled
      | Failure
    >(),
    neverFails: false,
  },
  'file:save': {
    api: 'saveFile',
    request: (z) =>
      z.strictObject({
        path: filePath(z),
        application: z.unknown(),
        /**
         * The file's modification time when it was opened or last saved; a different one on disk is a conflict.
         * null: nothing known about the file (e.g. restored from a recovery copy), so any file already at `path`
         * is a conflict unless `force` is set.
         */
        expectedMtimeMs: z.number().nullable(),
        /** Overwrite even if the file changed on disk (the user chose to). */
        force: z.boolean().optional(),
      }),
    response: returns<Saved | { status: 'conflict'; message: Localized } | { status: 'readOnly'; message: Localized } | Failure>(),
    neverFails: false,
  },
  'file:saveAs': {
    api: 'saveFileAs',
    request: (z) => z.strictObject({ application: z.unknown(), suggestedName: suggestedName(z) }),
    response: returns<Saved | Cancelled | Failure>(),
    neverFails: false,
  },
  'file:close': {
    api: 'closeFile',
    request: (z) => z.strictObject({ path: filePath(z) }),
    response: returns<{ status: 'closed' }>(),
    neverFails: true,
  },
  /** A copy for the partner organisation, written where the user chooses; the current document stays as it is. */
  'file:saveCopy': {
    api: 'saveCopy',
    request: (z) => z.strictObject({ application: z.unknown(), suggestedName: suggestedName(z) }),
    response: returns<{ status: 'saved'; path: string } | Cancelled | Failure>(),
    neverFails: false,
  },
  /** Reads the partner's copy (an application file or an exported DOCX) for merging; it does not become the document. */
  'file:readCopy': {
    api: 'readCopy',
    request: (z) => z.strictObject({}),
    response: returns<{ status: 'read'; path: string; application: Application; notice: Localized | null } | Cancelled | Failure>(),
    neverFails: false,
  },
  'file:recent': {
    api: 'recentFiles',
    request: (z) => z.strictObject({}),
    response: returns<{ files: RecentFile[] }>(),
    neverFails: true,
  },
  'recovery:write': {
    api: 'writeRecovery',
    request: (z) =>
      z.strictObject({
        /** One id per open document window, so two windows never share a recovery copy. */
        draftId: z.uuid(),
        filePath: filePath(z).nullable(),
        application: z.unknown(),
      }),
    response: returns<{ status: 'written' } | Failure>(),
    neverFails: false,
  },
  'recovery:list': {
    api: 'listRecovery',
    request: (z) => z.strictObject({}),
    response: returns<{ drafts: DraftInfo[] }>(),
    neverFails: true,
  },
  'recovery:restore': {
    api: 'restoreRecovery',
    request: (z) => z.strictObject({ draftId: z.uuid() }),
    response: returns<{ status: 'restored'; application: Application; filePath: string | null } | Failure>(),
    neverFails: false,
  },
  'recovery:discard': {
    api: 'discardRecovery',
    request: (z) => z.strictObject({ draftId: z.uuid() }),
    response: returns<{ status: 'discarded' }>(),
    neverFails: true,
  },
  'export:docx': {
    api: 'exportDocx',
    request: (z) => z.strictObject({ application: z.unknown(), draft: z.boolean() }),
    response: returns<{ status: 'exported'; path: string } | { status: 'refused'; issues: Issue[] } | Cancelled | Failure>(),
    neverFails: false,
  },
  /*
   * The documents after the application (issue 16): the idea sketch, a progress or final report and a change
   * request, each saved where the user chooses. The renderer sends its current application (the values just typed
   * into a report are what is exported; main has no copy of unsaved edits), validated with the file schema first.
   */
  'export:idea': {
    api: 'exportIdea',
    request: (z) => z.strictObject({ application: z.unknown() }),
    /** The idea sketch is never signed, so it is never refused for the rules. */
    response: returns<{ status: 'exported'; path: string } | Cancelled | Failure>(),
    neverFails: false,
  },
  'export:report': {
    api: 'exportReport',
    request: (z) => z.strictObject({ application: z.unknown(), reportId: z.string().min(1).max(64), draft: z.boolean() }),
    /** Refused (signed export only) while the decision or the report has errors: the follow-up rules' issues. */
    response: returns<{ status: 'exported'; path: string } | { status: 'refused'; issues: ReportIssue[] } | Cancelled | Failure>(),
    neverFails: false,
  },
  'export:change': {
    api: 'exportChange',
    request: (z) => z.strictObject({ application: z.unknown(), changeRequestId: z.string().min(1).max(64), draft: z.boolean() }),
    response: returns<{ status: 'exported'; path: string } | { status: 'refused'; issues: ReportIssue[] } | Cancelled | Failure>(),
    neverFails: false,
  },
  'example:open': {
    api: 'openExample',
    request: (z) => z.strictObject({}),
    response: returns<{ status: 'opened'; application: Application } | Failure>(),
    neverFails: false,
  },
  'settings:get': {
    api: 'getSettings',
    request: (z) => z.strictObject({}),
    response: returns<Settings>(),
    neverFails: true,
  },
  'settings:set': {
    api: 'setSettings',
    request: (z) =>
      z.strictObject({
        language: z.enum(['sv', 'en']).optional(),
        /** The user's name, recorded with approvals and in the change log. */
        userName: z.string().max(200).optional(),
        /** Which party the user acts for in one application. */
        actingFor: z.strictObject({ applicationId: z.uuid(), partyId: z.string().max(64) }).optional(),
      }),
    response: returns<Settings>(),
    neverFails: true,
  },
  /** Refused when the file named is not one main handed to this window. */
  'window:setDocumentState': {
    api: 'setDocumentState',
    request: (z) => z.strictObject({ title: z.string().max(300), filePath: filePath(z).nullable(), dirty: z.boolean() }),
    response: returns<{ status: 'ok' } | Failure>(),
    neverFails: false,
  },
  'help:openLink': {
    api: 'openHelpLink',
    request: (z) => z.strictObject({ url: z.string().max(2048) }),
    response: returns<{ status: 'opened' } | { status: 'refused' }>(),
    neverFails: true,
  },
});

type Channels = typeof CHANNELS;

/** The channels whose `neverFails` disagrees with their response type (whether it has a Failure). */
export type WrongNeverFails<T> = {
  [C in keyof T]: T[C] extends { neverFails: Failure extends ResponseIn<T[C]> ? false : true } ? never : C;
}[keyof T];
type NoneOf<T extends never> = T;
/** A wrong `neverFails` fails `tsc` here, naming the channel ("'file:close' does not satisfy the constraint 'never'"). */
export type NeverFailsChecked = NoneOf<WrongNeverFails<Channels>>;
export type Channel = keyof Channels;
export type RequestOf<C extends Channel> = Zod.infer<ReturnType<Channels[C]['request']>>;
export type ResponseOf<C extends Channel> = ResponseIn<Channels[C]>;
export type ResponseMap = { [C in Channel]: ResponseOf<C> };

/** What main runs for a channel: the request as its schema parsed it, the response the contract promises. */
export type Handler<C extends Channel> = (req: RequestOf<C>) => Promise<ResponseOf<C>>;
/** One handler per channel: a channel declared above without one fails `tsc` where the table is built. */
export type Handlers = { [C in Channel]: Handler<C> };

/** The `window.api` name of each channel. */
export type ApiName<C extends Channel = Channel> = Channels[C]['api'];

/** Channels whose `window.api` name another channel has too; two would become one function. */
export type SharedApiNames = { [C in Channel]: ApiName<C> extends ApiName<Exclude<Channel, C>> ? C : never }[Channel];
/** A repeated `api` name fails `tsc` here, naming the channels. */
export type ApiNamesChecked = NoneOf<SharedApiNames>;

/** `window.api`: one named function per channel (no generic invoke), plus the one event subscription. */
export type Api = { readonly [C in Channel as ApiName<C>]: Handler<C> } & {
  /** Subscribe to events from main; returns an unsubscribe function. */
  readonly onMainEvent: (listener: (event: MainEvent) => void) => () => void;
};

export const CHANNEL_NAMES = Object.keys(CHANNELS) as Channel[];

/** Which channel each `window.api` function calls. */
export const API_CHANNELS = Object.freeze(Object.fromEntries(CHANNEL_NAMES.map((c) => [CHANNELS[c].api, c]))) as {
  readonly [C in Channel as ApiName<C>]: C;
};

/** Channels whose response has no Failure: main answers them with one only for a malformed request (a bug). */
export const NEVER_FAILS: ReadonlySet<Channel> = new Set(CHANNEL_NAMES.filter((c) => CHANNELS[c].neverFails));
