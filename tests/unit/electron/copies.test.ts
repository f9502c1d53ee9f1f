import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportDocx } from '../../../shared/docx';
import { serializeApplication } from '../../../shared/model/load';
import type { Application } from '../../../shared/model/schema';
import { DEFAULT_PROGRAMME } from '../../../shared/program';
import { fixtureApp, makeWindow, tempDir } from './support';

let dirs: { dir: string; cleanup: () => Promise<void> };
let app: Application;
beforeEach(async () => {
  dirs = await tempDir();
  app = await fixtureApp();
});
afterEach(() => dirs.cleanup());

describe('opening an exported DOCX', () => {
  it('restores its application as a new unsaved document and leaves the DOCX alone', async () => {
    const { handlers } = makeWindow(join(dirs.dir, 'data'), dirs.dir);
    const path = join(dirs.dir, 'Ansökan.docx');
    const { bytes } = await exportDocx(app, DEFAULT_PROGRAMME, { draft: false });
    await writeFile(path, bytes);
    const r = await handlers['file:open']({ path });
    expect(r).toMatchObject({ status: 'restored', sourcePath: path, notice: null });
    if (r.status === 'restored') expect(r.application).toEqual(app);
    expect(Buffer.compare(await readFile(path), Buffer.from(bytes))).toBe(0);
    // Not held: another window may open it too.
    expect(handlers.session.locks.holds(path)).toBe(false);
  });

  it('a DOCX that is not from the app gets a clear sentence', async () => {
    const { handlers } = makeWindow(join(dirs.dir, 'data'), dirs.dir);
    const path = join(dirs.dir, 'annat.docx');
    await writeFile(path, Buffer.from('PK\u0003\u0004 inte riktigt en zip'));
    const r = await handlers['file:open']({ path });
    expect(r).toMatchObject({ status: 'error' });
    if (r.status === 'error') expect(r.message.sv).toBe('"annat.docx" kunde inte öppnas.\nFilen är inte ett Word-dokument eller är skadad.');
  });
});

describe('copies for the partner', () => {
  it('saves a copy where the user chooses without touching the document or its lock', async () => {
    const { handlers, queues, seen } = makeWindow(join(dirs.dir, 'data'), dirs.dir);
    const mine = join(dirs.dir, 'Vår.simansokan');
    queues.save.push(mine);
    expect(await handlers['file:saveAs']({ application: app })).toMatchObject({ status: 'saved' });
    const copy = join(dirs.dir, 'Till regionen');
    queues.save.push(copy);
    const r = await handlers['file:saveCopy']({ application: app, suggestedName: 'Till regionen' });
    expect(r).toEqual({ status: 'saved', path: `${copy}.simansokan` });
    expect(seen.save[1]!.title).toBe('Spara en kopia till samverkansparten');
    expect(await readFile(`${copy}.simansokan`, 'utf8')).toBe(serializeApplication(app));
    expect(handlers.session.locks.holds(mine)).toBe(true);
    expect(handlers.session.locks.holds(`${copy}.simansokan`)).toBe(false);
    // The document's own file is refused as the copy's name.
    queues.save.push(mine);
    expect(await handlers['file:saveCopy']({ application: app })).toMatchObject({ status: 'error' });
  });

  it('reads the partner\'s version, as an application file or an exported DOCX, without opening it as the document', async () => {
    const { handlers, queues } = makeWindow(join(dirs.dir, 'data'), dirs.dir);
    const theirs = { ...app, needs: { ...app.needs, sources: 'Regionens källor' } };
    const file = join(dirs.dir, 'Från regionen.simansokan');
    await writeFile(file, serializeApplication(theirs));
    queues.open.push(file);
    const r = await handlers['file:readCopy']({});
    expect(r).toMatchObject({ status: 'read', path: file, notice: null });
    if (r.status === 'read') expect(r.application.needs.sources).toBe('Regionens källor');
    expect(handlers.session.locks.holds(file)).toBe(false);

    const docx = join(dirs.dir, 'Från regionen.docx');
    await writeFile(docx, (await exportDocx(theirs, DEFAULT_PROGRAMME, { draft: true })).bytes);
    queues.open.push(docx);
    expect(await handlers['file:readCopy']({})).toMatchObject({ status: 'read', path: docx });

    queues.open.push(null);
    expect(await handlers['file:readCopy']({})).toEqual({ status: 'cancelled' });
  });
});

describe('who is working', () => {
  it('keeps the user\'s name and acting party per application in the settings, and reads older settings', async () => {
    const data = join(dirs.dir, 'data');
    const first = makeWindow(data, dirs.dir).handlers;
    await first['settings:set']({ language: 'en' });
    const s = await first['settings:set']({ userName: ' Anna Berg ', actingFor: { applicationId: app.id, partyId: app.parties[0]!.id } });
    expect(s).toEqual({ language: 'en', userName: 'Anna Berg', actingFor: { [app.id]: app.parties[0]!.id } });
    // A new window reads them back from disk.
    expect(await makeWindow(data, dirs.dir).handlers['settings:get']({})).toEqual(s);
    // A settings file from before these fields keeps its language.
    await writeFile(join(data, 'settings.json'), '{ "language": "en" }\n');
    expect(await makeWindow(data, dirs.dir).handlers['settings:get']({})).toEqual({ language: 'en', userName: '', actingFor: {} });
  });
});
