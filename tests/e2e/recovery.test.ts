import { afterEach, describe, expect, it } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startApp, type AppHarness } from './harness';

/** The recovery copies on disk that mention `text` (written by the app a second after the last edit). */
async function draftsContaining(userDataDir: string, text: string): Promise<number> {
  const dir = join(userDataDir, 'recovery');
  const names = await readdir(dir).catch(() => [] as string[]);
  let n = 0;
  for (const name of names) if ((await readFile(join(dir, name), 'utf8')).includes(text)) n++;
  return n;
}

describe('nothing typed is lost when the window goes away unsaved', () => {
  let h: AppHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('offers the unsaved edit after a restart and restores it; discarding removes the offer', async () => {
    h = await startApp();
    const page = h.page;
    await page.getByRole('button', { name: 'Ny ansökan' }).click();
    await page.getByRole('button', { name: /^Projekt ?,/ }).click();
    await page.locator('#f-project-title').fill('Läsfrämjande i Tranemo');
    await page.locator('#f-project-summary').fill('Förskola och BVC läser med barnen – åäö ÅÄÖ.');
    await expect.poll(() => draftsContaining(h!.userDataDir, 'Läsfrämjande i Tranemo')).toBe(1);

    await h.reload();
    const restore = h.page.getByRole('button', { name: 'Återställ Läsfrämjande i Tranemo' });
    await restore.click();
    await h.page.getByRole('button', { name: /^Projekt ?,/ }).click();
    expect(await h.page.locator('#f-project-title').inputValue()).toBe('Läsfrämjande i Tranemo');
    expect(await h.page.locator('#f-project-summary').inputValue()).toBe('Förskola och BVC läser med barnen – åäö ÅÄÖ.');
    expect(await h.page.getByTestId('save-state').textContent()).toBe('Ändringar ej sparade');

    // Restored, still unsaved, and lost again: the same copy is offered once more, not a second one.
    await h.page.locator('#f-project-title').fill('Läsfrämjande i Tranemo kommun');
    await expect.poll(() => draftsContaining(h!.userDataDir, 'Läsfrämjande i Tranemo kommun')).toBe(1);
    await h.reload();
    const discard = h.page.getByRole('button', { name: 'Släng Läsfrämjande i Tranemo kommun' });
    await discard.waitFor();
    expect(await h.page.getByRole('button', { name: /^Återställ/ }).count()).toBe(1);
    await discard.click();
    await expect.poll(() => h!.page.getByRole('button', { name: /^Återställ/ }).count()).toBe(0);
    expect(await draftsContaining(h.userDataDir, 'Läsfrämjande')).toBe(0);

    expect(h.externalRequests).toEqual([]);
    expect(h.cspViolations).toEqual([]);
  });

  it('a saved application leaves no recovery copy behind', async () => {
    h = await startApp();
    const page = h.page;
    await page.getByRole('button', { name: 'Ny ansökan' }).click();
    await page.getByRole('button', { name: /^Projekt ?,/ }).click();
    await page.locator('#f-project-title').fill('Språkstart Vara');
    await expect.poll(() => draftsContaining(h!.userDataDir, 'Språkstart Vara')).toBe(1);
    h.dialogs.queueSave(join(h.workDir, 'Språkstart.simansokan'));
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await expect.poll(() => page.getByTestId('save-state').textContent()).toMatch(/^Sparad \d\d:\d\d$/);
    await expect.poll(() => draftsContaining(h!.userDataDir, 'Språkstart Vara')).toBe(0);
    await h.reload();
    await h.page.getByRole('button', { name: 'Ny ansökan' }).waitFor();
    expect(await h.page.getByRole('button', { name: /^Återställ/ }).count()).toBe(0);
    expect(h.externalRequests).toEqual([]);
  });
});
