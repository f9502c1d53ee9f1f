import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { nodeFileOps, type FileOps } from '../../../electron/handlers';
import { fixtureApp, makeWindow, tempDir } from './support';

/**
 * A recovery write still on its way to the disk when the copy is discarded (the person saved, or chose
 * Spara inte) must not land afterwards: that copy would be offered as "unsaved work" at the next start.
 */
let tmp: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => (tmp = await tempDir('sim-rc-')));
afterEach(() => tmp.cleanup());

/** Real file operations whose atomic writes wait until the test lets them finish. */
function heldWrites() {
  const held: (() => void)[] = [];
  const ops: FileOps = {
    ...nodeFileOps,
    writeAtomic: async (path, data) => {
      await new Promise<void>((resolve) => held.push(resolve));
      return nodeFileOps.writeAtomic(path, data);
    },
  };
  return { ops, held, releaseAll: () => held.splice(0).forEach((r) => r()) };
}

describe('recovery copies and their discard', () => {
  it('a write in flight when the copy is discarded is removed once it lands, never left behind', async () => {
    const io = heldWrites();
    const w = makeWindow(tmp.dir, tmp.dir, { fileOps: io.ops });
    const draftId = randomUUID();
    const copy = join(tmp.dir, 'recovery', `${draftId}.json`);
    const writing = w.handlers['recovery:write']({ draftId, filePath: null, application: await fixtureApp() });
    await vi.waitFor(() => expect(io.held).toHaveLength(1));
    const discarding = w.handlers['recovery:discard']({ draftId });
    io.releaseAll();
    await Promise.all([writing, discarding]);
    expect(existsSync(copy)).toBe(false);
  });

  it('writes asked for before a discard and not yet started are cancelled; one asked for after it lands', async () => {
    const io = heldWrites();
    const w = makeWindow(tmp.dir, tmp.dir, { fileOps: io.ops });
    const draftId = randomUUID();
    const app = await fixtureApp();
    const copy = join(tmp.dir, 'recovery', `${draftId}.json`);
    const first = w.handlers['recovery:write']({ draftId, filePath: null, application: app });
    const second = w.handlers['recovery:write']({ draftId, filePath: null, application: app });
    await vi.waitFor(() => expect(io.held).toHaveLength(1));
    const discarded = w.handlers['recovery:discard']({ draftId });
    io.releaseAll();
    await Promise.all([first, second, discarded]);
    // Only the write already under way touched the disk, and its copy is gone.
    expect(io.held).toHaveLength(0);
    expect(existsSync(copy)).toBe(false);

    // New edits after the save: a new copy is wanted again.
    const later = w.handlers['recovery:write']({ draftId, filePath: null, application: app });
    await vi.waitFor(() => expect(io.held).toHaveLength(1));
    io.releaseAll();
    expect(await later).toEqual({ status: 'written' });
    expect(existsSync(copy)).toBe(true);
  });

  it('a window closed on purpose while its copy is being written leaves no copy', async () => {
    const io = heldWrites();
    const w = makeWindow(tmp.dir, tmp.dir, { fileOps: io.ops });
    const draftId = randomUUID();
    const writing = w.handlers['recovery:write']({ draftId, filePath: null, application: await fixtureApp() });
    await vi.waitFor(() => expect(io.held).toHaveLength(1));
    const closing = w.handlers.closeWindow();
    io.releaseAll();
    await Promise.all([writing, closing]);
    expect(existsSync(join(tmp.dir, 'recovery', `${draftId}.json`))).toBe(false);
  });
});
