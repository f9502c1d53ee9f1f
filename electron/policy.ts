/**
 * The security policy as data, free of Electron so the browser harness serves the renderer under the very
 * same rules. `security.ts` applies it in the app.
 */

/** The only scheme and host the app loads: the built renderer. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * No remote origins, no inline or eval'd script, no plugins, no framing. Inline styles are allowed because
 * React's `style` attribute needs them; they cannot run code.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "worker-src 'self' blob:",
].join('; ');

/** Help pages the app may open in the user's browser. Nothing else leaves the app. */
export const HELP_LINK_HOSTS: readonly string[] = [
  'www.vgregion.se',
  'vgregion.se',
  'www.barnombudsmannen.se',
  'www.riksdagen.se',
  'www.scb.se',
  'www.kolada.se',
  'skr.se',
];

/**
 * The link as the WHATWG URL parser reads it, if it is an https help page on the allow-list; else null. The caller
 * opens exactly this normalised `href`: the raw text may be read differently by the OS or the browser
 * (`https://www.vgregion.se\@evil.example/` is vgregion.se here, but evil.example to a parser that takes the
 * backslash as part of a user name).
 */
export function checkedHelpLink(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const ok = u.protocol === 'https:' && u.username === '' && u.password === '' && u.port === '' && HELP_LINK_HOSTS.includes(u.hostname);
  // The normalised form must read back as itself, and keep no backslash (the URL parser leaves one in a fragment;
  // another parser may take it for a separator): no second interpretation left.
  return ok && !u.href.includes('\\') && new URL(u.href).href === u.href ? u.href : null;
}

export function isAllowedHelpLink(url: string): boolean {
  return checkedHelpLink(url) !== null;
}

/** Content types of the renderer's files, for the app:// protocol (and the browser tests' server). */
export const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};
