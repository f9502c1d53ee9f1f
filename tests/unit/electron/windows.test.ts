import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { MAIN_EVENT_CHANNEL } from '../../../shared/ipc/contract';
import { tempDir } from './support';
import { quiescent } from '../../support/quiescent';

class FakeContents extends EventEmitter {
  static nextId = 1;
  id = FakeContents.nextId++;
  sent: [string, unknown][] = [];
  send(channel: string, payload: unknown) {
    this.sent.push([channel, payload]);
  }
  reload = vi.fn();
}

class FakeWindow extends EventEmitter {
  static all: FakeWindow[] = [];
  webContents = new FakeContents();
  title = '';
  destroyed = false;
  loadURL = vi.fn(async () => undefined);
  focus = vi.fn();
  show = vi.fn();
  restore = vi.fn();
  isMinimized = () => false;
  isDestroyed = () => this.destroyed;
  setDocumentEdited = vi.fn();
  setRepresentedFilename = vi.fn();
  constructor(public options: Record<string, unknown>) {
    super();
    FakeWindow.all.push(this);
  }
  setTitle(t: string) {
    this.title = t;
  }
  /** Like Electron: 'close' may be prevented; otherwise the window goes and 'closed' follows. */
  close() {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) {
      this.destroyed = true;
      this.emit('closed');
    }
    return prevented;
  }
  static getFocusedWindow = () => null;
}

const m = vi.hoisted(() => ({
  showMessageBox: vi.fn(),
  setApplicationMenu: vi.fn(),
  quit: vi.fn(),
  addRecentDocument: vi.fn(),
}));

// The worker script is built beside main.js; running from source, the file is read in place instead
// (the worker itself is tested in tests/unit/docx and tests/unit/electron/open-off-thread tests).
vi.mock('../../../electron/open-off-thread', async () => {
  const { openApplicationBytes } = await import('../../../shared/docx/open');
  return { WORKER_HEAP_MB: 512, openOffThread: () => async (bytes: Uint8Array) => openApplicationBytes(bytes) };
});

vi.mock('electron', () => ({
  BrowserWindow: FakeWindow,
  Menu: { setApplicationMenu: m.setApplicationMenu, buildFromTemplate: (t: unknown) => t },
  app: { quit: m.quit, addRecentDocument: m.addRecentDocument, on: vi.fn() },
  dialog: { showMessageBox: m.showMessageBox, showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
  shell: { openPath: vi.fn(), showItemInFolder: vi.fn(), openExternal: vi.fn() },
  protocol: { handle: vi.fn(), registerSchemesAsPrivileged: vi.fn() },
  session: {},
}));

const { AppWindows, filesFromArgv } = await import('../../../electron/windows');

let tmp: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  tmp = await tempDir('sim-win-');
  FakeWindow.all = [];
  vi.clearAllMocks();
});
afterEach(() => tmp.cleanup());

async function setup(isMac = false) {
  const w = new AppWindows({ userDataDir: tmp.dir, documentsDir: tmp.dir, exampleText: '', dev: false, isMac });
  await w.init();
  const e = w.create();
  // The documents these tests name, as if the window had opened them: main names only files it handed out.
  for (const p of ['/docs/dalsland.simansokan', '/docs/t.simansokan']) e.handlers.session.grants.grantWrite(p);
  const win = FakeWindow.all[0]!;
  const dispatch = (channel: string, req: unknown) => w.dispatcherFor(win.webContents.id)!(channel, req);
  return { w, e, win, dispatch };
}

describe('windows', () => {
  it('are created with the locked-down web preferences and load the app page', async () => {
    const { win } = await setup();
    expect(win.options.webPreferences).toEqual({
      // out/main/main.js loads out/preload/preload.js.
      preload: expect.stringMatching(/[\\/]preload[\\/]preload\.js$/),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      devTools: false,
    });
    expect(win.loadURL).toHaveBeenCalledWith('app://renderer/index.html');
  });

  it('show the document in the title with an edited marker', async () => {
    const { win, dispatch } = await setup();
    await dispatch('window:setDocumentState', { title: 'Dalslands barn', filePath: '/docs/dalsland.simansokan', dirty: true });
    expect(win.title).toBe('• dalsland.simansokan – SIM-ansökan');
    await dispatch('window:setDocumentState', { title: 'Dalslands barn', filePath: '/docs/dalsland.simansokan', dirty: false });
    expect(win.title).toBe('dalsland.simansokan – SIM-ansökan');
  });

  it('hold events for the renderer until its page has loaded', async () => {
    const { w, win } = await setup();
    w.openFile('/docs/a.simansokan');
    expect(win.webContents.sent).toEqual([]);
    win.webContents.emit('did-finish-load');
    expect(win.webContents.sent).toEqual([[MAIN_EVENT_CHANNEL, { type: 'menu', command: { openRecent: '/docs/a.simansokan' } }]]);
    expect(win.focus).toHaveBeenCalled();
  });

  it('close at once when nothing is unsaved', async () => {
    const { win } = await setup();
    expect(win.close()).toBe(false);
    expect(m.showMessageBox).not.toHaveBeenCalled();
  });

  it('ask Spara / Spara inte / Avbryt with unsaved changes; Avbryt keeps the window', async () => {
    const { win, dispatch } = await setup();
    win.webContents.emit('did-finish-load');
    await dispatch('window:setDocumentState', { title: 'Dalslands barn', filePath: null, dirty: true });
    m.showMessageBox.mockResolvedValueOnce({ response: 2 });
    expect(win.close()).toBe(true);
    await vi.waitFor(() => expect(m.showMessageBox).toHaveBeenCalled());
    const [, opts] = m.showMessageBox.mock.calls[0]!;
    expect(opts).toMatchObject({ message: 'Vill du spara ändringarna i "Dalslands barn"?', buttons: ['Spara', 'Spara inte', 'Avbryt'], defaultId: 0, cancelId: 2 });
    await quiescent();
    expect(win.destroyed).toBe(false);
  });

  it('Spara inte closes and takes the window’s recovery copies with it', async () => {
    const { win, dispatch } = await setup();
    const draftId = '0b7d2c55-7d7e-4a55-9a53-8f0b6a6e0c11';
    const { fixtureApp } = await import('./support');
    await dispatch('recovery:write', { draftId, filePath: null, application: await fixtureApp() });
    await dispatch('window:setDocumentState', { title: 'T', filePath: null, dirty: true });
    m.showMessageBox.mockResolvedValueOnce({ response: 1 });
    win.close();
    await vi.waitFor(() => expect(win.destroyed).toBe(true));
    const { readdir } = await import('node:fs/promises');
    await vi.waitFor(async () => expect(await readdir(join(tmp.dir, 'recovery'))).toEqual([]));
  });

  it('Spara asks the renderer to save and closes when it reports clean; a cancelled save keeps it open', async () => {
    const { win, dispatch } = await setup();
    win.webContents.emit('did-finish-load');
    await dispatch('window:setDocumentState', { title: 'T', filePath: null, dirty: true });
    m.showMessageBox.mockResolvedValue({ response: 0 });
    win.close();
    await vi.waitFor(() => expect(win.webContents.sent).toEqual([[MAIN_EVENT_CHANNEL, { type: 'menu', command: 'save' }]]));
    // The renderer's save fails (or its Save As dialog is cancelled): the window stays, and a later clean state does not close it.
    await dispatch('file:saveAs', { application: {} });
    await dispatch('window:setDocumentState', { title: 'T', filePath: null, dirty: false });
    expect(win.destroyed).toBe(false);
    await dispatch('window:setDocumentState', { title: 'T', filePath: null, dirty: true });
    win.close();
    await vi.waitFor(() => expect(win.webContents.sent).toHaveLength(2));
    await dispatch('window:setDocumentState', { title: 'T', filePath: '/docs/t.simansokan', dirty: false });
    await vi.waitFor(() => expect(win.destroyed).toBe(true));
  });

  it('on macOS mark the edited state in the window, not the title', async () => {
    const { win, dispatch } = await setup(true);
    await dispatch('window:setDocumentState', { title: 'T', filePath: '/docs/t.simansokan', dirty: true });
    expect(win.setDocumentEdited).toHaveBeenCalledWith(true);
    expect(win.setRepresentedFilename).toHaveBeenCalledWith('/docs/t.simansokan');
    expect(win.title).toBe('t.simansokan – SIM-ansökan');
  });

  it('restart a crashed renderer, which then offers its recovery copies', async () => {
    const { win, dispatch } = await setup();
    const draftId = '0b7d2c55-7d7e-4a55-9a53-8f0b6a6e0c12';
    const { fixtureApp } = await import('./support');
    await dispatch('recovery:write', { draftId, filePath: null, application: await fixtureApp() });
    expect(await dispatch('recovery:list', {})).toEqual({ drafts: [] });
    win.webContents.emit('render-process-gone', {}, { reason: 'crashed' });
    await vi.waitFor(() => expect(win.webContents.reload).toHaveBeenCalled());
    expect(await dispatch('recovery:list', {})).toMatchObject({ drafts: [{ draftId }] });
  });
});

describe('what all windows share', () => {
  it('one settings store: a window opened before a language change does not write the old language back', async () => {
    const { w, dispatch } = await setup();
    w.create();
    const second = FakeWindow.all[1]!;
    const dispatch2 = (channel: string, req: unknown) => w.dispatcherFor(second.webContents.id)!(channel, req);
    expect(await dispatch2('settings:get', {})).toMatchObject({ language: 'sv' });
    await dispatch('settings:set', { language: 'en' });
    await dispatch2('settings:set', { userName: 'Anna Berg' });
    const { readFile } = await import('node:fs/promises');
    expect(JSON.parse(await readFile(join(tmp.dir, 'settings.json'), 'utf8'))).toMatchObject({ language: 'en', userName: 'Anna Berg' });
    expect(await dispatch2('settings:get', {})).toMatchObject({ language: 'en', userName: 'Anna Berg' });
  });

  it('the recent-files menu lists the file just opened, not the one before', async () => {
    const { dispatch, e } = await setup();
    const { copyFile } = await import('node:fs/promises');
    const { FIXTURES } = await import('./support');
    const recentItems = () => {
      const template = m.setApplicationMenu.mock.calls.at(-1)![0] as { submenu?: { label?: string; submenu?: { label: string }[] }[] }[];
      return template[0]!.submenu!.find((i) => i.label === 'Öppna senaste')!.submenu!.map((i) => i.label);
    };
    for (const name of ['Första.simansokan', 'Andra.simansokan']) {
      const path = join(tmp.dir, name);
      await copyFile(join(FIXTURES, 'complete.simansokan'), path);
      // As a double-click hands it over: main grants the path, the renderer asks to open it.
      e.handlers.grantOpen(path);
      expect(await dispatch('file:open', { path })).toMatchObject({ status: 'opened' });
      await vi.waitFor(() => expect(recentItems()[0]).toContain(`(${name})`));
    }
    expect(recentItems()).toHaveLength(2);
  });
});

describe('command line', () => {
  it('finds .simansokan files among the arguments, relative to the working directory', () => {
    expect(filesFromArgv(['--allow-file-access-from-files', 'a.simansokan', '/x/B.SIMANSOKAN', 'notes.txt'], '/home/anna')).toEqual([
      '/home/anna/a.simansokan',
      '/x/B.SIMANSOKAN',
    ]);
  });

  it('takes an exported .docx too ("Open with" on Windows), as macOS open-file does', () => {
    expect(filesFromArgv(['Ansökan signerad.docx', '/x/Kopia.DOCX', 'bild.png', 'gammal.doc'], '/home/anna')).toEqual([
      '/home/anna/Ansökan signerad.docx',
      '/x/Kopia.DOCX',
    ]);
  });
});
