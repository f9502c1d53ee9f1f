import type { Api } from '../../shared/ipc/contract';

declare global {
  interface Window {
    /** Exposed by the preload (or by the test harness); the renderer's only way to reach the main process. */
    api: Api;
  }
}

/** The bridge to main, looked up on use so nothing captures it before the preload has run. */
export function api(): Api {
  // Through globalThis, so Node-side unit tests of the shell (no DOM types) type-check this file too.
  return (globalThis as unknown as Window).api;
}
