import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type RunningApp } from './app';

/**
 * The real app in the real Electron: one run through what a user does first. Each step leans on the one before,
 * so they share one app; a failing step names what broke.
 */
describe('SIM-ansökan in Electron', () => {
  let run: RunningApp;
  let saved = '';
  const windows = () => run.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => ({ visible: w.isVisible(), title: w.getTitle() })));

  beforeAll(async () => {
    run = await launchApp();
    saved = join(run.home, 'Dalsland.simansokan');
  });
  afterAll(() => run?.cleanup());

  it('opens one window on the start screen, loaded from app://', async () => {
    const { page } = run;
    await page.getByRole('button', { name: 'Öppna exemplet' }).waitFor();
    expect(page.url()).toMatch(/^app:\/\//);
    await expect.poll(windows).toEqual([expect.objectContaining({ visible: true, title: expect.stringContaining('SIM-ansökan') })]);
  });

  it('opens the example', async () => {
    const { page } = run;
    await page.getByRole('button', { name: 'Öppna exemplet' }).click();
    await page.locator('.top-bar__project', { hasText: 'Tillsammans för Dalslands barn' }).waitFor();
  });

  it('takes typing, and says the change is not saved', async () => {
    const { page } = run;
    await page.getByRole('button', { name: /^Projekt ?,/ }).click();
    const title = page.locator('#f-project-title');
    await title.fill('');
    await title.pressSequentially('Dalslands barn i Electron');
    await expect.poll(() => title.inputValue()).toBe('Dalslands barn i Electron');
    await expect.poll(() => page.getByTestId('save-state').textContent()).toBe('Ändringar ej sparade');
  });

  it('saves to the file chosen in the save dialog, and holds a lock beside it while open', async () => {
    const { page } = run;
    await run.answerSave(saved);
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await expect.poll(() => page.getByTestId('save-state').textContent()).toMatch(/^Sparad \d\d:\d\d$/);
    const file = JSON.parse(await readFile(saved, 'utf8')) as { project: { title: string } };
    expect(file.project.title).toBe('Dalslands barn i Electron');
    expect(existsSync(`${saved}.lock`)).toBe(true);
  });

  it('asks before closing a window with unsaved changes, and "Avbryt" keeps it open', async () => {
    const { page } = run;
    await page.locator('#f-project-title').pressSequentially(' – ändrad');
    await expect.poll(() => page.getByTestId('save-state').textContent()).toBe('Ändringar ej sparade');
    await run.answerMessage(/^Avbryt$/);
    await run.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
    await expect.poll(async () => (await run.messageBoxes()).length).toBe(1);
    const [box] = await run.messageBoxes();
    expect(box!.message).toContain('Dalsland.simansokan');
    expect(box!.buttons).toEqual(expect.arrayContaining(['Spara', 'Spara inte', 'Avbryt']));
    expect(await windows()).toHaveLength(1);
    expect(await page.locator('#f-project-title').inputValue()).toBe('Dalslands barn i Electron – ändrad');
  });

  it('quits after "Spara inte", asking once, keeping the file as last saved and leaving no lock', async () => {
    await run.answerMessage(/^Spara inte$/);
    // The quit ends the process, so the call that asks for it may not get its answer back.
    await run.app.evaluate(({ app }) => void setTimeout(() => app.quit(), 0)).catch(() => undefined);
    const code = await run.exited;
    expect(code).toBe(0);
    const boxes = await run.messageBoxesOnDisk();
    expect(boxes).toHaveLength(2);
    expect(boxes[1]!.message).toContain('Dalsland.simansokan');
    const file = JSON.parse(await readFile(saved, 'utf8')) as { project: { title: string } };
    expect(file.project.title).toBe('Dalslands barn i Electron');
    expect(existsSync(`${saved}.lock`)).toBe(false);
  });
});
