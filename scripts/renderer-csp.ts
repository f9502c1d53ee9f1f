import type { Plugin, ViteDevServer } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../electron/policy';

/**
 * The renderer page's Content-Security-Policy <meta>, written by the build rather than kept in
 * renderer/index.html: the built app gets the strict policy (the same one app:// sends as a header), and
 * the dev server's page gets the few relaxations hot reload needs and nothing else. A policy in the
 * source HTML would apply to both, and either block the dev server or weaken the app.
 */

/** Directives a browser ignores (with a console warning) when they come in a <meta>. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

type Directives = Map<string, string[]>;
const parse = (policy: string): Directives => new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((p) => p[0]).map(([name, ...v]) => [name!, v]));
const format = (d: Directives) => [...d].map(([name, v]) => [name, ...v].join(' ')).join('; ');

/** The built app's policy, as a <meta> can carry it. */
export const BUILD_META_CSP = format(new Map([...parse(CONTENT_SECURITY_POLICY)].filter(([name]) => !HEADER_ONLY.has(name))));

/**
 * The dev page's policy: the built one plus React Refresh's inline preamble script and the hot-reload
 * websocket to the dev server. Styles Vite injects as <style> are already allowed (style-src 'unsafe-inline').
 */
export function devMetaCsp(devOrigins: readonly string[]): string {
  const d = parse(BUILD_META_CSP);
  d.set('script-src', [...(d.get('script-src') ?? ["'self'"]), "'unsafe-inline'"]);
  const sockets = devOrigins.map((o) => o.replace(/^http/, 'ws'));
  d.set('connect-src', [...(d.get('connect-src') ?? ["'self'"]), ...sockets]);
  return format(d);
}

/** Where the dev page is served from, as the browser may name it. */
function devServerOrigins(server: ViteDevServer): string[] {
  const fromUrls = [...(server.resolvedUrls?.local ?? []), ...(server.resolvedUrls?.network ?? [])].map((u) => new URL(u).origin);
  const port = server.config.server.port;
  const loopback = port ? [`http://localhost:${port}`, `http://127.0.0.1:${port}`] : [];
  return [...new Set([...fromUrls, ...loopback])];
}

const metaTag = (policy: string) => `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;

/** Right after <head>, before any script Vite or a plugin puts there, so the policy governs all of them. */
function insertFirstInHead(html: string, tag: string): string {
  const head = /<head[^>]*>/i.exec(html);
  if (!head) throw new Error('renderer/index.html has no <head>: the Content-Security-Policy cannot be placed');
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}\n    ${tag}${html.slice(at)}`;
}

export function rendererCsp(): Plugin[] {
  return [
    {
      name: 'sim-csp-build',
      apply: 'build',
      transformIndexHtml: { order: 'post', handler: (html) => insertFirstInHead(html, metaTag(BUILD_META_CSP)) },
    },
    {
      name: 'sim-csp-dev',
      apply: 'serve',
      transformIndexHtml: {
        order: 'post',
        handler: (html, ctx) => insertFirstInHead(html, metaTag(devMetaCsp(ctx.server ? devServerOrigins(ctx.server) : []))),
      },
    },
  ];
}
