import { afterEach, describe, expect, it } from 'vitest';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { CONTENT_KEYS } from '../../shared/model/schema';
import { startApp, type AppHarness } from './harness';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ARTIFACTS = join(ROOT, 'tests', '.artifacts');
const STEP = { project: 1, review: 12 } as const;

async function goTo(page: Page, index: number) {
  await page.locator('.step-link').nth(index).click();
  await page.locator('#step-title', { hasText: `${index + 1}.` }).waitFor();
  await page.locator('.step__loading').waitFor({ state: 'detached' });
}

async function saved(page: Page) {
  await expect.poll(() => page.getByTestId('save-state').textContent()).toMatch(/^Sparad \d\d:\d\d$/);
}

type Json = Record<string, unknown>;
const contentOfFile = (file: Json) => Object.fromEntries(CONTENT_KEYS.map((k) => [k, file[k]]));

describe('co-owners: a partner copy is not trusted about the shared history', () => {
  const apps: AppHarness[] = [];
  afterEach(async () => {
    for (const a of apps.splice(0)) await a.close();
  });

  it('a copy claiming my edited version as its base, dated in the future, shows my edit as a conflict; another application and repeated ids are refused with a sentence', async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    const kommun = await startApp();
    apps.push(kommun);
    const page = kommun.page;
    const mine = join(kommun.workDir, 'Dalsland.simansokan');
    const copy = join(kommun.workDir, 'Dalsland till regionen.simansokan');

    await page.getByRole('button', { name: 'Öppna exemplet' }).click();
    // The example is open (its first field shown) before it is saved: a Ctrl+S on the start screen does nothing.
    await page.locator('#f-parties-0-organisation').waitFor();
    kommun.dialogs.queueSave(mine);
    await page.keyboard.press('Control+s');
    await saved(page);
    await goTo(page, STEP.review);
    kommun.dialogs.queueSave(copy);
    await page.getByRole('button', { name: 'Skicka till samverkanspart …' }).click();
    await expect.poll(() => page.getByTestId('exchange-outcome').textContent()).toContain('Kopian är sparad');

    // My edit after sending, saved.
    await goTo(page, STEP.project);
    await page.locator('#f-project-title').fill('Kommunens titel efter utskicket');
    await page.keyboard.press('Control+s');
    await saved(page);

    // The partner's copy changes the title and claims that my edited version is what we shared, dated far ahead.
    const sent = JSON.parse(await readFile(copy, 'utf8')) as Json;
    const onDisk = JSON.parse(await readFile(mine, 'utf8')) as Json;
    const claimed = { ...(sent.workflow as Json), exchange: { ...((sent.workflow as Json).exchange as Json), base: contentOfFile(onDisk), baseAt: '2099-01-01T00:00:00.000Z' } };
    const hostile = join(kommun.workDir, 'Från regionen.simansokan');
    await writeFile(hostile, JSON.stringify({ ...sent, project: { ...(sent.project as Json), title: 'Regionens titel' }, updatedAt: '2025-01-01T00:00:00.000Z', workflow: claimed }));

    kommun.dialogs.queueOpen(hostile);
    await kommun.sendMainEvent({ type: 'menu', command: 'readPartner' });
    const dialog = page.getByRole('dialog', { name: 'Samverkanspartens version' });
    await dialog.waitFor();
    await expect.poll(() => dialog.textContent()).toContain('Båda versionerna utgår från samma tidigare version');
    const conflicts = dialog.getByTestId('merge-conflicts');
    const title = conflicts.getByRole('group', { name: 'Projekt › Projektets namn' });
    expect(await title.textContent()).toContain('Kommunens titel efter utskicket');
    expect(await title.textContent()).toContain('Regionens titel');
    expect(await dialog.getByText('Inga ändringar tas över utan att du väljer.').count()).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, 'coowners-claimed-base.png') });
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await dialog.waitFor({ state: 'detached' });
    await goTo(page, STEP.project);
    expect(await page.locator('#f-project-title').inputValue()).toBe('Kommunens titel efter utskicket');

    // A copy of another application, and a copy with two cost lines sharing an id: a sentence each, nothing changed.
    await goTo(page, STEP.review);
    const other = join(kommun.workDir, 'Annan ansökan.simansokan');
    await writeFile(other, JSON.stringify({ ...sent, id: '0b5e6a1c-3f7d-4e2a-9c8b-1d2e3f4a5b6c' }));
    kommun.dialogs.queueOpen(other);
    await page.getByRole('button', { name: 'Läs in samverkanspartens version …' }).click();
    await expect.poll(() => page.getByTestId('exchange-outcome').textContent()).toContain('Filen är en annan ansökan, inte en version av den här. Inget har ändrats.');

    const budget = sent.budget as { costLines: Json[] };
    const twins = join(kommun.workDir, 'Dubbla rader.simansokan');
    const costLines = [budget.costLines[0], { ...budget.costLines[1], id: budget.costLines[0]!.id }, ...budget.costLines.slice(2)];
    await writeFile(twins, JSON.stringify({ ...sent, budget: { ...budget, costLines } }));
    kommun.dialogs.queueOpen(twins);
    await page.getByRole('button', { name: 'Läs in samverkanspartens version …' }).click();
    await expect.poll(() => page.getByTestId('exchange-outcome').textContent()).toContain('Budget › Kostnadsrad 2: har samma id');
    await page.getByTestId('exchange-outcome').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'coowners-duplicate-ids.png') });
    expect(await page.getByTestId('save-state').textContent()).toMatch(/^Sparad/);
  });
});
