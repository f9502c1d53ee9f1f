import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, createServer, type InlineConfig, type ViteDevServer } from 'vite';
import type { Browser, Page } from 'playwright-core';
import config from '../../electron.vite.config';
import { launchChromium, onlyOriginArgs } from '../support/browser';
import { BUILD_META_CSP } from '../../scripts/renderer-csp';
import { CONTENT_SECURITY_POLICY } from '../../electron/policy';

/**
 * The renderer's page under `npm run dev` and as built, from the project's own electron-vite config: the
 * dev page must run (React Refresh's inline preamble, Vite's injected styles, the hot-reload socket, a full
 * reload) and the built page must carry only the strict policy.
 */
const renderer = (config as { renderer: InlineConfig }).renderer;

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createNetServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      s.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });

const cspOf = (html: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];

describe('the built page', () => {
  it('carries the strict policy, first in <head>, before any script', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'sim-csp-build-'));
    try {
      await build({ ...renderer, configFile: false, logLevel: 'silent', build: { ...renderer.build, outDir, emptyOutDir: true } });
      const html = await readFile(join(outDir, 'index.html'), 'utf8');
      expect(cspOf(html)).toBe(BUILD_META_CSP);
      expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
      // The header's policy, less what a <meta> cannot carry; no inline script, no socket, nothing remote.
      expect(CONTENT_SECURITY_POLICY).toContain(BUILD_META_CSP.split('; frame-src')[0]!);
      expect(BUILD_META_CSP).toMatch(/^default-src 'none'; script-src 'self';/);
      expect(BUILD_META_CSP).not.toMatch(/unsafe-eval|ws:|https?:|\*|frame-ancestors/);
      expect(html.match(/http-equiv="Content-Security-Policy"/g)).toHaveLength(1);
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  });
});

describe('the dev server page (npm run dev)', () => {
  let server: ViteDevServer;
  let browser: Browser;
  let page: Page;
  let origin: string;
  const violations: string[] = [];
  const consoleLines: string[] = [];

  beforeAll(async () => {
    const port = await freePort();
    server = await createServer({ ...renderer, configFile: false, logLevel: 'silent', server: { host: '127.0.0.1', port, strictPort: true } });
    await server.listen();
    origin = `http://127.0.0.1:${port}`;
    browser = await launchChromium(onlyOriginArgs(origin));
    page = await browser.newPage();
    await page.exposeFunction('__simViolation', (v: string) => void violations.push(v));
    // The preload's window.api, answered with an empty world: enough for the start screen.
    await page.addInitScript(`(() => {
      const answers = {
        getSettings: { language: 'sv', userName: '', actingFor: {} },
        recentFiles: { files: [] },
        listRecovery: { drafts: [] },
      };
      const api = new Proxy({}, { get: (_t, name) => (name === 'onMainEvent' ? () => () => undefined : async () => answers[name] ?? { status: 'ok' }) });
      Object.defineProperty(window, 'api', { value: api });
      document.addEventListener('securitypolicyviolation', (e) => window.__simViolation(e.effectiveDirective + ' ' + e.blockedURI));
    })();`);
    page.on('console', (m) => consoleLines.push(m.text()));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the app with hot reload connected and nothing blocked by its policy', async () => {
    await page.goto(`${origin}/`);
    await expect.poll(() => page.getByRole('button', { name: 'Ny ansökan' }).count()).toBeGreaterThan(0);
    await expect.poll(() => consoleLines.some((l) => l.includes('[vite] connected'))).toBe(true);
    // React Refresh is running: its preamble (an inline script) ran.
    expect(await page.evaluate(() => typeof (globalThis as { $RefreshReg$?: unknown }).$RefreshReg$)).toBe('function');
    // Vite's styles arrive as <style> elements in development.
    expect(await page.locator('style[data-vite-dev-id]').count()).toBeGreaterThan(0);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toMatch(/script-src 'self' 'unsafe-inline'/);
    expect(policy).toContain(`ws://127.0.0.1:${new URL(origin).port}`);
    expect(violations).toEqual([]);
  });

  it('puts its policy first in <head>, so it governs the preamble and the Vite client too', async () => {
    const html = await (await fetch(`${origin}/`)).text();
    const at = html.indexOf('http-equiv="Content-Security-Policy"');
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(html.indexOf('<script'));
    expect(html).toContain('/@react-refresh');
  });

  it('a full reload from the dev server reloads the page, still unblocked', async () => {
    await page.evaluate(() => ((globalThis as { __beforeReload?: boolean }).__beforeReload = true));
    const loaded = page.waitForEvent('load');
    server.ws.send({ type: 'full-reload' });
    await loaded;
    expect(await page.evaluate(() => (globalThis as { __beforeReload?: boolean }).__beforeReload)).toBeUndefined();
    await expect.poll(() => page.getByRole('button', { name: 'Ny ansökan' }).count()).toBeGreaterThan(0);
    expect(violations).toEqual([]);
  });
});
