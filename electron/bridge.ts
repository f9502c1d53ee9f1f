import { CHANNELS, CHANNEL_NAMES, NEVER_FAILS, type Api, type Channel } from '../shared/ipc/channels';
import type { Failure, MainEvent } from '../shared/ipc/types';

/**
 * `window.api` built on a transport: Electron's ipcRenderer in the preload, a Playwright binding in the
 * browser tests. One named function per channel of the contract, never a generic invoke. Kept free of zod and of
 * imports with side effects so the sandboxed preload bundle stays small.
 */
export type Invoke = (channel: Channel, request: unknown) => Promise<unknown>;
export type Subscribe = (listener: (event: MainEvent) => void) => () => void;

const isFailure = (v: unknown): v is Failure =>
  typeof v === 'object' && v !== null && (v as { status?: unknown }).status === 'error' && typeof (v as { message?: unknown }).message === 'object';

export function createApi(invoke: Invoke, subscribe: Subscribe): Api {
  const call = (channel: Channel) => async (request: unknown) => {
    const response = await invoke(channel, request);
    // Keep the promise's type honest: a response type without Failure never resolves to one.
    if (NEVER_FAILS.has(channel) && isFailure(response)) throw new Error(response.message.sv);
    return response;
  };
  const api: Record<string, unknown> = {};
  for (const channel of CHANNEL_NAMES) api[CHANNELS[channel].api] = call(channel);
  api.onMainEvent = subscribe;
  // The contract's types say what each function takes and answers; main's dispatcher holds it to them.
  return api as Api;
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
