import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const m = vi.hoisted(() => ({
  handle: vi.fn(),
  registerSchemesAsPrivileged: vi.fn(),
  openExternal: vi.fn(async () => undefined),
  appOn: vi.fn(),
  session: {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
    on: vi.fn(),
  },
}));

vi.mock('electron', () => ({
  app: { on: m.appOn },
  protocol: { handle: m.handle, registerSchemesAsPrivileged: m.registerSchemesAsPrivileged },
  session: { defaultSession: m.session },
  shell: { openExternal: m.openExternal },
}));

const security = await import('../../../electron/security');
const { CONTENT_SECURITY_POLICY } = await import('../../../electron/policy');

beforeEach(() => vi.clearAllMocks());

describe('web preferences', () => {
  it('are exactly the locked-down set', () => {
    expect(security.secureWebPreferences('/app/out/preload/preload.js', false)).toEqual({
      preload: '/app/out/preload/preload.js',
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
  });
});

/** A WebContents stand-in that records its listeners so a test can fire them. */
function fakeContents() {
  const listeners = new Map<string, (event: { preventDefault: () => void }, ...args: unknown[]) => void>();
  let openHandler: ((d: { url: string }) => { action: string }) | undefined;
  return {
    on: vi.fn((name: string, fn: never) => void listeners.set(name, fn)),
    setWindowOpenHandler: vi.fn((fn: never) => void (openHandler = fn)),
    fire(name: string, ...args: unknown[]) {
      const event = { preventDefault: vi.fn() };
      listeners.get(name)!(event, ...args);
      return event;
    },
    open: (url: string) => openHandler!({ url }),
  };
}

describe('web contents', () => {
  it('deny navigation, redirects, frame navigation and <webview>', () => {
    const c = fakeContents();
    security.hardenWebContents(c as never);
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']) {
      expect(c.fire(name, {}).preventDefault, name).toHaveBeenCalled();
    }
  });

  it('while developing, let only the dev server reload its own page in the main frame; the built app never', () => {
    const navigate = (devServerUrl: string | undefined, name: string, url: string, isMainFrame = true) => {
      const c = fakeContents();
      security.hardenWebContents(c as never, devServerUrl);
      const listener = c.on.mock.calls.find(([n]) => n === name)![1] as (e: unknown) => void;
      const event = { url, isMainFrame, preventDefault: vi.fn() };
      listener(event);
      return event.preventDefault.mock.calls.length === 0;
    };
    const dev = 'http://localhost:5173/';
    for (const name of ['will-navigate', 'will-frame-navigate']) {
      // Vite's full reload after an edit.
      expect(navigate(dev, name, 'http://localhost:5173/'), name).toBe(true);
      expect(navigate(dev, name, 'http://localhost:5173/index.html'), name).toBe(true);
      expect(navigate(dev, name, 'http://localhost:5174/'), name).toBe(false);
      expect(navigate(dev, name, 'https://evil.example/'), name).toBe(false);
      expect(navigate(dev, name, 'http://localhost:5173/', false), name).toBe(false);
      expect(navigate(undefined, name, 'http://localhost:5173/'), name).toBe(false);
      expect(navigate(undefined, name, 'app://renderer/index.html'), name).toBe(false);
    }
  });

  it('deny every new window; allow-listed help links open in the system browser instead', async () => {
    const c = fakeContents();
    security.hardenWebContents(c as never);
    expect(c.open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(c.open('app://renderer/index.html')).toEqual({ action: 'deny' });
    expect(c.open('https://www.vgregion.se/halsa-och-vard/')).toEqual({ action: 'deny' });
    await Promise.resolve();
    expect(m.openExternal.mock.calls).toEqual([['https://www.vgregion.se/halsa-och-vard/']]);
  });

  it('are hardened as soon as they are created', () => {
    security.applySecurity({ rendererDir: '/x' });
    const [event, fn] = m.appOn.mock.calls[0]! as [string, (e: unknown, c: unknown) => void];
    expect(event).toBe('web-contents-created');
    const c = fakeContents();
    fn({}, c);
    expect(c.setWindowOpenHandler).toHaveBeenCalled();
  });
});

describe('session', () => {
  it('denies every permission request and check, device access and downloads', () => {
    security.lockDownSession(m.session as never, ['app://renderer']);
    const cb = vi.fn();
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      (m.session.setPermissionRequestHandler.mock.calls[0]![0] as (...a: unknown[]) => void)({}, p, cb);
    }
    expect(cb.mock.calls).toEqual(Array(5).fill([false]));
    expect((m.session.setPermissionCheckHandler.mock.calls[0]![0] as () => boolean)()).toBe(false);
    expect((m.session.setDevicePermissionHandler.mock.calls[0]![0] as () => boolean)()).toBe(false);
    const [event, onDownload] = m.session.on.mock.calls[0]! as [string, (e: { preventDefault: () => void }) => void];
    expect(event).toBe('will-download');
    const e = { preventDefault: vi.fn() };
    onDownload(e);
    expect(e.preventDefault).toHaveBeenCalled();
  });

  it('lets only app:// requests through: the app makes no network requests', () => {
    security.lockDownSession(m.session as never, ['app://renderer']);
    const filter = m.session.webRequest.onBeforeRequest.mock.calls[0]![0] as (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void;
    const verdict = (url: string) => {
      let cancel: boolean | undefined;
      filter({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(verdict('app://renderer/index.html')).toBe(false);
    expect(verdict('app://renderer/assets/index-abc.js')).toBe(false);
    for (const url of ['https://www.vgregion.se/', 'http://localhost:5173/', 'ws://localhost:5173/', 'file:///etc/passwd', 'app://other/x']) {
      expect(verdict(url), url).toBe(true);
    }
  });

  it('when developing, also lets the dev server and its hot-reload socket through', () => {
    const origins = security.trustedOrigins('http://localhost:5173');
    security.lockDownSession(m.session as never, origins);
    const filter = m.session.webRequest.onBeforeRequest.mock.calls[0]![0] as (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void;
    const cancelled: string[] = [];
    for (const url of ['http://localhost:5173/src/main.tsx', 'ws://localhost:5173/', 'https://cdn.example/x.js']) filter({ url }, (r) => r.cancel && cancelled.push(url));
    expect(cancelled).toEqual(['https://cdn.example/x.js']);
  });
});

describe('app:// protocol', () => {
  it('is registered as a privileged standard scheme', () => {
    security.registerAppScheme();
    expect(m.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
  });

  it('serves the built renderer with the strict CSP header and nothing outside it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sim-renderer-'));
    await mkdir(join(dir, 'assets'));
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>x</title>');
    await writeFile(join(dir, 'assets', 'a.js'), 'console.log(1)');
    await writeFile(join(dir, '..', 'secret.txt'), 'nope').catch(() => undefined);
    security.serveRenderer(dir);
    const [scheme, handler] = m.handle.mock.calls[0]! as [string, (r: Request) => Promise<Response>];
    expect(scheme).toBe('app');
    const index = await handler(new Request('app://renderer/index.html'));
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await index.text()).toContain('<title>x</title>');
    expect((await handler(new Request('app://renderer/assets/a.js'))).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await handler(new Request('app://renderer/'))).status).toBe(200);
    for (const url of ['app://renderer/%2e%2e/secret.txt', 'app://renderer/..%2fsecret.txt', 'app://other/index.html', 'app://renderer/missing.js']) {
      expect((await handler(new Request(url))).status, url).toBe(404);
    }
  });

  it('the CSP allows no remote origin, no inline script and no eval', () => {
    const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|'unsafe-eval'|script-src[^;]*'unsafe-inline'/);
  });
});
