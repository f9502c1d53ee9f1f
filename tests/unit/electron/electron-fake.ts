import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/**
 * A stand-in for the `electron` module whose `app` and `BrowserWindow` follow the order of events of
 * Electron 45 (shell/browser/browser.cc, window_list.cc, api_base_window.cc):
 * - `app.quit()`: ignored while a quit is under way; emits `before-quit` (preventable); then asks every
 *   window to close, all in one pass; with no windows left it goes straight to `will-quit`.
 * - `win.close()`: emits `close` (preventable). Prevented during a quit, the quit is over (the windows that
 *   closed stay closed). Otherwise the window goes: an open sheet on it ends, answering its cancel button,
 *   `closed` follows, and when it was the last window: `will-quit` during a quit, `window-all-closed` otherwise.
 * - `will-quit` prevented ends the quit; a later `app.quit()` starts over with `before-quit`. Not prevented:
 *   `quit`, and the process is gone (`exited`); nothing that was still running gets to finish.
 * - `win.destroy()`: no `close` event, just gone.
 */

const preventable = () => {
  const e = { defaultPrevented: false, preventDefault: () => void (e.defaultPrevented = true) };
  return e;
};

export type Prompt = { win: FakeWindowImpl; options: { message: string; buttons: string[]; cancelId: number }; answer(button: number): void };

class FakeApp extends EventEmitter {
  isPackaged = true;
  /** Every lifecycle event emitted, with whether it was prevented. */
  events: string[] = [];
  exited = false;
  private quitting = false;
  private shutdown = false;
  readonly paths: Record<string, string> = {};
  setName = vi.fn();
  setAppUserModelId = vi.fn();
  addRecentDocument = vi.fn();
  requestSingleInstanceLock = vi.fn(() => true);
  whenReady = vi.fn(async () => undefined);
  isReady = () => true;
  getAppPath = () => '/fake/app';
  getPath = (name: string) => this.paths[name] ?? `/fake/${name}`;
  setPath = vi.fn((name: string, value: string) => void (this.paths[name] = value));

  private emitPreventable(name: string): boolean {
    const e = preventable();
    this.emit(name, e);
    this.events.push(e.defaultPrevented ? `${name} (prevented)` : name);
    return !e.defaultPrevented;
  }

  quit = (): void => {
    if (this.quitting || this.shutdown) return;
    this.quitting = this.emitPreventable('before-quit');
    if (!this.quitting) return;
    const open = FakeWindowImpl.open();
    if (open.length === 0) this.notifyAndShutdown();
    else for (const w of open) if (!w.destroyed) w.close();
  };

  windowCloseCancelled(): void {
    // "Once a beforeunload handler has prevented the closing, we think the quit is cancelled too."
    this.quitting = false;
  }

  windowAllClosed(): void {
    if (this.quitting) this.notifyAndShutdown();
    else {
      this.events.push('window-all-closed');
      this.emit('window-all-closed');
    }
  }

  private notifyAndShutdown(): void {
    if (this.shutdown) return;
    if (!this.emitPreventable('will-quit')) {
      this.quitting = false;
      return;
    }
    this.shutdown = true;
    this.events.push('quit');
    this.emit('quit');
    this.exited = true;
  }
}

class FakeContents extends EventEmitter {
  static nextId = 1;
  id = FakeContents.nextId++;
  sent: unknown[] = [];
  session = { addWordToSpellCheckerDictionary: vi.fn() };
  replaceMisspelling = vi.fn();
  reload = vi.fn();
  send(_channel: string, payload: unknown) {
    this.sent.push(payload);
  }
}

class FakeWindowImpl extends EventEmitter {
  static all: FakeWindowImpl[] = [];
  static focusedWindow: FakeWindowImpl | null = null;
  static open = () => FakeWindowImpl.all.filter((w) => !w.destroyed);
  static getFocusedWindow = () => FakeWindowImpl.focusedWindow;
  webContents = new FakeContents();
  destroyed = false;
  title = '';
  loadURL = vi.fn(async () => undefined);
  show = vi.fn();
  restore = vi.fn();
  focus = vi.fn(() => void (FakeWindowImpl.focusedWindow = this));
  setTitle = (t: string) => void (this.title = t);
  setDocumentEdited = vi.fn();
  setRepresentedFilename = vi.fn();
  isMinimized = () => false;
  isDestroyed = () => this.destroyed;
  constructor(public options: Record<string, unknown>) {
    super();
    FakeWindowImpl.all.push(this);
  }
  close(): void {
    if (this.destroyed) return;
    const e = preventable();
    this.emit('close', e);
    if (e.defaultPrevented) fakeImpl.app.windowCloseCancelled();
    else this.gone();
  }
  destroy(): void {
    if (!this.destroyed) this.gone();
  }
  private gone(): void {
    this.destroyed = true;
    if (FakeWindowImpl.focusedWindow === this) FakeWindowImpl.focusedWindow = null;
    // A sheet belongs to its window: closing the window ends it, answering as its cancel button would.
    for (const p of fakeImpl.prompts.filter((q) => q.win === this)) p.answer(p.options.cancelId);
    this.emit('closed');
    if (FakeWindowImpl.open().length === 0) fakeImpl.app.windowAllClosed();
  }
}

function showMessageBox(win: FakeWindowImpl, options: Prompt['options']): Promise<{ response: number }> {
  return new Promise((resolve) => {
    const prompt: Prompt = {
      win,
      options,
      answer: (button) => {
        fakeImpl.prompts.splice(fakeImpl.prompts.indexOf(prompt), 1);
        resolve({ response: button });
      },
    };
    fakeImpl.prompts.push(prompt);
    fakeImpl.promptsShown++;
  });
}

const spellSession = () => ({
  setPermissionRequestHandler: vi.fn(),
  setPermissionCheckHandler: vi.fn(),
  setDevicePermissionHandler: vi.fn(),
  webRequest: { onBeforeRequest: vi.fn() },
  on: vi.fn(),
  setSpellCheckerDictionaryDownloadURL: vi.fn(),
  setSpellCheckerLanguages: vi.fn(),
  availableSpellCheckerLanguages: ['en-US', 'sv-SE', 'de-DE'],
});

type IpcListener = (event: unknown, request: unknown) => Promise<unknown>;

const fakeImpl = {
  app: new FakeApp(),
  prompts: [] as Prompt[],
  promptsShown: 0,
  ipc: new Map<string, IpcListener>(),
  session: spellSession(),
  menu: { setApplicationMenu: vi.fn(), popups: [] as unknown[] },
  reset(): void {
    fakeImpl.app = new FakeApp();
    fakeImpl.prompts = [];
    fakeImpl.promptsShown = 0;
    fakeImpl.ipc.clear();
    fakeImpl.session = spellSession();
    fakeImpl.menu = { setApplicationMenu: vi.fn(), popups: [] };
    FakeWindowImpl.all = [];
    FakeWindowImpl.focusedWindow = null;
  },
  /** What the renderer of `win` would get back for a request, through the real IPC binding. */
  invoke(win: FakeWindowImpl, channel: string, request: unknown): Promise<unknown> {
    const listener = fakeImpl.ipc.get(channel);
    if (!listener) throw new Error(`nothing bound to ${channel}`);
    return listener({ senderFrame: { url: 'app://renderer/index.html', parent: null }, sender: { id: win.webContents.id } }, request);
  },
};

/** The module `vi.mock('electron', …)` returns: the app and session are looked up on use, so `reset` takes effect. */
const electronModuleImpl = {
  get app() {
    return fakeImpl.app;
  },
  BrowserWindow: FakeWindowImpl,
  Menu: {
    setApplicationMenu: (m: unknown) => fakeImpl.menu.setApplicationMenu(m),
    buildFromTemplate: (template: unknown) => ({ template, popup: (o: unknown) => void fakeImpl.menu.popups.push({ template, ...(o as object) }) }),
  },
  dialog: { showMessageBox, showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
  shell: { openPath: vi.fn(), showItemInFolder: vi.fn(), openExternal: vi.fn() },
  protocol: { handle: vi.fn(), registerSchemesAsPrivileged: vi.fn() },
  ipcMain: { handle: (channel: string, fn: IpcListener) => void fakeImpl.ipc.set(channel, fn) },
  session: {
    get defaultSession() {
      return fakeImpl.session;
    },
  },
};

/**
 * One instance per test file, even after `vi.resetModules()` (which the tests use to start main.ts afresh):
 * the `electron` mock and the test must see the same app and windows.
 */
type Shared = { fake: typeof fakeImpl; FakeWindow: typeof FakeWindowImpl; electronModule: typeof electronModuleImpl };
const shared = ((globalThis as { __simElectronFake?: Shared }).__simElectronFake ??= {
  fake: fakeImpl,
  FakeWindow: FakeWindowImpl,
  electronModule: electronModuleImpl,
});
export const fake = shared.fake;
export const FakeWindow = shared.FakeWindow;
export type FakeWindow = FakeWindowImpl;
export const electronModule = shared.electronModule;
