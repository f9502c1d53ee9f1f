import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFile, writeFile, stat, utimes, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { hostname } from 'node:os';
import { parseStrictJson } from '../../../shared/model/json';
import { serializeApplication } from '../../../shared/model/load';
import type { Application } from '../../../shared/model/schema';
import { makeWindow, openWorkspace, sv } from './support';

let userData: string;
let work: string;
let app: Application;
let cleanup: () => Promise<void>;
beforeEach(async () => void ({ userData, work, app, cleanup } = await openWorkspace()));
afterEach(() => cleanup());

const retitled = (a: Application, title: string): Application => ({ ...a, project: { ...a.project, title } });

describe('open, save, save as', () => {
  it('saves as a new file from the dialog, then saves again without a conflict', async () => {
    const w = makeWindow(userData, work);
    const path = join(work, 'ansokan.simansokan');
    w.queues.save.push(path);
    const first = await w.handlers['file:saveAs']({ application: app });
    expect(first).toMatchObject({ status: 'saved', path });
    // The dialog was offered a Windows-safe name from the title, in the documents folder.
    expect(w.seen.save[0]!.defaultPath).toBe(join(work, 'Tillsammans för Dalslands barn – tidigt samordnat stöd.simansokan'));
    expect(await readFile(path, 'utf8')).toBe(serializeApplication(app));
    if (first.status !== 'saved') throw new Error();
    const second = await w.handlers['file:save']({ path, application: retitled(app, 'Ny titel'), expectedMtimeMs: first.mtimeMs });
    expect(second.status).toBe('saved');
    // Saving twice in a row with the first mtime (a fast double Ctrl+S) is no conflict: we wrote that file.
    const third = await w.handlers['file:save']({ path, application: retitled(app, 'Tredje'), expectedMtimeMs: first.mtimeMs });
    expect(third.status).toBe('saved');
    expect((parseStrictJson(await readFile(path, 'utf8')) as Application).project.title).toBe('Tredje');
    // The previous good version is kept beside it.
    expect((parseStrictJson(await readFile(`${path}.bak`, 'utf8')) as Application).project.title).toBe('Ny titel');
    expect(w.shell.recentDocs).toContain(path);
  });

  it('adds the extension when the dialog returns a name without it', async () => {
    const w = makeWindow(userData, work);
    w.queues.save.push(join(work, 'utan'));
    const r = await w.handlers['file:saveAs']({ application: app });
    expect(r).toMatchObject({ status: 'saved', path: join(work, 'utan.simansokan') });
  });

  it('opens a file from the dialog, lists it as recent, and a cancelled dialog changes nothing', async () => {
    const path = join(work, 'a.simansokan');
    await writeFile(path, serializeApplication(app));
    const w = makeWindow(userData, work);
    expect(await w.handlers['file:open']({})).toEqual({ status: 'cancelled' });
    w.queues.open.push(path);
    const r = await w.handlers['file:open']({});
    expect(r.status).toBe('opened');
    if (r.status !== 'opened') throw new Error();
    expect(r.file).toMatchObject({ path, readOnly: false, migratedFrom: null, mtimeMs: (await stat(path)).mtimeMs });
    expect(r.file.application).toEqual(app);
    const recent = await w.handlers['file:recent']({});
    expect(recent.files).toEqual([{ path, title: app.project.title, openedAt: expect.any(String) }]);
    // The in-app list survives a restart (it is in userData) but forgets files that are gone.
    const later = makeWindow(userData, work);
    expect((await later.handlers['file:recent']({})).files.map((f) => f.path)).toEqual([path]);
    await writeFile(join(work, 'b.simansokan'), serializeApplication(app));
    await later.handlers['file:open']({ path: join(work, 'b.simansokan') });
    expect((await later.handlers['file:recent']({})).files.map((f) => f.path)).toEqual([join(work, 'b.simansokan'), path]);
    await w.handlers['file:close']({ path });
  });

  it('refuses a file over the size cap without reading it', async () => {
    const { writeHugeFile, HUGE_EXPECTED } = await import('../../fixtures/huge');
    const path = writeHugeFile(work);
    const w = makeWindow(userData, work);
    const r = await w.handlers['file:open']({ path });
    expect(r.status).toBe('error');
    expect(sv(r)).toContain(HUGE_EXPECTED);
  });

  it('says clearly when the file or its folder is gone', async () => {
    const w = makeWindow(userData, work);
    const r = await w.handlers['file:open']({ path: join(work, 'borta', 'x.simansokan') });
    expect(sv(r)).toBe('"x.simansokan" finns inte längre. Den kan ha flyttats, bytt namn eller tagits bort.');
    const dir = await w.handlers['file:open']({ path: work });
    expect(sv(dir)).toContain('är en mapp, inte en ansökan');
  });
});

describe('changed on disk', () => {
  it('does not overwrite a file someone else changed; force overwrites after the user chose to', async () => {
    const path = join(work, 'delad.simansokan');
    await writeFile(path, serializeApplication(app));
    const w = makeWindow(userData, work);
    const opened = await w.handlers['file:open']({ path });
    if (opened.status !== 'opened') throw new Error();
    // A colleague saves over the shared drive: new content, later mtime.
    const theirs = serializeApplication(retitled(app, 'Kollegans version'));
    await writeFile(path, theirs);
    await utimes(path, new Date(), new Date(Date.now() + 5000));
    const mine = retitled(app, 'Min version');
    const r = await w.handlers['file:save']({ path, application: mine, expectedMtimeMs: opened.file.mtimeMs });
    expect(r.status).toBe('conflict');
    expect(sv(r)).toContain('har ändrats på disken sedan du öppnade den');
    expect(sv(r)).toMatch(/läsa in den nya versionen, skriva över den .* spara dina ändringar som en ny fil/);
    expect(await readFile(path, 'utf8')).toBe(theirs);
    const forced = await w.handlers['file:save']({ path, application: mine, expectedMtimeMs: opened.file.mtimeMs, force: true });
    expect(forced.status).toBe('saved');
    expect((parseStrictJson(await readFile(path, 'utf8')) as Application).project.title).toBe('Min version');
    // The colleague's version is not lost: it is the backup.
    expect(await readFile(`${path}.bak`, 'utf8')).toBe(theirs);
  });

  it('treats an existing file as a conflict when nothing is known about it (restored draft)', async () => {
    const path = join(work, 'finns.simansokan');
    await writeFile(path, serializeApplication(app));
    const w = makeWindow(userData, work);
    const gone = join(work, 'ny.simansokan');
    // Both are files of restored recovery copies: main handed them to the window.
    for (const p of [path, gone]) w.handlers.session.grants.grantWrite(p);
    const r = await w.handlers['file:save']({ path, application: app, expectedMtimeMs: null });
    expect(r.status).toBe('conflict');
    // A file that is gone is simply written again.
    expect((await w.handlers['file:save']({ path: gone, application: app, expectedMtimeMs: 123 })).status).toBe('saved');
  });
});

describe('two writers', () => {
  it('opens a file read-only in a second window and refuses its saves until the first lets go', async () => {
    const path = join(work, 'lås.simansokan');
    await writeFile(path, serializeApplication(app));
    const a = makeWindow(userData, work);
    const b = makeWindow(userData, work);
    const ra = await a.handlers['file:open']({ path });
    const rb = await b.handlers['file:open']({ path });
    if (ra.status !== 'opened' || rb.status !== 'opened') throw new Error();
    expect(ra.file.readOnly).toBe(false);
    expect(rb.file.readOnly).toBe(true);
    expect(rb.file.readOnlyReason?.sv).toBe(
      '"lås.simansokan" är redan öppen i ett annat fönster. Den är skrivskyddad här; spara dina ändringar som en ny fil med Spara som….',
    );
    const lock = JSON.parse(await readFile(`${path}.lock`, 'utf8'));
    expect(lock).toMatchObject({ app: 'sim-ansokan', pid: process.pid, host: hostname() });
    const before = await readFile(path, 'utf8');
    const refused = await b.handlers['file:save']({ path, application: retitled(app, 'B'), expectedMtimeMs: rb.file.mtimeMs });
    expect(refused.status).toBe('readOnly');
    expect(await readFile(path, 'utf8')).toBe(before);
    // Save as to the same name from the second window is refused as well.
    b.queues.save.push(path);
    expect(sv(await b.handlers['file:saveAs']({ application: app }))).toContain('Välj ett annat filnamn');
    // The first window saves; then closes. Now B may write, but its copy is older than the file: a conflict.
    const saved = await a.handlers['file:save']({ path, application: retitled(app, 'A'), expectedMtimeMs: ra.file.mtimeMs });
    expect(saved.status).toBe('saved');
    await a.handlers['file:close']({ path });
    const late = await b.handlers['file:save']({ path, application: retitled(app, 'B'), expectedMtimeMs: rb.file.mtimeMs });
    expect(late.status).toBe('conflict');
  });

  it('names the person and computer holding a lock from another computer', async () => {
    const path = join(work, 'annan.simansokan');
    await writeFile(path, serializeApplication(app));
    await writeFile(
      `${path}.lock`,
      JSON.stringify({ app: 'sim-ansokan', owner: 'x', pid: 4242, host: 'KOMMUN-PC17', user: 'anna.karlsson', since: '2025-03-01T09:15:00.000Z' }),
    );
    const w = makeWindow(userData, work);
    const r = await w.handlers['file:open']({ path });
    if (r.status !== 'opened') throw new Error();
    expect(r.file.readOnly).toBe(true);
    expect(r.file.readOnlyReason?.sv).toContain('redigeras av anna.karlsson på datorn KOMMUN-PC17 (sedan 2025-03-01 09:15 UTC)');
  });

  it('breaks a lock left by a process that died on this computer, and one not refreshed for long', async () => {
    const path = join(work, 'krasch.simansokan');
    await writeFile(path, serializeApplication(app));
    const dead = { app: 'sim-ansokan', owner: 'x', pid: 2 ** 22 + 17, host: hostname(), user: 'u', since: '2025-01-01T00:00:00.000Z' };
    await writeFile(`${path}.lock`, JSON.stringify(dead));
    const w = makeWindow(userData, work);
    const r = await w.handlers['file:open']({ path });
    if (r.status !== 'opened') throw new Error();
    expect(r.file.readOnly).toBe(false);
    expect(JSON.parse(await readFile(`${path}.lock`, 'utf8')).pid).toBe(process.pid);
    await w.handlers['file:close']({ path });
    expect(await readdir(work)).toEqual(['krasch.simansokan']);

    await writeFile(`${path}.lock`, JSON.stringify({ ...dead, host: 'ANNAN-DATOR' }));
    const old = new Date(Date.now() - 10 * 60_000);
    await utimes(`${path}.lock`, old, old);
    const r2 = await makeWindow(userData, work).handlers['file:open']({ path });
    if (r2.status !== 'opened') throw new Error();
    expect(r2.file.readOnly).toBe(false);
  });

  it('lets go of the previous file when the window opens another', async () => {
    const p1 = join(work, 'ett.simansokan');
    const p2 = join(work, 'två.simansokan');
    await writeFile(p1, serializeApplication(app));
    await writeFile(p2, serializeApplication(app));
    const w = makeWindow(userData, work);
    await w.handlers['file:open']({ path: p1 });
    await w.handlers['file:open']({ path: p2 });
    expect((await readdir(work)).sort()).toEqual(['ett.simansokan', 'två.simansokan', 'två.simansokan.lock']);
    await w.handlers.dispose();
    expect((await readdir(work)).sort()).toEqual(['ett.simansokan', 'två.simansokan']);
  });

  it('opens read-only when the folder cannot take a lock file', async () => {
    const { failingOps } = await import('./support');
    const path = join(work, 'ro.simansokan');
    await writeFile(path, serializeApplication(app));
    const w = makeWindow(userData, work, { fileOps: failingOps('EROFS', ['createExclusive']) });
    const r = await w.handlers['file:open']({ path });
    if (r.status !== 'opened') throw new Error();
    expect(r.file.readOnly).toBe(true);
    expect(r.file.readOnlyReason?.sv).toContain('ligger i en mapp där du inte kan skriva');
  });
});

describe('leftovers of a killed save', () => {
  it('are removed when the file is next opened for writing, once they are a minute old', async () => {
    const path = join(work, 'a.simansokan');
    await writeFile(path, serializeApplication(app));
    const leftovers = ['a.simansokan.3141592653', `a.simansokan.bak.4242.${(1e12).toString(36)}.tmp`];
    const kept = ['a.simansokan.1', 'a.simansokan.bak', 'b.simansokan.3141592653', 'a.simansokan.2718281828'];
    for (const n of [...leftovers, ...kept]) await writeFile(join(work, n), '{');
    const old = new Date(Date.now() - 120_000);
    for (const n of [...leftovers, ...kept.slice(0, 3)]) await utimes(join(work, n), old, old);
    const w = makeWindow(userData, work);
    await w.handlers['file:open']({ path });
    // The recent one may belong to a save still running elsewhere; the user's own "a.simansokan.1" is not ours.
    expect((await readdir(work)).sort()).toEqual(['a.simansokan', 'a.simansokan.lock', ...kept].sort());
  });
});

describe('application checked before writing', () => {
  it('refuses to save something that is not a valid application, with the reason', async () => {
    const w = makeWindow(userData, work);
    const path = join(work, 'x.simansokan');
    const bad = { ...app, project: { ...app.project, summary: 'x'.repeat(5000) } };
    const r = await w.handlers['file:save']({ path, application: bad, expectedMtimeMs: null });
    expect(sv(r)).toMatch(/Projekt › Sammanfattning: är för lång: högst 4\s000 tecken/);
    await mkdir(join(work, 'sub'));
    expect(await readdir(work)).toEqual(['sub']);
  });
});
