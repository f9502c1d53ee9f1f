import { afterEach, describe, expect, it } from 'vitest';
import { copyFile, readFile, utimes, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { startApp, type AppHarness } from './harness';

const COMPLETE = fileURLToPath(new URL('../fixtures/complete.simansokan', import.meta.url));

describe('saving when the file changed on disk', () => {
  let h: AppHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('asks what to do; overwriting keeps this window’s edit, and the window says it is saved', async () => {
    h = await startApp();
    const path = join(h.workDir, 'Dalsland.simansokan');
    await copyFile(COMPLETE, path);
    const page = h.page;
    h.dialogs.queueOpen(path);
    await page.getByRole('button', { name: 'Öppna ansökan …' }).click();
    await page.getByRole('button', { name: /^Projekt ?,/ }).click();
    await page.locator('#f-project-title').fill('Tillsammans för Dalslands barn 2025');

    // Someone else saves the file meanwhile.
    const other = JSON.parse(await readFile(path, 'utf8'));
    other.needs.sources = 'Ändrad av en kollega';
    await writeFile(path, JSON.stringify(other, null, 2));
    const later = new Date(Date.now() + 5000);
    await utimes(path, later, later);

    await page.keyboard.press('Control+s');
    const dialog = page.getByRole('dialog', { name: 'Filen har ändrats av någon annan' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Skriv över filen med mina ändringar' }).click();
    await expect.poll(() => page.getByTestId('save-state').textContent()).toMatch(/^Sparad \d\d:\d\d$/);
    const saved = JSON.parse(await readFile(path, 'utf8'));
    expect(saved.project.title).toBe('Tillsammans för Dalslands barn 2025');
  });

  it('can take the version on disk instead, dropping this window’s edit', async () => {
    h = await startApp();
    const path = join(h.workDir, 'Dalsland.simansokan');
    await copyFile(COMPLETE, path);
    const page = h.page;
    h.dialogs.queueOpen(path);
    await page.getByRole('button', { name: 'Öppna ansökan …' }).click();
    await page.getByRole('button', { name: /^Projekt ?,/ }).click();
    await page.locator('#f-project-title').fill('Min ändring');
    const other = JSON.parse(await readFile(path, 'utf8'));
    other.project.title = 'Kollegans titel';
    await writeFile(path, JSON.stringify(other, null, 2));
    const later = new Date(Date.now() + 5000);
    await utimes(path, later, later);

    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByRole('button', { name: 'Läs in filen från disken (dina ändringar här försvinner)' }).click();
    // The reloaded document opens at its first step: wait for it (its title in the top bar) before moving on.
    await page.locator('.top-bar__project', { hasText: 'Kollegans titel' }).waitFor();
    await page.getByRole('button', { name: /^Projekt ?,/ }).click();
    await expect.poll(() => page.locator('#f-project-title').inputValue()).toBe('Kollegans titel');
    expect(await page.getByTestId('save-state').textContent()).not.toBe('Ändringar ej sparade');
  });
});
