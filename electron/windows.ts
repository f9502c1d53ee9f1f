import { join, resolve } from 'node:path';
import { BrowserWindow, Menu, app, dialog, shell, type MessageBoxOptions } from 'electron';
import { MAIN_EVENT_CHANNEL, type MainEvent, type MenuCommand } from '../shared/ipc/contract';
import type { Lang } from '../shared/model/labels';
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

export const APP_NAME = 'SIM-ansökan';

type Entry = {
  win: BrowserWindow;
  handlers: WindowHandlers;
  dispatch: Dispatch;
  state: DocumentState | null;
  /** Events for the renderer before its page (and preload) has loaded. */
  queued: MainEvent[];
  loaded: boolean;
  /** The user chose Spara in the close prompt: close once the renderer reports it is clean. */
  closeAfterSave: boolean;
  /** The close is decided (clean, or Spara inte): let it through. */
  closing: boolean;
};

/** `.simansokan` paths among command-line arguments (Windows file association, second launch). */
export function filesFromArgv(argv: readonly string[], cwd: string): string[] {
  return argv.filter((a) => !a.startsWith('-') && a.toLowerCase().endsWith('.simansokan')).map((a) => resolve(cwd, a));
}

export class AppWindows {
  private readonly entries = new Map<number, Entry>();
  /** One set across windows: a draft open in any window is not offered for recovery in another. */
  private readonly liveDrafts = new Set<string>();
  private readonly store: UserDataStore;
  private lang: Lang = 'sv';
  private quitting = false;

  constructor(
    private readonly opts: { userDataDir: string; documentsDir: string; exampleText: string; devServerUrl?: string; dev: boolean; isMac: boolean },
  ) {
    this.store = new UserDataStore(nodeFileOps, opts.userDataDir, 'sv');
  }

  async init(): Promise<void> {
    this.lang = (await this.store.settings()).language;
    await this.refreshMenu();
  }

  dispatcherFor(webContentsId: number): Dispatch | undefined {
    return this.entries.get(webContentsId)?.dispatch;
  }

  setQuitting(): void {
    this.quitting = true;
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
      addRecentDocument: (p) => {
        app.addRecentDocument(p);
        void this.refreshMenu();
      },
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
    entry = { win, handlers, dispatch: this.dispatcher(handlers, () => entry), state: null, queued: [], loaded: false, closeAfterSave: false, closing: false };
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
    win.on('close', (event) => this.onClose(entry, event));
    win.on('closed', () => {
      this.entries.delete(id);
      // Closed on purpose (clean or "Spara inte"): its recovery copies are not needed any more.
      void (entry.closing ? entry.handlers.closeWindow() : entry.handlers.dispose());
      this.continueQuit();
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
      if ((channel === 'file:save' || channel === 'file:saveAs') && e.closeAfterSave && (result as { status?: string }).status !== 'saved') {
        e.closeAfterSave = false;
        this.quitting = false;
      }
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
    if (e.closeAfterSave && !state.dirty) {
      e.closing = true;
      e.win.close();
    }
  }

  private onClose(e: Entry, event: Electron.Event): void {
    if (e.closing) return;
    if (!e.state?.dirty) {
      e.closing = true;
      return;
    }
    event.preventDefault();
    void this.askToSave(e);
  }

  private async askToSave(e: Entry): Promise<void> {
    const sv = this.lang === 'sv';
    const name = e.state?.filePath ? e.state.filePath.split(/[\\/]/).pop() : e.state?.title;
    const { response } = await dialog.showMessageBox(e.win, {
      type: 'question',
      message: sv ? `Vill du spara ändringarna i "${name}"?` : `Do you want to save the changes to "${name}"?`,
      detail: sv ? 'Om du inte sparar går ändringarna förlorade.' : 'Your changes will be lost if you don’t save them.',
      buttons: sv ? ['Spara', 'Spara inte', 'Avbryt'] : ['Save', 'Don’t Save', 'Cancel'],
      defaultId: 0,
      cancelId: 2,
      noLink: true,
    });
    if (response === 0) {
      e.closeAfterSave = true;
      this.send(e, { type: 'menu', command: 'save' });
    } else if (response === 1) {
      e.closing = true;
      e.win.close();
    } else {
      this.quitting = false;
    }
  }

  /** After a renderer crash the window starts again and offers its recovery copies. */
  private async onRendererGone(e: Entry, reason: string): Promise<void> {
    if (reason === 'clean-exit' || e.win.isDestroyed()) return;
    console.error(`[sim-ansokan] renderer gone: ${reason}`);
    for (const d of e.handlers.session.ownDrafts) this.liveDrafts.delete(d);
    await e.handlers.dispose();
    e.handlers = this.handlersFor(e.win, () => e);
    e.dispatch = this.dispatcher(e.handlers, () => e);
    e.state = null;
    e.win.webContents.reload();
  }

  /** A quit paused by a close prompt goes on once that window has closed. */
  private continueQuit(): void {
    if (this.quitting) app.quit();
  }
}
