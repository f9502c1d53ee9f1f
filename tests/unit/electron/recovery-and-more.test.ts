import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Application } from '../../../shared/model/schema';
import { createDispatcher } from '../../../electron/handlers';
import { makeWindow, openWorkspace, sv } from './support';

let userData: string;
let work: string;
let app: Application;
let cleanup: () => Promise<void>;
beforeEach(async () => void ({ userData, work, app, cleanup } = await openWorkspace()));
afterEach(() => cleanup());

const titled = (title: string): Application => ({ ...app, project: { ...app.project, title } });

describe('recovery copies', () => {
  it('offers each unsaved draft after a restart, newest first, and restores or discards it', async () => {
    let now = new Date('2025-03-01T10:00:00Z');
    const a = makeWindow(userData, work, { clock: () => now });
    const d1 = randomUUID();
    const d2 = randomUUID();
    await a.handlers['recovery:write']({ draftId: d1, filePath: null, application: titled('Första') });
    now = new Date('2025-03-01T10:05:00Z');
    // The window's document, as if opened there.
    a.handlers.session.grants.grantWrite(join(work, 'x.simansokan'));
    await a.handlers['recovery:write']({ draftId: d2, filePath: join(work, 'x.simansokan'), application: titled('Andra') });
    // The writing window does not offer its own live drafts.
    expect((await a.handlers['recovery:list']({})).drafts).toEqual([]);

    const b = makeWindow(userData, work);
    expect((await b.handlers['recovery:list']({})).drafts).toEqual([
      { draftId: d2, title: 'Andra', savedAt: '2025-03-01T10:05:00.000Z', filePath: join(work, 'x.simansokan') },
      { draftId: d1, title: 'Första', savedAt: '2025-03-01T10:00:00.000Z', filePath: null },
    ]);
    const restored = await b.handlers['recovery:restore']({ draftId: d1 });
    expect(restored).toEqual({ status: 'restored', application: titled('Första'), filePath: null });
    expect(await b.handlers['recovery:discard']({ draftId: d2 })).toEqual({ status: 'discarded' });
    expect(await readdir(join(userData, 'recovery'))).toEqual([`${d1}.json`]);
    expect(sv(await b.handlers['recovery:restore']({ draftId: d2 }))).toContain('finns inte längre eller är skadad');
  });

  it('a window closed on purpose takes its recovery copies with it; one that crashed leaves them', async () => {
    const a = makeWindow(userData, work);
    const d = randomUUID();
    await a.handlers['recovery:write']({ draftId: d, filePath: null, application: app });
    await a.handlers.dispose();
    expect((await makeWindow(userData, work).handlers['recovery:list']({})).drafts).toHaveLength(1);
    const b = makeWindow(userData, work);
    await b.handlers['recovery:write']({ draftId: d, filePath: null, application: app });
    await b.handlers.closeWindow();
    expect((await makeWindow(userData, work).handlers['recovery:list']({})).drafts).toEqual([]);
  });

  it('skips damaged or foreign files in the recovery folder', async () => {
    await mkdir(join(userData, 'recovery'), { recursive: true });
    await writeFile(join(userData, 'recovery', `${randomUUID()}.json`), '{"trasig');
    await writeFile(join(userData, 'recovery', 'anteckning.txt'), 'hej');
    const w = makeWindow(userData, work);
    expect((await w.handlers['recovery:list']({})).drafts).toEqual([]);
  });

  it('the recovery file is readable JSON that names what it holds', async () => {
    const w = makeWindow(userData, work, { clock: () => new Date('2025-03-01T10:00:00Z') });
    const d = randomUUID();
    await w.handlers['recovery:write']({ draftId: d, filePath: null, application: app });
    const saved = JSON.parse(await readFile(join(userData, 'recovery', `${d}.json`), 'utf8'));
    expect(saved).toMatchObject({ format: 'sim-ansokan-recovery', draftId: d, title: app.project.title, savedAt: '2025-03-01T10:00:00.000Z' });
    expect(saved.application).toEqual(app);
  });
});

describe('settings, example, help links, window state', () => {
  it('keeps the language across restarts and tells main about a change', async () => {
    const changes: string[] = [];
    const w = makeWindow(userData, work, { onSettingsChanged: (s) => void changes.push(s.language) });
    expect(await w.handlers['settings:get']({})).toEqual({ language: 'sv', userName: '', actingFor: {} });
    expect(await w.handlers['settings:set']({ language: 'en' })).toEqual({ language: 'en', userName: '', actingFor: {} });
    expect(changes).toEqual(['en']);
    expect(await makeWindow(userData, work).handlers['settings:get']({})).toEqual({ language: 'en', userName: '', actingFor: {} });
    // Dialogs follow the language.
    await w.handlers['file:open']({});
    expect(w.seen.open[0]!.title).toBe('Open application');
  });

  it('opens the example as a new, unsaved application with its own id', async () => {
    const w = makeWindow(userData, work, { clock: () => new Date('2025-03-01T10:00:00Z') });
    const r = await w.handlers['example:open']({});
    if (r.status !== 'opened') throw new Error();
    expect(r.application.project.title).toBe(app.project.title);
    expect(r.application.id).not.toBe(app.id);
    expect(r.application.createdAt).toBe('2025-03-01T10:00:00.000Z');
    expect({ ...r.application, id: app.id, createdAt: app.createdAt, updatedAt: app.updatedAt }).toEqual(app);
  });

  it('opens only allow-listed https help links', async () => {
    const w = makeWindow(userData, work);
    expect(await w.handlers['help:openLink']({ url: 'https://www.vgregion.se/sociala-investeringar' })).toEqual({ status: 'opened' });
    for (const url of ['http://www.vgregion.se/', 'https://evil.example/', 'https://www.vgregion.se.evil.example/', 'file:///etc/passwd', 'https://user@www.vgregion.se/', 'javascript:alert(1)']) {
      expect(await w.handlers['help:openLink']({ url }), url).toEqual({ status: 'refused' });
    }
    expect(w.shell.external).toEqual(['https://www.vgregion.se/sociala-investeringar']);
  });

  it('passes the document state to the window', async () => {
    const states: unknown[] = [];
    const w = makeWindow(userData, work, { setDocumentState: (s) => void states.push(s) });
    await w.handlers['window:setDocumentState']({ title: 'T', filePath: null, dirty: true });
    expect(states).toEqual([{ title: 'T', filePath: null, dirty: true }]);
  });
});

describe('dispatcher', () => {
  it('parses every request with its schema and answers a bad one with a sentence, never a throw', async () => {
    const w = makeWindow(userData, work);
    const logs: string[] = [];
    const dispatch = createDispatcher(w.handlers, (m) => void logs.push(m));
    expect(await dispatch('settings:get', {})).toEqual({ language: 'sv', userName: '', actingFor: {} });
    const bad = await dispatch('file:save', { path: '', application: app, expectedMtimeMs: 'igår' });
    expect(bad).toEqual({
      status: 'error',
      message: {
        sv: 'Programmet skickade en felaktig begäran (file:save) och den utfördes inte. Dina ändringar finns kvar.',
        en: 'The app sent an invalid request (file:save) and it was not carried out. Your edits are still there.',
      },
    });
    expect(sv(await dispatch('file:delete', {}))).toContain('felaktig begäran');
    expect(sv(await dispatch('__proto__', {}))).toContain('felaktig begäran');
    expect(sv(await dispatch('settings:set', { language: 'de' }))).toContain('felaktig begäran');
    expect(sv(await dispatch('file:open', { path: '/x', extra: 1 }))).toContain('felaktig begäran');
    expect(logs).toHaveLength(5);
  });

  it('turns an unexpected exception in a handler into a sentence', async () => {
    const w = makeWindow(userData, work, { exampleText: () => Promise.reject(new TypeError('boom')) });
    const r = await createDispatcher(w.handlers)('example:open', {});
    expect(sv(r)).toContain('Något oväntat gick fel i programmet. Dina ändringar finns kvar');
  });
});

describe('export to Word', () => {
  it('refuses a signature-ready export while there are errors, and lists them', async () => {
    const w = makeWindow(userData, work);
    const broken: Application = { ...app, parties: app.parties.map((p, i) => (i === 0 ? { ...p, orgNumber: '123' } : p)) };
    const r = await w.handlers['export:docx']({ application: broken, draft: false });
    expect(r.status).toBe('refused');
    if (r.status !== 'refused') throw new Error();
    expect(r.issues.some((i) => i.severity === 'error' && i.step === 'parties')).toBe(true);
    expect(w.seen.save).toEqual([]);
  });

  it('exports the complete application, offers to open it, and opens it on request', async () => {
    const w = makeWindow(userData, work);
    const target = join(work, 'ansokan.docx');
    w.queues.save.push(target);
    w.queues.message.push(0);
    const r = await w.handlers['export:docx']({ application: app, draft: false });
    expect(r).toEqual({ status: 'exported', path: target });
    expect(w.seen.save[0]!.defaultPath).toBe(join(work, 'Tillsammans för Dalslands barn – tidigt samordnat stöd.docx'));
    const bytes = await readFile(target);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(w.seen.message[0]!.message).toBe('Word-dokumentet "ansokan.docx" är sparat.');
    expect(w.seen.message[0]!.buttons).toEqual(['Öppna dokumentet', 'Visa i mappen', 'Stäng']);
    expect(w.shell.opened).toEqual([target]);
  });

  it('a draft export is allowed with errors, is named as a draft, and can show the folder', async () => {
    const w = makeWindow(userData, work);
    const empty: Application = { ...app, project: { ...app.project, title: 'CON' } };
    w.queues.save.push(join(work, 'utkast'));
    w.queues.message.push(1);
    const r = await w.handlers['export:docx']({ application: empty, draft: true });
    expect(r).toEqual({ status: 'exported', path: join(work, 'utkast.docx') });
    // "CON" cannot be a file name on Windows.
    expect(w.seen.save[0]!.defaultPath).toBe(join(work, 'SIM-ansökan (utkast).docx'));
    expect(w.shell.shown).toEqual([join(work, 'utkast.docx')]);
  });

  it('a cancelled save dialog exports nothing', async () => {
    const w = makeWindow(userData, work);
    expect(await w.handlers['export:docx']({ application: app, draft: true })).toEqual({ status: 'cancelled' });
    expect(await readdir(work)).toEqual([]);
  });
});
