import { execFileSync } from 'node:child_process';
import { lstat, mkdir, readFile, readlink, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeApplication } from '../../../shared/model/load';
import { MAX_FILE_BYTES } from '../../../shared/model/limits';
import { tooLargeMessage } from '../../../shared/model/too-large';
import type { Application } from '../../../shared/model/schema';
import { readRegularFile } from '../../../electron/regular-file';
import { nodeFileOps } from '../../../electron/handlers/fileops';
import { LOCK_STALE_MS } from '../../../electron/handlers/lock';
import { makeWindow, openWorkspace, sv } from './support';

/**
 * Every file main reads, with something that is not a regular file in its place. Each read must end (a plain read
 * of a FIFO blocks forever, /dev/zero never ends: the test would time out) with the app's default or a sentence.
 */
type Kind = { name: string; make(path: string, dir: string): Promise<void> };

const KINDS: Kind[] = [
  { name: 'a FIFO', make: async (p) => void execFileSync('mkfifo', [p]) },
  { name: 'a folder', make: (p) => mkdir(p).then(() => undefined) },
  { name: 'a symlink to /dev/zero', make: (p) => symlink('/dev/zero', p) },
  { name: 'a symlink to /dev/null', make: (p) => symlink('/dev/null', p) },
  { name: 'a symlink to /dev/urandom', make: (p) => symlink('/dev/urandom', p) },
  {
    name: 'a symlink to a FIFO',
    make: async (p, dir) => {
      const fifo = join(dir, `fifo-${randomUUID()}`);
      execFileSync('mkfifo', [fifo]);
      await symlink(fifo, p);
    },
  },
  {
    name: 'a symlink to a folder',
    make: async (p, dir) => {
      const d = join(dir, `dir-${randomUUID()}`);
      await mkdir(d);
      await symlink(d, p);
    },
  },
];

/**
 * For the tests that also write: only kinds that live in the test's own folder. A write that followed a symlink to
 * /dev/null would, run as root, replace the device itself (write-file-atomic renames over the link's target).
 */
const IN_TEMP = KINDS.filter((k) => !k.name.includes('/dev/'));

let userData: string;
let work: string;
let app: Application;
let cleanup: () => Promise<void>;
beforeEach(async () => void ({ userData, work, app, cleanup } = await openWorkspace()));
afterEach(() => cleanup());

describe('the one reader', () => {
  it.each(KINDS)('refuses $name without blocking, with the kind in the error', async (kind) => {
    const p = join(work, 'x');
    await kind.make(p, work);
    const e = await readRegularFile(p, { maxBytes: 1024 }).catch((err: unknown) => err);
    const folder = kind.name.includes('folder');
    expect(e).toMatchObject({ code: folder ? 'EISDIR' : 'ENOTREG' });
  });

  it('refuses a symlink to a regular file only where told not to follow one', async () => {
    await writeFile(join(work, 'real'), 'innehåll');
    await symlink(join(work, 'real'), join(work, 'link'));
    expect(Buffer.from((await readRegularFile(join(work, 'link'), { maxBytes: 100 })).bytes).toString()).toBe('innehåll');
    await expect(readRegularFile(join(work, 'link'), { maxBytes: 100, noFollow: true })).rejects.toMatchObject({ code: 'ENOTREG' });
  });

  it('reads a file of exactly the cap and refuses one byte more', async () => {
    for (const cap of [0, 1, 1000, 70_000]) {
      await writeFile(join(work, 'ok'), Buffer.alloc(cap, 1));
      await writeFile(join(work, 'big'), Buffer.alloc(cap + 1, 1));
      expect((await readRegularFile(join(work, 'ok'), { maxBytes: cap })).bytes.length).toBe(cap);
      await expect(readRegularFile(join(work, 'big'), { maxBytes: cap })).rejects.toMatchObject({ code: 'EFBIG', size: cap + 1 });
    }
  });
});

describe('the one atomic writer', () => {
  it.each(IN_TEMP)('never writes over or through $name', async (kind) => {
    const path = join(work, 'target');
    await kind.make(path, work);
    const before = await kindOf(path);
    await expect(nodeFileOps.writeAtomic(path, 'data')).rejects.toMatchObject({ code: kind.name.includes('folder') ? 'EISDIR' : 'ENOTREG' });
    expect(await kindOf(path)).toEqual(before);
  });

  it("follows a symlink to a regular file for a document, but not for the app's own files", async () => {
    await writeFile(join(work, 'real'), 'gammalt');
    await symlink(join(work, 'real'), join(work, 'link'));
    await expect(nodeFileOps.writeAtomic(join(work, 'link'), 'nytt', { noFollow: true })).rejects.toMatchObject({ code: 'ENOTREG' });
    expect(await readFile(join(work, 'real'), 'utf8')).toBe('gammalt');
    await nodeFileOps.writeAtomic(join(work, 'link'), 'nytt');
    expect(await readFile(join(work, 'real'), 'utf8')).toBe('nytt');
    expect((await lstat(join(work, 'link'))).isSymbolicLink()).toBe(true);
  });
});

describe('every file the app reads', () => {
  it.each(KINDS)('the document itself: $name is refused with a sentence', async (kind) => {
    const path = join(work, 'Ansökan.simansokan');
    await kind.make(path, work);
    const w = makeWindow(userData, work);
    const r = await w.handlers['file:open']({ path });
    expect(r.status).toBe('error');
    expect(sv(r)).toMatch(/^"Ansökan\.simansokan" (är inte en vanlig fil|är en mapp)/);
    expect(w.handlers.session.locks.holds(path)).toBe(false);
  });

  it.each(KINDS)("the partner's copy: $name is refused with a sentence", async (kind) => {
    const path = join(work, 'Från partnern.simansokan');
    await kind.make(path, work);
    const w = makeWindow(userData, work);
    w.queues.open.push(path);
    const r = await w.handlers['file:readCopy']({});
    expect(r.status).toBe('error');
    expect(sv(r)).toMatch(/^"Från partnern\.simansokan" (är inte en vanlig fil|är en mapp)/);
  });

  it.each(IN_TEMP)('the settings: $name reads as the defaults, a choice is kept for the session, nothing is written through it', async (kind) => {
    const path = join(userData, 'settings.json');
    await kind.make(path, userData);
    const before = await kindOf(path);
    const w = makeWindow(userData, work);
    expect(await w.handlers['settings:get']({})).toEqual({ language: 'sv', userName: '', actingFor: {} });
    expect((await w.handlers['settings:set']({ language: 'en' })).language).toBe('en');
    expect(await kindOf(path)).toEqual(before);
  });

  it.each(IN_TEMP)('the recent list: $name reads as empty, and opening a file still works', async (kind) => {
    const recent = join(userData, 'recent.json');
    await kind.make(recent, userData);
    const before = await kindOf(recent);
    const w = makeWindow(userData, work);
    expect(await w.handlers['file:recent']({})).toEqual({ files: [] });
    const path = join(work, 'a.simansokan');
    await writeFile(path, serializeApplication(app));
    expect((await w.handlers['file:open']({ path })).status).toBe('opened');
    expect(await kindOf(recent)).toEqual(before);
  });

  it.each(KINDS)('a recovery copy: $name is not offered, and the real copies still are', async (kind) => {
    const bad = randomUUID();
    await mkdir(join(userData, 'recovery'), { recursive: true });
    await kind.make(join(userData, 'recovery', `${bad}.json`), userData);
    const writer = makeWindow(userData, work);
    const good = randomUUID();
    expect(await writer.handlers['recovery:write']({ draftId: good, filePath: null, application: app })).toEqual({ status: 'written' });
    const later = makeWindow(userData, work);
    expect((await later.handlers['recovery:list']({})).drafts.map((d) => d.draftId)).toEqual([good]);
    expect(sv(await later.handlers['recovery:restore']({ draftId: bad }))).toContain('finns inte längre eller är skadad');
  });

  it.each(KINDS)('the lock file: $name in its place opens the document read-only, never blocking', async (kind) => {
    const path = join(work, 'b.simansokan');
    await writeFile(path, serializeApplication(app));
    await kind.make(`${path}.lock`, work);
    // Even much later: what is not a lock file is never taken for a stale one and removed.
    const w = makeWindow(userData, work, { clock: () => new Date(Date.now() + 2 * LOCK_STALE_MS) });
    const r = await w.handlers['file:open']({ path });
    expect(r).toMatchObject({ status: 'opened', file: { readOnly: true } });
    if (r.status === 'opened') expect(r.file.readOnlyReason?.sv).toContain('är öppen i ett annat program eller fönster');
    const saved = await w.handlers['file:save']({ path, application: app, expectedMtimeMs: r.status === 'opened' ? r.file.mtimeMs : 0 });
    expect(saved.status).toBe('readOnly');
    expect(await readFile(path, 'utf8')).toBe(serializeApplication(app));
  });

  it.each(IN_TEMP)('the file saved over: $name is neither read for its backup nor written through', async (kind) => {
    const path = join(work, 'c.simansokan');
    await kind.make(path, work);
    const before = await kindOf(path);
    const w = makeWindow(userData, work);
    w.handlers.session.grants.grantWrite(path);
    const r = await w.handlers['file:save']({ path, application: app, expectedMtimeMs: null, force: true });
    expect(r.status).toBe('error');
    expect(sv(r)).toMatch(/^"c\.simansokan" kunde inte sparas: /);
    expect(await kindOf(path)).toEqual(before);
  });
});

/** What is at `path` and where it points: to see that nothing was replaced. */
async function kindOf(path: string) {
  const l = await lstat(path);
  const t = await stat(path);
  return { link: l.isSymbolicLink() ? await readlink(path) : null, fifo: t.isFIFO(), dir: t.isDirectory(), ino: t.ino };
}

describe('one size limit, one sentence', () => {
  it('a DOCX or an application file over the cap gets the same sentence as the loader gives', async () => {
    for (const [name, head] of [
      ['stor.docx', 'PK\u0003\u0004'],
      ['stor.simansokan', '{"format":"sim-ansokan"'],
    ] as const) {
      const path = join(work, name);
      await writeFile(path, Buffer.concat([Buffer.from(head), Buffer.alloc(MAX_FILE_BYTES + 1 - head.length, 0x20)]));
      const w = makeWindow(userData, work);
      const r = await w.handlers['file:open']({ path });
      expect(sv(r)).toBe(`"${name}" kunde inte öppnas.\n${tooLargeMessage(MAX_FILE_BYTES + 1).sv}`);
    }
    expect(tooLargeMessage(MAX_FILE_BYTES + 1).sv).toBe('Filen är för stor (mer än 20 MB). En ansökan får vara högst 20 MB.');
    expect(tooLargeMessage(60 * 1024 * 1024).sv).toBe('Filen är för stor (60 MB). En ansökan får vara högst 20 MB.');
  });
});
