import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { fieldId } from './wizard-form';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let axeSource = '';

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/** axe-core's violations on the page as it is now, one line each (evaluated past the CSP, as in a11y.test.ts). */
export async function axeViolations(page: Page): Promise<string[]> {
  axeSource ||= await readFile(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(axeSource);
  const violations = (await page.evaluate(() => {
    const g = globalThis as unknown as { document: unknown; axe: { run: (ctx: unknown, opts: object) => Promise<{ violations: unknown[] }> } };
    return g.axe.run(g.document, { resultTypes: ['violations'] }).then((r) => r.violations);
  })) as Violation[];
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

export const byPath = (page: Page, path: readonly (string | number)[]) => page.locator(`#${fieldId(path)}`);

/** Types into a field the way a person does and leaves it, so it commits and may show its problems. */
export async function type(page: Page, path: readonly (string | number)[], value: string) {
  const input = byPath(page, path);
  await input.fill(value);
  await input.press('Tab');
}

export const followUpNav = (page: Page) => page.getByTestId('lifecycle-nav');

export async function openReportPart(page: Page, name: string) {
  await page.locator('.report-steps').getByRole('button', { name, exact: false }).click();
  await page.locator('#step-title', { hasText: name }).waitFor();
}
