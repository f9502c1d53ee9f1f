import { afterEach, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { API_CHANNELS } from '../../shared/ipc/contract';
import { startApp, type AppHarness } from './harness';

const PAGE = fileURLToPath(new URL('./harness-page', import.meta.url));
const status = (h: AppHarness, text: string) => h.page.locator('#status').filter({ hasText: new RegExp(`^${text}$`) }).waitFor();

describe('browser harness', () => {
  let h: AppHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('gives the page the same window.api as the preload, bound to the real handlers', async () => {
    h = await startApp({ rendererDir: PAGE });
    await status(h, 'Klar');
    const names = await h.page.evaluate(() => Object.keys((globalThis as unknown as { api: object }).api).sort());
    expect(names).toEqual([...Object.keys(API_CHANNELS), 'onMainEvent'].sort());
    const title = await h.page.inputValue('#title');
    expect(title).toContain('Dalsland');
  });

  it('recovers an edit after the page is closed without saving, and nothing leaves the app', async () => {
    h = await startApp({ rendererDir: PAGE });
    await status(h, 'Klar');
    await h.page.fill('#title', 'Trygg start i Bengtsfors');
    await status(h, 'written');
    await h.reload();
    const offer = h.page.getByRole('button', { name: 'Återställ Trygg start i Bengtsfors' });
    await offer.waitFor();
    await offer.click();
    await status(h, 'Återställd');
    expect(await h.page.inputValue('#title')).toBe('Trygg start i Bengtsfors');
    expect(h.externalRequests).toEqual([]);
  });

  it('blocks and records every request that leaves the app server', async () => {
    h = await startApp({ rendererDir: PAGE });
    // The renderer's CSP already stops a fetch before it becomes a request; a page without it shows the recorder.
    const other = await h.page.context().newPage();
    await other.goto('https://example.com/x').catch(() => undefined);
    expect(h.externalRequests).toEqual(['https://example.com/x']);
    await h.page.evaluate(() => fetch('https://example.org/y').catch(() => undefined));
    await expect.poll(() => h!.externalRequests.join(' | ')).toBe('https://example.com/x | https://example.org/y');
  });

  it('delivers main events and enforces the CSP against inline script', async () => {
    h = await startApp({ rendererDir: PAGE });
    await status(h, 'Klar');
    await h.sendMainEvent({ type: 'menu', command: 'save' });
    expect(await h.page.textContent('#events')).toBe(JSON.stringify({ type: 'menu', command: 'save' }));
    await h.page.click('#inline');
    expect(await h.page.title()).not.toBe('inline ran');
    await expect.poll(() => h!.cspViolations).toContain('script-src-elem inline');
  });
});
