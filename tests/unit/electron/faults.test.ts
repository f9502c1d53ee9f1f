import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { serializeApplication } from '../../../shared/model/load';
import type { Application } from '../../../shared/model/schema';
import { nodeFileOps, type FileOps } from '../../../electron/handlers';
import { failingOps, fixtureApp, makeWindow, sv, tempDir } from './support';

let dirs: { dir: string; cleanup: () => Promise<void> }[] = [];
let userData: string;
let work: string;
let app: Application;
let path: string;
const draftId = randomUUID();

beforeEach(async () => {
  dirs = [await tempDir('sim-ud-'), await tempDir('sim-work-')];
  userData = dirs[0]!.dir;
  work = dirs[1]!.dir;
  app = await fixtureApp();
  path = join(work, 'ansokan.simansokan');
  await writeFile(path, serializeApplication(app));
});
afterEach(() => Promise.all(dirs.map((d) => d.cleanup())));

const edited = (): Application => ({ ...app, project: { ...app.project, title: 'Osparad ändring' } });

/** Open the file, write a recovery copy of an edit, then save with file operations that fail. */
async function saveFailing(ops: FileOps) {
  const w = makeWindow(userData, work, { fileOps: ops });
  const opened = await w.handlers['file:open']({ path });
  if (opened.status !== 'opened') throw new Error(JSON.stringify(opened));
  // Recovery goes to userData, which still works: only the document's folder fails.
  expect(await w.handlers['recovery:write']({ draftId, filePath: path, application: edited() })).toEqual({ status: 'written' });
  const original = await readFile(path, 'utf8');
  const r = await w.handlers['file:save']({ path, application: edited(), expectedMtimeMs: opened.file.mtimeMs });
  expect(r.status).toBe('error');
  // The original is untouched, no temporary file is left, and the recovery copy still holds the edit.
  expect(await readFile(path, 'utf8')).toBe(original);
  expect((await readdir(work)).filter((n) => !/\.(lock|bak)$/.test(n))).toEqual(['ansokan.simansokan']);
  const restored = await makeWindow(userData, work).handlers['recovery:restore']({ draftId });
  expect(restored).toMatchObject({ status: 'restored', application: { project: { title: 'Osparad ändring' } }, filePath: path });
  return sv(r);
}

const inWork = (p: string) => p.startsWith(work);

describe('a save that fails keeps the original and the recovery copy', () => {
  it('no space left on the disk', async () => {
    const msg = await saveFailing(failingOps('ENOSPC', ['writeAtomic'], inWork));
    expect(msg).toBe(
      '"ansokan.simansokan" kunde inte sparas: det finns inte tillräckligt med ledigt utrymme på disken. Originalfilen är oförändrad och dina ändringar finns kvar i programmet.',
    );
  });

  it('no permission to write in the folder', async () => {
    const msg = await saveFailing(failingOps('EACCES', ['writeAtomic', 'copyFile'], inWork));
    expect(msg).toContain('kunde inte sparas: du saknar behörighet att skriva i den mappen.');
  });

  it('a read-only drive', async () => {
    const msg = await saveFailing(failingOps('EROFS', ['writeAtomic', 'copyFile'], inWork));
    expect(msg).toContain('enheten är skrivskyddad');
  });

  it('the backup cannot be made: the save is not attempted', async () => {
    const msg = await saveFailing(failingOps('ENOSPC', ['copyFile'], inWork));
    expect(msg).toContain('ledigt utrymme');
  });

  it('a file held by another program on Windows (EBUSY that does not go away)', async () => {
    const msg = await saveFailing(failingOps('EBUSY', ['writeAtomic'], inWork));
    expect(msg).toContain('filen används av ett annat program');
  });

  it('the folder is gone (a disconnected network drive)', async () => {
    const w = makeWindow(userData, work);
    const sub = join(work, 'nätverksenhet');
    await mkdir(sub);
    const p = join(sub, 'x.simansokan');
    await writeFile(p, serializeApplication(app));
    const opened = await w.handlers['file:open']({ path: p });
    if (opened.status !== 'opened') throw new Error();
    await w.handlers['recovery:write']({ draftId, filePath: p, application: edited() });
    await rm(sub, { recursive: true });
    const r = await w.handlers['file:save']({ path: p, application: edited(), expectedMtimeMs: opened.file.mtimeMs });
    expect(sv(r)).toContain('"x.simansokan" kunde inte sparas: mappen finns inte längre');
    expect((await w.handlers['recovery:list']({})).drafts).toEqual([]); // still live in this window
    expect((await makeWindow(userData, work).handlers['recovery:list']({})).drafts).toMatchObject([{ draftId, filePath: p }]);
  });
});

describe('transient Windows errors', () => {
  it('retries a rename that fails a few times with EPERM/EBUSY and then succeeds', async () => {
    let failures = 0;
    const flaky: FileOps = {
      ...nodeFileOps,
      writeAtomic: async (p, d) => {
        if (failures < 3) {
          failures++;
          throw Object.assign(new Error('busy'), { code: failures % 2 ? 'EPERM' : 'EBUSY' });
        }
        return nodeFileOps.writeAtomic(p, d);
      },
    };
    const w = makeWindow(userData, work, { fileOps: flaky });
    const opened = await w.handlers['file:open']({ path });
    if (opened.status !== 'opened') throw new Error();
    const r = await w.handlers['file:save']({ path, application: edited(), expectedMtimeMs: opened.file.mtimeMs });
    expect(r.status).toBe('saved');
    expect(failures).toBe(3);
  });
});

describe('recovery and export writes that fail', () => {
  it('a recovery copy that cannot be written says so and keeps the edits', async () => {
    const w = makeWindow(userData, work, { fileOps: failingOps('ENOSPC', ['writeAtomic'], (p) => p.startsWith(userData)) });
    const r = await w.handlers['recovery:write']({ draftId, filePath: null, application: edited() });
    expect(sv(r)).toBe(
      'Återställningskopian kunde inte skrivas: det finns inte tillräckligt med ledigt utrymme på disken. Dina ändringar finns kvar i programmet; spara dem med Arkiv › Spara.',
    );
  });

  it('an export over a document open in Word says what to do', async () => {
    const w = makeWindow(userData, work, { fileOps: failingOps('EPERM', ['writeAtomic'], (p) => p.endsWith('.docx')) });
    w.queues.save.push(join(work, 'ansokan.docx'));
    const r = await w.handlers['export:docx']({ application: app, draft: true });
    expect(sv(r)).toContain('eller så är dokumentet öppet i ett annat program (till exempel Word)');
    expect(await readdir(work)).toEqual(['ansokan.simansokan']);
  });
});
