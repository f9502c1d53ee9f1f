import { afterAll, describe, expect, it } from 'vitest';
import { startApp, type AppHarness } from './harness';

const STEPS = ['Parter', 'Projekt', 'Behovsanalys', 'Inriktning', 'Målgrupp', 'Barnrätt', 'Mål och logikmodell', 'Aktiviteter', 'Samverkan', 'Budget', 'Samhällsekonomi', 'Uppföljning och implementering', 'Granska och exportera'];

describe('the window layout', () => {
  let h: AppHarness | undefined;
  afterAll(() => h?.close());

  it('never scrolls as a whole on any step, so the top bar stays in view (only the panes scroll)', async () => {
    h = await startApp({ viewport: { width: 1280, height: 800 } });
    const page = h.page;
    await page.locator('.start__actions button').first().waitFor();
    await h.sendMainEvent({ type: 'menu', command: 'openExample' });
    await page.locator('#step-title').waitFor();
    for (const step of STEPS) {
      await page.getByRole('navigation', { name: /Steg i ansökan/ }).getByRole('button', { name: new RegExp(`^${step} ?,`) }).click();
      await page.locator('#step-title', { hasText: step }).waitFor();
      // Focus the last control of the step: scrolling it into view must move the pane, not the page.
      await page.locator('.wizard__main :is(input, textarea, select, button)').last().focus();
      const { scrollHeight, innerHeight, topBar } = await page.evaluate(() => {
        type Box = { getBoundingClientRect(): { top: number } };
        const w = globalThis as unknown as { innerHeight: number; document: { documentElement: { scrollHeight: number }; querySelector(s: string): Box | null } };
        return {
          scrollHeight: w.document.documentElement.scrollHeight,
          innerHeight: w.innerHeight,
          topBar: w.document.querySelector('.top-bar')!.getBoundingClientRect().top,
        };
      });
      expect({ step, scrollHeight, topBar }).toEqual({ step, scrollHeight: innerHeight, topBar: 0 });
    }
  });
});
