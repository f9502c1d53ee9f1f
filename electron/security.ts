import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { app, protocol, session, shell, type Session, type WebContents, type WebPreferences } from 'electron';
import { APP_HOST, APP_ORIGIN, APP_SCHEME, CONTENT_SECURITY_POLICY, MIME, checkedHelpLink } from './policy';

/**
 * Every security decision of the app, applied before any window exists: the renderer is a web page that
 * must never reach Node, the network, other pages or the user's files except through the IPC contract.
 */

/** Must run before `app` is ready: a privileged scheme gets a real origin, fetch and a secure context. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

export function secureWebPreferences(preloadPath: string, devTools: boolean): WebPreferences {
  return {
    preload: preloadPath,
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
    devTools,
  };
}

/** The origins the app's own pages come from: app:// and, when developing, the Vite dev server. */
export function trustedOrigins(devServerUrl: string | undefined): string[] {
  return devServerUrl ? [APP_ORIGIN, new URL(devServerUrl).origin] : [APP_ORIGIN];
}

export function isTrustedUrl(url: string, origins: readonly string[]): boolean {
  try {
    const u = new URL(url);
    // app:// is a standard scheme, so its origin is "app://renderer".
    return origins.includes(u.origin === 'null' ? `${u.protocol}//${u.host}` : u.origin);
  } catch {
    return false;
  }
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};

/** app://renderer/<path> → a file inside `rendererDir`, or null for anything else (other hosts, `..`). */
export function resolveAppUrl(url: string, rendererDir: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null;
  const rel = decodeURIComponent(u.pathname);
  const root = normalize(rendererDir);
  const file = normalize(join(root, rel === '/' ? 'index.html' : rel));
  return file.startsWith(root + sep) ? file : null;
}

/** Serves the built renderer on app:// with the strict CSP as a header. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppUrl(request.url, rendererDir);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(body, { status: 200, headers: { 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream', ...SECURITY_HEADERS } });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}

/** No permission is ever granted, no request leaves the app, and downloads do not happen. */
export function lockDownSession(ses: Session, origins: readonly string[]): void {
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed =
      isTrustedUrl(details.url, origins) ||
      details.url.startsWith('devtools://') ||
      // The dev server's hot reload socket, only when developing.
      (origins.length > 1 && isTrustedUrl(details.url.replace(/^ws/, 'http'), origins));
    callback({ cancel: !allowed });
  });
  ses.on('will-download', (event) => event.preventDefault());
}

/** Help links from the allow-list open in the user's browser; nothing else does. */
export async function openHelpLink(url: string): Promise<boolean> {
  // The normalised URL that was checked goes to the OS, not the text as given.
  const checked = checkedHelpLink(url);
  if (checked === null) return false;
  await shell.openExternal(checked);
  return true;
}

/**
 * Every page: no navigation away, no redirects, no new windows, no <webview>. While developing, the Vite
 * dev server's full reload is a navigation of the main frame to its own page: only that is let through.
 */
export function hardenWebContents(contents: WebContents, devServerUrl?: string): void {
  const devOrigin = devServerUrl ? new URL(devServerUrl).origin : undefined;
  const isDevReload = (url: string, isMainFrame: boolean) => devOrigin !== undefined && isMainFrame && isTrustedUrl(url, [devOrigin]);
  contents.on('will-navigate', (event) => {
    if (!isDevReload(event.url, event.isMainFrame)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isDevReload(event.url, event.isMainFrame)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // A link the renderer shows with target=_blank: only help pages, and in the system browser.
    void openHelpLink(url);
    return { action: 'deny' };
  });
}

/** Applies everything above; call once, before the first window. */
export function applySecurity(opts: { rendererDir: string; devServerUrl?: string }): { origins: string[] } {
  const origins = trustedOrigins(opts.devServerUrl);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, opts.devServerUrl));
  lockDownSession(session.defaultSession, origins);
  serveRenderer(opts.rendererDir);
  return { origins };
}
