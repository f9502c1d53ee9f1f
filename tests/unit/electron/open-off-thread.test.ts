/**
 * Main reads an opened file in a worker thread (issue 12, 1): its event loop keeps turning while a file is read, the
 * result is the same as reading in place, and a worker that runs out of its memory is a sentence, not a dead main.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openOffThread } from '../../../electron/open-off-thread';
import { openApplicationBytes } from '../../../shared/docx/open';
import { exportOf, fixtureApp } from '../docx/attacks';

// The worker is electron/open-worker.ts, as TypeScript through tsx here; the app runs it built, as out/main/open-worker.js.
const WORKER = resolve(__dirname, 'open-worker.tsx-loader.cjs');
const open = openOffThread(WORKER);

describe('reading opened files off main’s thread', () => {
  it('gives what reading in place gives, for an application file and for a DOCX, and refusals alike', async () => {
    const file = new Uint8Array(readFileSync(resolve(__dirname, '../../fixtures/stress.simansokan')));
    const docx = await exportOf(fixtureApp('complete'));
    const broken = new TextEncoder().encode('{"format":"sim-ansokan"');
    for (const bytes of [file, docx, broken]) expect(await open(bytes)).toEqual(openApplicationBytes(bytes));
  });

  it('leaves main’s event loop free while the file is read', async () => {
    const file = new Uint8Array(readFileSync(resolve(__dirname, '../../fixtures/stress.simansokan')));
    let turned = false;
    setImmediate(() => (turned = true));
    const reading = open(file).then((r) => ({ r, turnedFirst: turned }));
    const { r, turnedFirst } = await reading;
    expect(r.ok).toBe(true);
    // In place, the read would finish before any callback could run; in a worker, main turned meanwhile.
    expect(turnedFirst).toBe(true);
  });

  it('refuses with a sentence when the worker runs out of the memory it is given', async () => {
    const tiny = openOffThread(WORKER, { heapMb: 2 });
    const file = new Uint8Array(readFileSync(resolve(__dirname, '../../fixtures/stress.simansokan')));
    const r = await tiny(file);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.sv).toMatch(/kunde inte läsas in/);
  });
});
