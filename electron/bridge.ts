import type { Api, Channel, MainEvent, ResponseMap } from '../shared/ipc/contract';

/**
 * `window.api` built on a transport: Electron's ipcRenderer in the preload, a Playwright binding in the
 * browser tests. Kept free of imports with side effects so the sandboxed preload bundle stays small.
 */
export type Invoke = (channel: Channel, request: unknown) => Promise<unknown>;
export type Subscribe = (listener: (event: MainEvent) => void) => () => void;

/** Channels whose response has no Failure: main answers them with one only for a malformed request (a bug). */
const NEVER_FAILS = new Set<Channel>([
  'file:close',
  'file:recent',
  'recovery:list',
  'recovery:discard',
  'settings:get',
  'settings:set',
  'help:openLink',
]);

type ErrorShape = { status: 'error'; message: { sv: string; en: string } };
const isFailure = (v: unknown): v is ErrorShape =>
  typeof v === 'object' && v !== null && (v as { status?: unknown }).status === 'error' && typeof (v as { message?: unknown }).message === 'object';

export function createApi(invoke: Invoke, subscribe: Subscribe): Api {
  const call =
    <C extends Channel>(channel: C) =>
    async (request: unknown): Promise<ResponseMap[C]> => {
      const response = await invoke(channel, request);
      // Keep the promise's type honest: a response type without Failure never resolves to one.
      if (NEVER_FAILS.has(channel) && isFailure(response)) throw new Error(response.message.sv);
      return response as ResponseMap[C];
    };
  return {
    openFile: call('file:open'),
    saveFile: call('file:save'),
    saveFileAs: call('file:saveAs'),
    closeFile: call('file:close'),
    saveCopy: call('file:saveCopy'),
    readCopy: call('file:readCopy'),
    recentFiles: call('file:recent'),
    writeRecovery: call('recovery:write'),
    listRecovery: call('recovery:list'),
    restoreRecovery: call('recovery:restore'),
    discardRecovery: call('recovery:discard'),
    exportDocx: call('export:docx'),
    openExample: call('example:open'),
    getSettings: call('settings:get'),
    setSettings: call('settings:set'),
    setDocumentState: call('window:setDocumentState'),
    openHelpLink: call('help:openLink'),
    exportIdea: call('export:idea'),
    exportReport: call('export:report'),
    exportChange: call('export:change'),
    onMainEvent: subscribe,
  } satisfies Api;
}

/**
 * Events from main, held until the renderer subscribes: a file double-clicked at start-up is announced
 * as soon as the window loads, which can be before React has mounted its listener.
 */
export function createEventHub(): { emit(event: MainEvent): void; subscribe: Subscribe } {
  const listeners = new Set<(event: MainEvent) => void>();
  let pending: MainEvent[] = [];
  return {
    emit(event) {
      if (listeners.size === 0) pending.push(event);
      for (const l of [...listeners]) l(event);
    },
    subscribe(listener) {
      listeners.add(listener);
      const held = pending;
      pending = [];
      for (const e of held) listener(e);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
