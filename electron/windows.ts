import { join, resolve } from 'node:path';
import { BrowserWindow, Menu, app, dialog, shell, type MessageBoxOptions } from 'electron';
import { MAIN_EVENT_CHANNEL, type MainEvent, type MenuCommand } from '../shared/ipc/contract';
import type { Lang } from '../shared/i18n/catalog';
import { buildDocx } from '../shared/docx';
import { hasErrors, validate } from '../shared/rules';
import { NODE_EXPORT } from './docx-native';
import { createDispatcher, createHandlers, nodeFileOps, type Dispatch, type DocumentState, type WindowHandlers } from './handlers';
import { UserDataStore } from './handlers/store';
import { menuTemplate, windowTitle } from './menu';
import { openHelpLink, secureWebPreferences } from './security';
import { APP_ORIGIN } from './policy';
import { openOffThread } from './open-off-thread';

/** Opened files are read in a worker (open-worker.js, built beside main.js), never on main's event loop. */
const openFilesOffThread = openOffThread(join(__dirname, 'open-worker.js'));
import { CLOSE_DONT_SAVE, CLOSE_SAVE, closePromptOptions } from './close-prompt';
import { attachContextMenu } from './context-menu';
import type { CloseDecision, QuitTarget } from './quit';

export const APP_NAME = 'SIM-ansökan';

type Entry = {
  win: BrowserWindow;
  handlers: WindowHandlers;
  dispatch: Dispatch;
  state: DocumentState | null;
  /** Events for the renderer before its page (and preload) has loaded. */
  queued: MainEvent[];
  loaded: boolean;
  /** The close prompt (and the save it may start) in progress: asked once, however many ask. */
  decision: Promise<CloseDecision> | null;
  /** The user chose Spara: told whether the save went through (the renderer reports clean) or not. */
  saveDone: ((saved: boolean) => void) | null;
  /** The close is decided (clean, or Spara inte): let it through. */
  closing: boolean;
};

/** What the app opens from the command line: its own files and the DOCX it exported (it carries its application). */
const OPENABLE = ['.simansokan', '.docx'];

/** Document paths among command-line arguments (Windows "Open with" and file association, second launch). */
export function filesFromArgv(argv: readonly string[], cwd: string): string[] {
  return argv
    .filter((a) => !a.startsWith('-') && OPENABLE.some((ext) => a.toLowerCase().endsWith(ext)))
    .map((a) => resolve(cwd, a));
}

export class AppWindows implements QuitTarget {
  private readonly entries = new Map<number, Entry>();
  /** One set across windows: a draft open in any window is not offered for recovery in another. */
  private readonly liveDrafts = new Set<string>();
  private readonly store: UserDataStore;
  private lang: Lang = 'sv';
  /** Lock releases and recovery clean-ups started when a window closed: the quit waits for them. */
  private readonly cleanups = new Set<Promise<void>>();

  constructor(
    private readonly opts: {
      userDataDir: string;
      documentsDir: string;
      exampleText: string;
      devServerUrl?: string;
      dev: boolean;
      isMac: boolean;
      /** A window kept itself open while a quit was closing windows (Electron then cancels the quit). */
      onCloseRefused?: () => void;
    },
  ) {
    this.store = new UserDataStore(nodeFileOps, opts.userDataDir, 'sv');
    this.store.onRecentChanged = () => void this.refreshMenu();
  }

  async init(): Promise<void> {
    this.lang = (await this.store.settings()).language;
    await this.refreshMenu();
  }

  dispatcherFor(webContentsId: number): Dispatch | undefined {
    return this.entries.get(webContentsId)?.dispatch;
  }

  count(): number {
    return this.entries.size;
  }

  /** Opens a file double-clicked or passed on a second launch: in the focused window, as File › Open Recent would. */
  openFile(path: string): void {
    const target = this.focused() ?? this.create();
    if (target.win.isMinimized()) target.win.restore();
    target.win.focus();
    // The OS handed out this path, so main grants it to this window; the renderer only asks to open it.
    target.handlers.grantOpen(path);
    this.send(target, { type: 'menu', command: { openRecent: path } });
  }

  focus(): void {
    const e = this.focused();
    if (!e) return;
    if (e.win.isMinimized()) e.win.restore();
    e.win.focus();
  }

  private focused(): Entry | undefined {
    const win = BrowserWindow.getFocusedWindow();
    return (win && this.entries.get(win.webContents.id)) ?? [...this.entries.values()][0];
  }

  private send(e: Entry, event: MainEvent): void {
    if (e.loaded) e.win.webContents.send(MAIN_EVENT_CHANNEL, event);
    else e.queued.push(event);
  }

  private sendCommand(command: MenuCommand | { openRecent: string }): void {
    const e = this.focused() ?? this.create();
    this.send(e, { type: 'menu', command });
  }

  async refreshMenu(): Promise<void> {
    const recent = await this.store.recent();
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(menuTemplate({ lang: this.lang, isMac: this.opts.isMac, dev: this.opts.dev, recent, appName: APP_NAME, send: (c) => this.sendCommand(c) })),
    );
  }

  private handlersFor(win: BrowserWindow, entry: () => Entry): WindowHandlers {
    return createHandlers({
      userDataDir: this.opts.userDataDir,
      documentsDir: this.opts.documentsDir,
      liveDrafts: this.liveDrafts,
      dialogs: {
        showOpen: async (o) => {
          const r = await dialog.showOpenDialog(win, { title: o.title, defaultPath: o.defaultPath, filters: o.filters, properties: ['openFile'] });
          return r.canceled ? null : (r.filePaths[0] ?? null);
        },
        showSave: async (o) => {
          const r = await dialog.showSaveDialog(win, { title: o.title, defaultPath: o.defaultPath, filters: o.filters, properties: ['showOverwriteConfirmation', 'createDirectory'] });
          return r.canceled ? null : (r.filePath ?? null);
        },
        showMessage: async (o) => (await dialog.showMessageBox(win, { ...o, noLink: true } satisfies MessageBoxOptions)).response,
      },
      openPath: async (p) => {
        const error = await shell.openPath(p);
        if (error) throw new Error(error);
      },
      showItemInFolder: (p) => shell.showItemInFolder(p),
      openExternal: async (url) => void (await openHelpLink(url)),
      exampleText: async () => this.opts.exampleText,
      openBytes: openFilesOffThread,
      exporter: { buildDocx: (a, prog, o) => buildDocx(a, prog, { ...o, ...NODE_EXPORT }), validate, hasErrors },
      addRecentDocument: (p) => app.addRecentDocument(p),
      store: this.store,
      setDocumentState: (s) => this.onDocumentState(entry(), s),
      onSettingsChanged: (s) => {
        this.lang = s.language;
        void this.refreshMenu();
      },
      log: (m, e) => console.error(`[sim-ansokan] ${m}`, e ?? ''),
    });
  }

  create(): Entry {
    const win = new BrowserWindow({
      width: 1280,
      height: 860,
      minWidth: 760,
      minHeight: 560,
      show: false,
      title: APP_NAME,
      backgroundColor: '#ffffff',
      webPreferences: secureWebPreferences(join(__dirname, '../preload/preload.js'), this.opts.dev),
    });
    const id = win.webContents.id;
    let entry!: Entry;
    const handlers = this.handlersFor(win, () => entry);
    entry = { win, handlers, dispatch: this.dispatcher(handlers, () => entry), state: null, queued: [], loaded: false, decision: null, saveDone: null, closing: false };
    this.entries.set(id, entry);

    win.once('ready-to-show', () => win.show());
    win.webContents.on('did-finish-load', () => {
      entry.loaded = true;
      for (const ev of entry.queued.splice(0)) win.webContents.send(MAIN_EVENT_CHANNEL, ev);
    });
    win.webContents.on('did-start-loading', () => {
      entry.loaded = false;
    });
    win.webContents.on('render-process-gone', (_event, details) => void this.onRendererGone(entry, details.reason));
    attachContextMenu(win, () => this.lang);
    win.on('close', (event) => this.onClose(entry, event));
    win.on('closed', () => {
      this.entries.delete(id);
      entry.saveDone?.(false);
      // Closed on purpose (clean or "Spara inte"): its recovery copies are not needed any more.
      this.track(entry.closing ? entry.handlers.closeWindow() : entry.handlers.dispose());
    });
    void win.loadURL(this.opts.devServerUrl ?? `${APP_ORIGIN}/index.html`);
    return entry;
  }

  /** Watches saves while a close waits for one: a cancelled or failed save keeps the window open. */
  private dispatcher(handlers: WindowHandlers, entry: () => Entry): Dispatch {
    const dispatch = createDispatcher(handlers, (m, e) => console.error(`[sim-ansokan] ${m}`, e ?? ''));
    return async (channel, raw) => {
      const result = await dispatch(channel, raw);
      const e = entry();
      if ((channel === 'file:save' || channel === 'file:saveAs') && (result as { status?: string }).status !== 'saved') e.saveDone?.(false);
      return result;
    };
  }

  private onDocumentState(e: Entry, state: DocumentState): void {
    e.state = state;
    e.win.setTitle(windowTitle(state, APP_NAME, this.opts.isMac));
    if (this.opts.isMac) {
      e.win.setDocumentEdited(state.dirty);
      e.win.setRepresentedFilename(state.filePath ?? '');
    }
    if (!state.dirty) e.saveDone?.(true);
  }

  private onClose(e: Entry, event: Electron.Event): void {
    if (e.closing) return;
    if (!e.state?.dirty) {
      e.closing = true;
      return;
    }
    event.preventDefault();
    this.opts.onCloseRefused?.();
    void this.decide(e).then((d) => {
      if (d !== 'close' || e.win.isDestroyed()) return;
      e.closing = true;
      e.win.close();
    });
  }

  /** 'close' when nothing is unsaved or the person chose Spara (and it saved) or Spara inte. */
  private decide(e: Entry): Promise<CloseDecision> {
    if (e.win.isDestroyed() || !e.state?.dirty) return Promise.resolve('close');
    e.decision ??= this.askToSave(e).finally(() => {
      e.decision = null;
    });
    return e.decision;
  }

  private async askToSave(e: Entry): Promise<CloseDecision> {
    // The prompt says which document it is about: its window comes to the front first.
    if (e.win.isMinimized()) e.win.restore();
    e.win.focus();
    const name = (e.state?.filePath ? e.state.filePath.split(/[\\/]/).pop() : e.state?.title) ?? APP_NAME;
    const { response } = await dialog.showMessageBox(e.win, closePromptOptions(this.lang, name));
    // Gone while asking (a macOS sheet ends with its window and answers Avbryt): there is nothing left to keep open.
    if (e.win.isDestroyed()) return 'close';
    if (response === CLOSE_DONT_SAVE) return 'close';
    if (response !== CLOSE_SAVE) return 'cancel';
    const saved = await new Promise<boolean>((resolve) => {
      e.saveDone = (ok) => {
        e.saveDone = null;
        resolve(ok);
      };
      this.send(e, { type: 'menu', command: 'save' });
    });
    return saved || e.win.isDestroyed() ? 'close' : 'cancel';
  }

  async confirmAll(): Promise<CloseDecision> {
    for (const e of [...this.entries.values()]) {
      if ((await this.decide(e)) === 'cancel') return 'cancel';
    }
    return 'close';
  }

  approveAll(): void {
    for (const e of this.entries.values()) e.closing = true;
  }

  async cleanup(): Promise<void> {
    // Windows still open (a quit through app.exit, or a test): their locks go, their recovery copies stay.
    for (const e of this.entries.values()) this.track(e.handlers.dispose());
    while (this.cleanups.size > 0) await Promise.all([...this.cleanups]);
  }

  private track(work: Promise<void>): void {
    const done: Promise<void> = work
      .catch((err) => console.error('[sim-ansokan] window cleanup failed', err))
      .finally(() => this.cleanups.delete(done));
    this.cleanups.add(done);
  }

  /** After a renderer crash the window starts again and offers its recovery copies. */
  private async onRendererGone(e: Entry, reason: string): Promise<void> {
    if (reason === 'clean-exit' || e.win.isDestroyed()) return;
    console.error(`[sim-ansokan] renderer gone: ${reason}`);
    for (const d of e.handlers.session.ownDrafts) this.liveDrafts.delete(d);
    e.saveDone?.(false);
    await e.handlers.dispose();
    e.handlers = this.handlersFor(e.win, () => e);
    e.dispatch = this.dispatcher(e.handlers, () => e);
    e.state = null;
    e.win.webContents.reload();
  }
}
