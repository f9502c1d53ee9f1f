import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startApp, type AppHarness } from './harness';
import { rulesHaveRun } from './settled';
import type { BrowserGlobals } from './wizard-form';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ARTIFACTS = join(ROOT, 'tests', '.artifacts');
const STEP_COUNT = 13;

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] };

let axeSource = '';

/**
 * axe-core in the page. The renderer's CSP refuses inline scripts, so a <script> tag (addScriptTag) would be
 * blocked; evaluating the source through the DevTools protocol is not subject to the page's CSP.
 */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(axeSource);
  const violations = (await page.evaluate(() => {
    const g = globalThis as unknown as BrowserGlobals & { axe: { run: (ctx: unknown, opts: object) => Promise<{ violations: unknown[] }> } };
    return g.axe.run(g.document, { resultTypes: ['violations'] }).then((r) => r.violations);
  })) as Violation[];
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

async function visitStep(page: Page, index: number) {
  await page.locator('.step-link').nth(index).click();
  await page.locator('#step-title', { hasText: `${index + 1}.` }).waitFor();
  // Steps load lazily and the rules run once typing settles: wait for the form and the panel to be there.
  await page.locator('.step__loading').waitFor({ state: 'detached' });
  await rulesHaveRun(page);
}

describe('accessibility: axe-core finds nothing on any step, in Swedish and English', () => {
  let h: AppHarness;
  beforeAll(async () => {
    axeSource = await readFile(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
    await mkdir(ARTIFACTS, { recursive: true });
    h = await startApp({ viewport: { width: 1280, height: 800 } });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('the start screen', async () => {
    await h.page.getByRole('button', { name: 'Ny ansökan' }).waitFor();
    await h.page.screenshot({ path: join(ARTIFACTS, 'sv-00-start.png') });
    expect(await axeViolations(h.page)).toEqual([]);
  });

  it('every step of the filled-in example, in Swedish', async () => {
    await h.page.getByRole('button', { name: 'Öppna exemplet' }).click();
    const found: string[] = [];
    for (let i = 0; i < STEP_COUNT; i++) {
      await visitStep(h.page, i);
      await h.page.screenshot({ path: join(ARTIFACTS, `sv-${String(i + 1).padStart(2, '0')}.png`) });
      found.push(...(await axeViolations(h.page)).map((v) => `step ${i + 1}: ${v}`));
    }
    expect(found).toEqual([]);
    // Every step in a real browser can take minutes on a loaded machine: the outcome is checked, never the time.
  });

  it('every step of an empty application (its empty fields listed as to do), in English', async () => {
    await h.page.getByRole('combobox', { name: 'Språk', exact: true }).selectOption('en');
    await h.page.getByRole('button', { name: 'Close application' }).click();
    await h.page.getByRole('button', { name: 'New application' }).click();
    const found: string[] = [];
    for (let i = 0; i < STEP_COUNT; i++) {
      await visitStep(h.page, i);
      await h.page.screenshot({ path: join(ARTIFACTS, `en-${String(i + 1).padStart(2, '0')}.png`) });
      found.push(...(await axeViolations(h.page)).map((v) => `step ${i + 1}: ${v}`));
    }
    expect(found).toEqual([]);
    // Every step in a real browser can take minutes on a loaded machine: the outcome is checked, never the time.
  });

  it('a question dialog (unsaved changes) in English', async () => {
    await h.page.locator('.step-link').nth(1).click();
    await h.page.locator('#f-project-title').fill('Unsaved title');
    await h.page.getByRole('button', { name: 'Close application' }).click();
    await h.page.getByRole('dialog').waitFor();
    await h.page.screenshot({ path: join(ARTIFACTS, 'en-dialog.png') });
    expect(await axeViolations(h.page)).toEqual([]);
    await h.page.keyboard.press('Escape');
    await h.page.getByRole('dialog').waitFor({ state: 'hidden' });
  });
});
