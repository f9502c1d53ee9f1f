import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { MAX_FILE_BYTES } from '../../shared/model/limits';
import { DOCUMENT_LIMITS, readRegularFile } from '../../electron/regular-file';

// The checked read (open once, fstat the handle, read from it) against Node's plain readFile, on a file at the cap;
// and what refusing a FIFO or an over-cap file costs (it must be nothing like reading it).
const dir = mkdtempSync(join(tmpdir(), 'sim-bench-read-'));
const atCap = join(dir, 'cap.simansokan');
writeFileSync(atCap, Buffer.alloc(MAX_FILE_BYTES, 0x20));
const over = join(dir, 'over.docx');
writeFileSync(over, Buffer.alloc(MAX_FILE_BYTES + 1, 0x20));
const fifo = join(dir, 'fifo');
execFileSync('mkfifo', [fifo]);

describe('reading a file of 20 MB', () => {
  bench('readRegularFile (checked handle)', async () => {
    await readRegularFile(atCap, DOCUMENT_LIMITS);
  });
  bench('fs.readFile (unchecked, for comparison)', async () => {
    await readFile(atCap);
  });
});

describe('refusing what is not a document', () => {
  bench('a FIFO', async () => {
    await readRegularFile(fifo, DOCUMENT_LIMITS).catch(() => undefined);
  });
  bench('a file one byte over the cap', async () => {
    await readRegularFile(over, DOCUMENT_LIMITS).catch(() => undefined);
  });
});
