import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportDocx } from '../../../shared/docx';
import { serializeApplication } from '../../../shared/model/load';
import type { Application } from '../../../shared/model/schema';
import { DEFAULT_PROGRAMME } from '../../../shared/program';
import { makeWindow, openWorkspace, sv } from './support';

/**
 * A compromised renderer names paths; main reads and writes only those it handed to the window itself.
 * `asFromOs: false`: the handlers as the renderer meets them, with no path granted by the test.
 */
let userData: string;
let work: string;
let app: Application;
let cleanup: () => Promise<void>;
beforeEach(async () => void ({ userData, work, app, cleanup } = await openWorkspace()));
afterEach(() => cleanup());

const win = () => makeWindow(userData, work, {}, { asFromOs: false });
const REFUSED = 'som inte har valts eller öppnats i det här fönstret';

/** Paths a renderer might name: existing files of every sort, new ones, the app's own files, other spellings. */
function requestPaths(existing: string[]) {
  const segment = fc.stringMatching(/^[A-Za-zåäö0-9 ._-]{1,12}$/).filter((s) => s !== '.' && s !== '..');
  const fresh = fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => join(work, ...parts));
  const own = fc.constantFrom(join(userData, 'settings.json'), join(userData, 'recent.json'), join(userData, 'recovery', `${randomUUID()}.json`));
  const elsewhere = fc.constantFrom('/etc/passwd', '/tmp/x.simansokan', 'C:\\Users\\anna\\Start Menu\\Programs\\Startup\\a.cmd', 'relativ.simansokan', './a.simansokan');
  return fc.oneof(fc.constantFrom(...existing), fresh, own, elsewhere);
}

async function snapshot(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const d of [work, userData]) {
    for (const name of await readdir(d, { recursive: true })) {
      const p = join(d, name);
      const st = await stat(p);
      // A held lock is touched every 30 s while it is held: its content is what counts.
      if (st.isFile()) out[p] = `${st.size}:${p.endsWith('.lock') ? '' : st.mtimeMs}:${await readFile(p, 'utf8')}`;
    }
  }
  return out;
}

describe('paths never handed out', () => {
  it('are refused by file:open, file:save (even forced), recovery:write and setDocumentState, and nothing changes on disk', async () => {
    const other = join(work, 'annan.simansokan');
    const docx = join(work, 'annan.docx');
    await writeFile(other, serializeApplication(app));
    await writeFile(docx, (await exportDocx(app, DEFAULT_PROGRAMME, { draft: false })).bytes);
    // A window with a document of its own: its grant must not spread to any other path.
    const mine = join(work, 'min.simansokan');
    await writeFile(mine, serializeApplication(app));
    const w = win();
    w.queues.open.push(mine);
    expect((await w.handlers['file:open']({})).status).toBe('opened');
    const before = await snapshot();
    const states: unknown[] = [];
    const watched = makeWindow(userData, work, { setDocumentState: (s) => void states.push(s) }, { asFromOs: false });

    await fc.assert(
      fc.asyncProperty(requestPaths([other, docx, `${mine}.bak`, `${mine}.lock`, `${other}.bak`]), async (path) => {
        for (const h of [w.handlers, watched.handlers]) {
          const results = [
            await h['file:open']({ path }),
            await h['file:save']({ path, application: app, expectedMtimeMs: null, force: true }),
            await h['recovery:write']({ draftId: randomUUID(), filePath: path, application: app }),
            await h['window:setDocumentState']({ title: 'x', filePath: path, dirty: true }),
          ];
          for (const r of results) expect(sv(r)).toContain(REFUSED);
        }
      }),
      { numRuns: 60 },
    );
    expect(states).toEqual([]);
    expect(await snapshot()).toEqual(before);
    expect(watched.handlers.session.locks.heldPaths()).toEqual([]);
  });

  it("a file the OS handed to one window is not another window's", async () => {
    const path = join(work, 'a.docx');
    await writeFile(path, (await exportDocx(app, DEFAULT_PROGRAMME, { draft: false })).bytes);
    const a = win();
    const b = win();
    a.handlers.grantOpen(path);
    expect((await a.handlers['file:open']({ path })).status).toBe('restored');
    expect(sv(await b.handlers['file:open']({ path }))).toContain(REFUSED);
  });

  it('a file on main\'s recent list may be opened from any window, as the start screen and Open Recent do', async () => {
    const path = join(work, 'a.simansokan');
    await writeFile(path, serializeApplication(app));
    const a = win();
    a.queues.open.push(path);
    expect((await a.handlers['file:open']({})).status).toBe('opened');
    await a.handlers['file:close']({ path });
    const b = win();
    expect((await b.handlers['file:recent']({})).files.map((f) => f.path)).toEqual([path]);
    expect((await b.handlers['file:open']({ path })).status).toBe('opened');
  });
});

describe('paths main handed out', () => {
  it('a file chosen in the Open dialog may be saved, however . segments spell it; its siblings may not', async () => {
    const path = join(work, 'vald.simansokan');
    await writeFile(path, serializeApplication(app));
    const w = win();
    w.queues.open.push(path);
    const opened = await w.handlers['file:open']({});
    if (opened.status !== 'opened') throw new Error(opened.status);
    expect(await w.handlers['window:setDocumentState']({ title: 't', filePath: path, dirty: true })).toEqual({ status: 'ok' });
    expect(await w.handlers['recovery:write']({ draftId: randomUUID(), filePath: path, application: app })).toEqual({ status: 'written' });
    const saved = await w.handlers['file:save']({ path, application: app, expectedMtimeMs: opened.file.mtimeMs });
    expect(saved.status).toBe('saved');
    // `dir/./name` resolves to the very path handed out, so it is the same grant; a sibling is not.
    expect((await w.handlers['file:save']({ path: join(work, '.', 'vald.simansokan'), application: app, expectedMtimeMs: null, force: true })).status).toBe('saved');
    expect(sv(await w.handlers['file:save']({ path: join(work, 'vald2.simansokan'), application: app, expectedMtimeMs: null }))).toContain(REFUSED);
  });

  it('a file the OS handed over may be opened; a DOCX restored from it is never written', async () => {
    const path = join(work, 'Ansökan.docx');
    const bytes = (await exportDocx(app, DEFAULT_PROGRAMME, { draft: false })).bytes;
    await writeFile(path, bytes);
    const w = win();
    expect(sv(await w.handlers['file:open']({ path }))).toContain(REFUSED);
    w.handlers.grantOpen(path);
    expect((await w.handlers['file:open']({ path })).status).toBe('restored');
    expect(sv(await w.handlers['file:save']({ path, application: app, expectedMtimeMs: null, force: true }))).toContain(REFUSED);
    expect(Buffer.compare(await readFile(path), Buffer.from(bytes))).toBe(0);
  });

  it('a file chosen in the Save As dialog, and the file of a restored recovery copy, may be saved', async () => {
    const w = win();
    const path = join(work, 'Ny.simansokan');
    w.queues.save.push(path);
    expect((await w.handlers['file:saveAs']({ application: app })).status).toBe('saved');
    const draftId = randomUUID();
    expect(await w.handlers['recovery:write']({ draftId, filePath: path, application: app })).toEqual({ status: 'written' });
    await w.handlers.dispose();
    // After a crash: a new window restores the copy, and with it the right to save where it belongs.
    const later = win();
    expect(sv(await later.handlers['file:save']({ path: join(work, 'annan.simansokan'), application: app, expectedMtimeMs: null }))).toContain(REFUSED);
    expect(await later.handlers['recovery:restore']({ draftId })).toMatchObject({ status: 'restored', filePath: path });
    expect((await later.handlers['file:save']({ path, application: app, expectedMtimeMs: null, force: true })).status).toBe('saved');
  });
});
