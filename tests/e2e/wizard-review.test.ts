import { afterEach, describe, expect, it } from 'vitest';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { startApp, type AppHarness } from './harness';

type Active = { tag: string; text: string };
const activeElement = (h: AppHarness) =>
  h.page.evaluate((): Active => {
    const el = (globalThis as unknown as { document: { activeElement: { tagName: string; textContent: string | null } | null } }).document.activeElement;
    return { tag: el?.tagName ?? '', text: el?.textContent ?? '' };
  });

describe('the review step', () => {
  let h: AppHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('refuses a signature export while errors remain and lists them; a draft export is always possible', async () => {
    h = await startApp();
    const page = h.page;
    await page.getByRole('button', { name: 'Ny ansökan' }).click();
    await page.getByRole('button', { name: /^Granska och exportera ?,/ }).click();
    await page.getByRole('button', { name: 'Exportera för underskrift' }).click();
    const outcome = page.getByTestId('export-outcome');
    await expect.poll(() => outcome.innerText()).toContain('kan inte exporteras för underskrift');
    expect(await outcome.innerText()).toContain('Parter › Part 1 › Organisation måste fyllas i.');

    // A refused issue is a link to its field.
    await outcome.getByRole('link', { name: 'Parter › Part 1 › Organisation måste fyllas i.' }).click();
    await expect.poll(() => page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } } }).document.activeElement.id)).toBe(
      'f-parties-0-organisation',
    );

    await page.getByRole('button', { name: /^Granska och exportera ?,/ }).click();
    const draft = join(h.workDir, 'Utkast.docx');
    h.dialogs.queueSave(draft);
    h.dialogs.queueMessage(2);
    await page.getByRole('button', { name: 'Exportera utkast' }).click();
    await expect.poll(() => outcome.innerText()).toContain(`Dokumentet är sparat: ${draft}`);
    expect((await stat(draft)).size).toBeGreaterThan(5000);
  });

  it('shows completeness per party and per step, and a preview whose parts link back to their steps', async () => {
    h = await startApp();
    const page = h.page;
    await page.getByRole('button', { name: 'Öppna exemplet' }).click();
    await page.getByRole('button', { name: /^Granska och exportera ?,/ }).click();
    const progress = await page.getByTestId('party-progress').innerText();
    expect(progress).toMatch(/Bengtsfors kommuns delar\s+100\s%/);
    expect(progress).toMatch(/Regionens delar \(Västra Götalandsregionen\)\s+100\s%/);

    const preview = page.locator('.preview__document');
    const text = await preview.innerText();
    // Document order, the way the DOCX has it.
    const order = ['1. Parter', '2. Projekt', '3. Behovsanalys', '10. Budget', '12. Uppföljning och implementering'].map((h) => text.indexOf(h));
    expect(order.every((pos, i) => pos >= 0 && (i === 0 || pos > order[i - 1]!))).toBe(true);
    expect(text).toContain('Tillsammans för Dalsland');

    await preview.getByRole('link', { name: 'Ändra i steget Målgrupp' }).click();
    await page.locator('#step-title', { hasText: 'Målgrupp' }).waitFor();
  });

  it('export panels keep the focus on the button that started the export, and say the outcome in a polite live region', async () => {
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
