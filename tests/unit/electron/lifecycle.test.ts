import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { copyFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, fixtureApp, tempDir } from './support';
import { FakeWindow, fake } from './electron-fake';
import { quiescent } from '../../support/quiescent';

/**
 * The real main process (main.ts, windows.ts, quit.ts, the IPC binding and the handlers) on an `electron`
 * whose app and windows follow Electron's order of events (see electron-fake.ts), with real files.
 */
// The worker script is built beside main.js; running from source, the file is read in place instead
// (the worker itself is tested in tests/unit/docx and tests/unit/electron/open-off-thread tests).
vi.mock('../../../electron/open-off-thread', async () => {
  const { openApplicationBytes } = await import('../../../shared/docx/open');
  return { WORKER_HEAP_MB: 512, openOffThread: () => async (bytes: Uint8Array) => openApplicationBytes(bytes) };
});

vi.mock('electron', async () => (await import('./electron-fake')).electronModule);

let tmp: { dir: string; cleanup: () => Promise<void> };

beforeEach(async () => {
  tmp = await tempDir('sim-life-');
  fake.reset();
  fake.app.paths.userData = join(tmp.dir, 'userData');
  fake.app.paths.documents = join(tmp.dir, 'docs');
  await mkdir(fake.app.paths.documents, { recursive: true });
  // Electron's process has it; Node's does not.
  Object.assign(process, { resourcesPath: join(tmp.dir, 'resources') });
  vi.resetModules();
});
afterEach(() => tmp.cleanup());

/** Starts the app as Electron would; returns its first window. */
async function start(): Promise<FakeWindow> {
  await import('../../../electron/main');
  await vi.waitFor(() => expect(FakeWindow.all).toHaveLength(1));
  FakeWindow.all[0]!.webContents.emit('did-finish-load');
  return FakeWindow.all[0]!;
}

/** More windows, as a second document opened with no window focused would give. */
async function moreWindows(n: number): Promise<FakeWindow[]> {
  const { AppWindows } = await import('../../../electron/windows');
  const instance = (AppWindows as unknown as { last?: { create(): unknown } }).last;
  if (!instance) throw new Error('no AppWindows');
  for (let i = 0; i < n; i++) instance.create();
  const added = FakeWindow.all.slice(-n);
  for (const w of added) w.webContents.emit('did-finish-load');
  return added;
}

const edited = (win: FakeWindow, title = 'Dalslands barn') => fake.invoke(win, 'window:setDocumentState', { title, filePath: null, dirty: true });
const clean = (win: FakeWindow, filePath: string | null = null) => fake.invoke(win, 'window:setDocumentState', { title: 'T', filePath, dirty: false });
const promptFor = async (win: FakeWindow) => {
  await vi.waitFor(() => expect(fake.prompts.map((p) => p.win)).toContain(win));
  return fake.prompts.find((p) => p.win === win)!;
};
const settle = quiescent;

vi.mock('../../../electron/windows', async (orig) => {
  const m = await orig<typeof import('../../../electron/windows')>();
  class Recorded extends m.AppWindows {
    static last: Recorded | undefined;
    constructor(...args: ConstructorParameters<typeof m.AppWindows>) {
      super(...args);
      Recorded.last = this;
    }
  }
  return { ...m, AppWindows: Recorded };
});

describe('quitting with unsaved windows', () => {
  it('asks once per unsaved window, one prompt at a time, and quits when each has its answer', async () => {
    const a = await start();
    const [b, c] = await moreWindows(2);
    await edited(a, 'Dalslands barn');
    await edited(c!, 'Tranemo läser');
    fake.app.quit();
    // Nothing has closed: a window closing now would end its own prompt.
    const first = await promptFor(a);
    expect(first.options.message).toBe('Vill du spara ändringarna i "Dalslands barn"?');
    expect(FakeWindow.open()).toHaveLength(3);
    expect(fake.prompts).toHaveLength(1);
    first.answer(1); // Spara inte
    const second = await promptFor(c!);
    expect(second.options.message).toBe('Vill du spara ändringarna i "Tranemo läser"?');
    expect(fake.prompts).toHaveLength(1);
    second.answer(1);
    await vi.waitFor(() => expect(fake.app.exited).toBe(true));
    expect(fake.promptsShown).toBe(2);
    expect(FakeWindow.open()).toEqual([]);
    expect(b!.destroyed).toBe(true);
  });

  it('Avbryt in any prompt keeps every window open and the app running; quitting again asks again', async () => {
    const a = await start();
    const [b] = await moreWindows(1);
    await edited(a);
    await edited(b!);
    fake.app.quit();
    (await promptFor(a)).answer(1);
    (await promptFor(b!)).answer(2); // Avbryt
    await settle();
    expect(FakeWindow.open()).toHaveLength(2);
    expect(fake.app.exited).toBe(false);
    expect(fake.prompts).toEqual([]);

    fake.app.quit();
    (await promptFor(a)).answer(1);
    (await promptFor(b!)).answer(1);
    await vi.waitFor(() => expect(fake.app.exited).toBe(true));
    expect(fake.promptsShown).toBe(4);
  });

  it('a second Quit while a prompt is open does not open another prompt over it', async () => {
    const a = await start();
    await edited(a);
    fake.app.quit();
    const prompt = await promptFor(a);
    fake.app.quit();
    fake.app.quit();
    await settle();
    expect(fake.promptsShown).toBe(1);
    prompt.answer(1);
    await vi.waitFor(() => expect(fake.app.exited).toBe(true));
  });

  it('a window already asking because it was closed answers for the quit too: no second prompt', async () => {
    const a = await start();
    const [b] = await moreWindows(1);
    await edited(a);
    a.close();
    const prompt = await promptFor(a);
    fake.app.quit();
    await settle();
    expect(fake.promptsShown).toBe(1);
    prompt.answer(1);
    await vi.waitFor(() => expect(fake.app.exited).toBe(true));
    expect(b!.destroyed).toBe(true);
    expect(fake.promptsShown).toBe(1);
  });

  it('a window destroyed under its prompt (its sheet ends, answering Avbryt) does not lose the quit', async () => {
    const a = await start();
    const [b] = await moreWindows(1);
    await edited(a);
    await edited(b!);
    fake.app.quit();
    await promptFor(a);
    a.destroy();
    (await promptFor(b!)).answer(1);
    await vi.waitFor(() => expect(fake.app.exited).toBe(true));
  });

  it('Spara saves through the renderer and then quits; a save that does not happen keeps the app running', async () => {
    const a = await start();
    await edited(a);
    fake.app.quit();
    (await promptFor(a)).answer(0); // Spara
    await vi.waitFor(() => expect(a.webContents.sent).toContainEqual({ type: 'menu', command: 'save' }));
    // The person cancels the Save As dialog: the renderer's saveAs comes back cancelled.
    await fake.invoke(a, 'file:saveAs', { application: {} });
    await settle();
    expect(fake.app.exited).toBe(false);
    expect(a.destroyed).toBe(false);

    fake.app.quit();
    (await promptFor(a)).answer(0);
    await vi.waitFor(() => expect(a.webContents.sent.filter((e) => JSON.stringify(e).includes('"save"'))).toHaveLength(2));
    // This time the person picks a file in the Save As dialog: main writes it and hands the path to the window.
    const saved = join(fake.app.paths.documents!, 't.simansokan');
    const { electronModule } = await import('./electron-fake');
    vi.mocked(electronModule.dialog.showSaveDialog).mockResolvedValueOnce({ canceled: false, filePath: saved } as never);
    expect(await fake.invoke(a, 'file:saveAs', { application: await fixtureApp() })).toMatchObject({ status: 'saved' });
    await clean(a, saved);
    await vi.waitFor(() => expect(fake.app.exited).toBe(true));
  });

  it('a window edited while another window’s prompt is up is asked about too', async () => {
    const a = await start();
    const [b] = await moreWindows(1);
    await edited(a);
    fake.app.quit();
    const prompt = await promptFor(a);
    await edited(b!, 'Nytt utkast');
    prompt.answer(1);
    const second = await promptFor(b!);
    expect(second.options.message).toBe('Vill du spara ändringarna i "Nytt utkast"?');
    expect(FakeWindow.open()).toHaveLength(2);
    second.answer(1);
    await vi.waitFor(() => expect(fake.app.exited).toBe(true));
  });
});

describe('quitting waits for cleanup', () => {
  async function openDocument(win: FakeWindow): Promise<string> {
    const path = join(fake.app.paths.documents!, 'Dalsland.simansokan');
    await copyFile(join(FIXTURES, 'complete.simansokan'), path);
    // Handed over as a double-click is (open-file / argv): main grants the path, then the renderer opens it.
    const { AppWindows } = await import('../../../electron/windows');
    (AppWindows as unknown as { last: { openFile(p: string): void } }).last.openFile(path);
    expect(await fake.invoke(win, 'file:open', { path })).toMatchObject({ status: 'opened' });
    expect(existsSync(`${path}.lock`)).toBe(true);
    return path;
  }

  it('the lock beside an open document is gone before the process ends', async () => {
    const a = await start();
    const path = await openDocument(a);
    let lockAtQuit: boolean | undefined;
    fake.app.on('quit', () => (lockAtQuit = existsSync(`${path}.lock`)));
    fake.app.quit();
    await vi.waitFor(() => expect(fake.app.exited).toBe(true));
    expect(lockAtQuit).toBe(false);
    // will-quit was held once for the cleanup, then the quit went through.
    expect(fake.app.events).toEqual(['before-quit (prevented)', 'before-quit', 'will-quit (prevented)', 'before-quit', 'will-quit', 'quit']);
  });

  it('closing the last window (Windows, Linux) quits only after its lock and recovery copy are dealt with', async () => {
    const a = await start();
    const path = await openDocument(a);
    const draftId = '0b7d2c55-7d7e-4a55-9a53-8f0b6a6e0c21';
    await fake.invoke(a, 'recovery:write', { draftId, filePath: path, application: await fixtureApp() });
    const copy = join(fake.app.paths.userData!, 'recovery', `${draftId}.json`);
    expect(existsSync(copy)).toBe(true);
    let atQuit: { lock: boolean; copy: boolean } | undefined;
    fake.app.on('quit', () => (atQuit = { lock: existsSync(`${path}.lock`), copy: existsSync(copy) }));
    a.close();
    await vi.waitFor(() => expect(fake.app.exited).toBe(true));
    // Closed clean, on purpose: nothing to recover, nothing locked.
    expect(atQuit).toEqual({ lock: false, copy: false });
  });

  it('Spara inte at quit removes that window’s recovery copy; a window destroyed without an answer keeps its copy', async () => {
    const a = await start();
    const [b] = await moreWindows(1);
    const idA = '0b7d2c55-7d7e-4a55-9a53-8f0b6a6e0c31';
    const idB = '0b7d2c55-7d7e-4a55-9a53-8f0b6a6e0c32';
    const app = await fixtureApp();
    await fake.invoke(a, 'recovery:write', { draftId: idA, filePath: null, application: app });
    await fake.invoke(b!, 'recovery:write', { draftId: idB, filePath: null, application: app });
    await edited(a);
    await edited(b!);
    fake.app.quit();
    (await promptFor(a)).answer(1);
    await promptFor(b!);
    b!.destroy();
    await vi.waitFor(() => expect(fake.app.exited).toBe(true));
    const dir = join(fake.app.paths.userData!, 'recovery');
    expect(existsSync(join(dir, `${idA}.json`))).toBe(false);
    expect(existsSync(join(dir, `${idB}.json`))).toBe(true);
  });
});
