import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { startApp, type AppHarness } from './harness';

type Active = { tag: string; text: string };
const activeElement = (h: AppHarness) =>
  h.page.evaluate((): Active => {
    const el = (globalThis as unknown as { document: { activeElement: { tagName: string; textContent: string | null } | null } }).document.activeElement;
    return { tag: el?.tagName ?? '', text: el?.textContent ?? '' };
  });

describe('the export panels and the keyboard', () => {
  let h: AppHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('keep the focus on the button that started the export, and say the outcome in a polite live region', async () => {
    h = await startApp();
    const page = h.page;
    await page.getByRole('button', { name: 'Ny ansökan' }).click();
    await page.getByRole('button', { name: /^Granska och exportera ?,/ }).click();
    const panels = [
      { button: 'Exportera utkast', outcome: 'export-outcome', file: 'Utkast.docx' },
      { button: 'Exportera idéskiss (DOCX)', outcome: 'idea-export-outcome', file: 'Ideskiss.docx' },
    ];
    for (const p of panels) {
      const outcome = page.getByTestId(p.outcome);
      expect(await outcome.getAttribute('aria-live')).toBe('polite');
      const path = join(h.workDir, p.file);
      h.dialogs.queueSave(path);
      await page.getByRole('button', { name: p.button }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => outcome.innerText(), { timeout: 60_000 }).toContain(`Dokumentet är sparat: ${path}`);
      expect(await activeElement(h)).toEqual({ tag: 'BUTTON', text: p.button });
    }

    // Refused: the focus is still on the button, and the next Tab stops at the next button, not at the page's start.
    await page.getByRole('button', { name: 'Exportera för underskrift' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('export-outcome').innerText(), { timeout: 60_000 }).toContain('kan inte exporteras för underskrift');
    expect(await activeElement(h)).toEqual({ tag: 'BUTTON', text: 'Exportera för underskrift' });
    await page.keyboard.press('Tab');
    expect(await activeElement(h)).toEqual({ tag: 'BUTTON', text: 'Exportera utkast' });
  }, 180_000);
});
