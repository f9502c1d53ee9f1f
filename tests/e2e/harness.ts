import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, onlyOriginArgs } from '../support/browser';
import type { MainEvent } from '../../shared/ipc/contract';
import { createDispatcher, createHandlers, type DocumentState, type Exporter, type WindowHandlers } from '../../electron/handlers';
import { CONTENT_SECURITY_POLICY, MIME } from '../../electron/policy';
import { buildDocx } from '../../shared/docx';
import { hasErrors, validate } from '../../shared/rules';

/**
 * The app without Electron: the built renderer served over http on 127.0.0.1, the real main-process handlers
 * bound in place of IPC, `window.api` built by the same code as the preload, and native dialogs answered
 * from queues the test fills.
 */
export type AppHarness = {
  page: Page;
  browser: Browser;
  userDataDir: string;
  workDir: string;
  dialogs: { queueOpen(path: string): void; queueSave(path: string): void; queueMessage(buttonIndex: number): void };
  sendMainEvent(ev: MainEvent): Promise<void>;
  /**
   * Grants a path to this window and to every page opened after it, as main does for a file the OS hands over
   * (for a page that asks to open it by itself, e.g. a benchmark's init script).
   */
  grantFromOs(path: string): void;
  /**
   * Every request that did not go to the local app server (each one is also blocked), including those the
   * CSP stopped before they reached the network.
   */
  externalRequests: string[];
  /** Every CSP violation: `directive blockedURI` (e.g. `script-src-elem inline`). */
  cspViolations: string[];
  /** Close the page without saving and open a new one on the same userData, as after a crash. */
  reload(): Promise<void>;
  close(): Promise<void>;
  /** The last title/file/edited state the renderer reported (what the window title would show). */
  documentState(): DocumentState | null;
  /** What the app asked the OS shell to do: open a file, show one in its folder, open a help link. */
  shell: { openedPaths: string[]; shownInFolder: string[]; externalLinks: string[] };
  /** Message boxes shown, with their text, in order. */
  messages: { message: string; buttons: string[] }[];
};

export type StartOptions = {
  userDataDir?: string;
  viewport?: { width: number; height: number };
  /** Serve another folder than out/renderer (the harness's own tests use a small page). */
  rendererDir?: string;
  /** The DOCX exporter; the real one (shared/docx, shared/rules) unless a test replaces it. */
  exporter?: Exporter;
};

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUILT_RENDERER = join(ROOT, 'out', 'renderer');
const EXAMPLE = join(ROOT, 'resources', 'example.simansokan');

let bridgeScript: Promise<string> | undefined;

/** electron/bridge.ts bundled for the page, so the test `window.api` is the preload's, not a copy of it. */
function bridgeSource(): Promise<string> {
  bridgeScript ??= build({
    entryPoints: [join(ROOT, 'electron', 'bridge.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: '__simBridge',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'silent',
  }).then((r) => r.outputFiles[0]!.text);
  return bridgeScript;
}

function pageBootstrap(bridge: string): string {
  return `${bridge}
;(() => {
  const events = __simBridge.createEventHub();
  // Answers come as JSON text: Playwright's own encoding of a large object (an application) takes several
  // times as long as Electron's structured clone; parsing JSON here costs the page about what a clone would.
  const api = __simBridge.createApi((channel, request) => window.__simInvoke(channel, request).then(JSON.parse), events.subscribe);
  Object.defineProperty(window, 'api', { value: Object.freeze(api), writable: false, configurable: false });
  // A request the CSP stops never reaches the network, but the attempt is still a bug worth failing on.
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__simCspViolation(String(e.blockedURI), String(e.effectiveDirective));
  });
  Object.defineProperty(window, '__simEmit', { value: (ev) => events.emit(ev), writable: false });
})();`;
}

function serve(dir: string): Promise<{ server: Server; origin: string }> {
  const root = resolve(dir);
  const server = createServer((req, res) => void (async () => {
    try {
      const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const file = normalize(join(root, urlPath === '/' ? 'index.html' : urlPath));
      if (file !== root && !file.startsWith(root + sep)) throw new Error('outside');
      const body = await readFile((await stat(file)).isDirectory() ? join(file, 'index.html') : file);
      res.writeHead(200, {
        'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
    }
  })());
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      if (addr === null || typeof addr === 'string') return fail(new Error('no port'));
      ok({ server, origin: `http://127.0.0.1:${addr.port}` });
    });
  });
}

export async function startApp(opts: StartOptions = {}): Promise<AppHarness> {
  const rendererDir = opts.rendererDir ?? BUILT_RENDERER;
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(`No built renderer at ${rendererDir}: run "npx electron-vite build" first.`);
  }
  const ownUserData = opts.userDataDir === undefined;
  const userDataDir = opts.userDataDir ?? (await mkdtemp(join(tmpdir(), 'sim-userdata-')));
  const workDir = await mkdtemp(join(tmpdir(), 'sim-work-'));
  const queues = { open: [] as string[], save: [] as string[], message: [] as number[] };
  const externalRequests: string[] = [];
  const cspViolations: string[] = [];
  const shell = { openedPaths: [] as string[], shownInFolder: [] as string[], externalLinks: [] as string[] };
  const messages: { message: string; buttons: string[] }[] = [];
  let docState: DocumentState | null = null;
  const liveDrafts = new Set<string>();
  const exampleText = () => readFile(EXAMPLE, 'utf8');

  const [{ server, origin }, bootstrap] = await Promise.all([serve(rendererDir), bridgeSource().then(pageBootstrap)]);
  // Requests are neither paused nor routed through this process (in the app, main does not see them either):
  // the browser can reach only the app server, and every other request is recorded as it fails.
  const browser = await launchChromium(onlyOriginArgs(origin));
  const context: BrowserContext = await browser.newContext({ viewport: opts.viewport ?? { width: 1280, height: 800 }, locale: 'sv-SE' });
  context.on('request', (request) => {
    const url = request.url();
    if (url === origin || url.startsWith(`${origin}/`) || /^(data|blob|about):/.test(url)) return;
    externalRequests.push(url);
  });

  let handlers: WindowHandlers;
  let page: Page;
  const grantedFromOs: string[] = [];

  async function openPage(): Promise<void> {
    // A new page is a new app start: new handlers, new locks; recovery copies stay in userData.
    handlers = createHandlers({
      userDataDir,
      documentsDir: workDir,
      liveDrafts: liveDrafts,
      dialogs: {
        showOpen: async () => queues.open.shift() ?? null,
        showSave: async () => queues.save.shift() ?? null,
        showMessage: async (o) => {
          messages.push({ message: o.message, buttons: o.buttons });
          return queues.message.shift() ?? o.cancelId;
        },
      },
      openPath: async (p) => void shell.openedPaths.push(p),
      showItemInFolder: (p) => void shell.shownInFolder.push(p),
      openExternal: async (u) => void shell.externalLinks.push(u),
      exampleText,
      exporter: opts.exporter ?? { buildDocx, validate, hasErrors },
      setDocumentState: (s) => {
        docState = s;
      },
    });
    for (const p of grantedFromOs) handlers.grantOpen(p);
    const dispatch = createDispatcher(handlers);
    page = await context.newPage();
    await page.exposeBinding('__simInvoke', async (_source, channel: string, request: unknown) => JSON.stringify(await dispatch(channel, request)));
    await page.exposeBinding('__simCspViolation', (_source, blocked: string, directive: string) => {
      cspViolations.push(`${directive} ${blocked}`);
      // The header and the page's meta tag each report one violation: record the URL once.
      const remote = /^[a-z][a-z0-9+.-]*:/i.test(blocked) && !blocked.startsWith(origin) && !/^(data|blob):/.test(blocked);
      if (remote && !externalRequests.includes(blocked)) externalRequests.push(blocked);
    });
    await page.addInitScript({ content: bootstrap });
    await page.goto(`${origin}/index.html`);
  }

  await openPage();

  return {
    get page() {
      return page;
    },
    browser,
    userDataDir,
    workDir,
    dialogs: {
      queueOpen: (p) => void queues.open.push(p),
      queueSave: (p) => void queues.save.push(p),
      queueMessage: (i) => void queues.message.push(i),
    },
    grantFromOs: (p) => {
      grantedFromOs.push(p);
      handlers.grantOpen(p);
    },
    sendMainEvent: async (ev) => {
      // As AppWindows.openFile does for a file the OS hands over: main grants the path before the renderer asks.
      if (ev.type === 'menu' && typeof ev.command === 'object') handlers.grantOpen(ev.command.openRecent);
      await page.evaluate((e) => (globalThis as unknown as { __simEmit(e: unknown): void }).__simEmit(e), ev);
    },
    externalRequests,
    cspViolations,
    reload: async () => {
      await page.close({ runBeforeUnload: false });
      // What the OS does for a killed process: its lock files are left but its pid is gone. In one test
      // process the pid lives on, so the old window's locks are released instead.
      await handlers.dispose();
      liveDrafts.clear();
      docState = null;
      await openPage();
    },
    close: async () => {
      await handlers.dispose();
      await browser.close();
      await new Promise<void>((ok) => server.close(() => ok()));
      await rm(workDir, { recursive: true, force: true });
      if (ownUserData) await rm(userDataDir, { recursive: true, force: true });
    },
    documentState: () => docState,
    shell,
    messages,
  };
}
