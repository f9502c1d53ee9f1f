import { Worker } from 'node:worker_threads';
import type { OpenedBytes } from '../shared/docx/open';
import { messageText } from './handlers/message-strings';
import { inBoth } from './localized';

/**
 * How main reads the bytes of a file it opens: in a worker thread (electron/open-worker.ts), one per file, so a
 * hostile or merely large file never blocks the windows. The worker's heap is capped: a file that would need more is
 * refused with a sentence, and main, which holds the user's open work, is never the one to run out of memory.
 */
export const WORKER_HEAP_MB = 512;
/** A read that takes this long has gone wrong whatever the machine: the worker is stopped and the file refused. */
const GIVE_UP_MS = 60_000;

const NOT_READ: OpenedBytes = { ok: false, message: inBoth((l) => messageText.t(l, 'read.tooCostly')) };

export type OpenBytes = (bytes: Uint8Array) => Promise<OpenedBytes>;

/** An opener that runs the worker script at `script` (the built open-worker.js beside main.js). */
export function openOffThread(script: string, opts: { heapMb?: number; giveUpMs?: number; execArgv?: string[] } = {}): OpenBytes {
  const { heapMb = WORKER_HEAP_MB, giveUpMs = GIVE_UP_MS, execArgv } = opts;
  return (bytes) =>
    new Promise<OpenedBytes>((resolve) => {
      const worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: heapMb }, ...(execArgv ? { execArgv } : {}) });
      let settled = false;
      const done = (r: OpenedBytes) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(r);
        void worker.terminate();
      };
      const timer = setTimeout(() => done(NOT_READ), giveUpMs);
      worker.once('message', (r: OpenedBytes) => done(r));
      worker.once('error', () => done(NOT_READ));
      worker.once('exit', () => done(NOT_READ));
      worker.postMessage(bytes);
    });
}
