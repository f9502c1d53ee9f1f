import { parentPort } from 'node:worker_threads';
import { openApplicationBytes } from '../shared/docx/open';

/**
 * Reads one opened file (an application, or a DOCX the app exported) away from main's event loop: unzipping,
 * parsing and validating a file from outside can take a second, and the windows stay responsive meanwhile.
 */
parentPort?.once('message', (bytes: Uint8Array) => {
  parentPort!.postMessage(openApplicationBytes(bytes));
});
