import { afterEach, describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serializeApplication } from '../../../shared/model';
import { startApp, type AppHarness } from '../../e2e/harness';
import { workedExample } from './example';

/**
 * The Samhällsekonomi step in real Chromium against the built renderer (npm test builds it first;
 * SOCIO_RENDERER_DIR points at another build). A person opens the worked example, sees the hand-checked
 * results, changes the effect and sees them follow, and adds a cost from the unit-cost library.
 */
const rendererDir = process.env.SOCIO_RENDERER_DIR || undefined;
const shots = process.env.SOCIO_SHOTS || '';

async function openStep(h: AppHarness, file: string) {
  const page = h.page;
  h.dialogs.queueOpen(file);
  await page.getByRole('button', { name: 'Öppna ansökan …' }).click();
  await page.locator('#step-title').waitFor();
  await page.getByRole('navigation', { name: /Steg i ansökan/ }).getByRole('button', { name: /^Samhällsekonomi ?,/ }).click();
  await page.locator('#step-title', { hasText: 'Samhällsekonomi' }).waitFor();
}

const figures = (h: AppHarness) => h.page.getByTestId('socio-figures').innerText().then((s) => s.replace(/\u00a0/g, ' '));

describe('step Samhällsekonomi', () => {
  let h: AppHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('shows the worked example, follows a change of effect, and adds a library cost with its source', async () => {
    h = await startApp({ rendererDir, viewport: { width: 1280, height: 2400 } });
    const file = join(h.workDir, 'exempel.simansokan');
    await writeFile(file, serializeApplication(workedExample()));
    await openStep(h, file);
    const page = h.page;

    await expect.poll(() => figures(h!)).toContain('Återbetalningsår\når 4');
    const before = await figures(h);
    expect(before).toContain('65 808 268 kr');
    expect(before).toContain('15,86 (9,91 % av dem som nås)');
    expect(before).toContain('2,52 kr');
    expect(await page.getByTestId('socio-not-budget').innerText()).toContain('inte besparingar i en enskild organisations budget');
    expect(await page.locator('text=Investering enligt budgeten: 27 000 000 kr').count()).toBe(1);
    await expect.poll(() => page.getByTestId('socio-payback-mark').textContent()).toBe('Återbetalt år 4');
    // Charts have a text alternative and the page passes axe, with the value tables opened.
    const chart = page.getByTestId('socio-chart-cumulative');
    expect(await chart.getAttribute('role')).toBe('img');
    const ids = ((await chart.getAttribute('aria-labelledby')) ?? '').split(' ');
    const names = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()));
    expect(names.join(' ').replace(/\u00a0/g, ' ')).toContain('Återbetalning: år 4');
    for (const summary of await page.getByText('Visa diagrammets värden som tabell').all()) await summary.click();
    // Evaluated over the devtools protocol: the app's CSP rightly refuses an injected script tag.
    await page.evaluate(await readFile(require.resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const res = await axe.run('main', { resultTypes: ['violations'] });
      return res.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
    if (shots) {
      await page.screenshot({ path: join(shots, 'step-example.png'), fullPage: true });
      const results = page.locator('section', { has: page.locator('#socio-results-title') });
      await results.screenshot({ path: join(shots, 'step-results.png') });
    }

    // Effect 50 → 10 %: a fifth of the successes; nothing pays back within eight years.
    const effect = page.getByLabel('Förväntad effekt (%)');
    await effect.fill('10');
    await expect.poll(() => figures(h!)).toContain('Återbetalningsår\ninte inom kalkylperioden');
    expect(await figures(h)).toContain('Förväntade lyckade utfall\n8');
    expect(await page.getByTestId('socio-payback-mark').count()).toBe(0);

    // Zero effect: no payback, no NaN or Infinity anywhere on the page.
    await effect.fill('0');
    await expect.poll(() => figures(h!)).toContain('Förväntade lyckade utfall\n0');
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/NaN|Infinity|undefined/);
    expect(text).toContain('För en fullständig kalkyl saknas: förväntad effekt.');
    await effect.fill('50');

    // Add "Förskoleplats" from the library for 2 years: 40 successes × 163 000 × 2 = 13 040 000 more, undiscounted.
    await page.getByLabel('Referensvärde').selectOption('preschool-place');
    await page.getByLabel('Antal år', { exact: true }).fill('2');
    expect(await page.locator('text=Blir 163 000 kr per lyckat utfall och år i 2 år.').count()).toBe(1);
    await page.getByRole('button', { name: 'Lägg till', exact: true }).click();
    const row = ['socioEconomics', 'avoidedCosts', 3];
    await expect.poll(() => page.locator(`#f-${row.join('-')}-source`).inputValue()).toBe('SCB, kostnad per elev, förskola');
    expect(await page.locator(`#f-${row.join('-')}-sourceYear`).inputValue()).toBe('2021');
    await expect.poll(() => figures(h!)).not.toBe(before);
    if (shots) await page.screenshot({ path: join(shots, 'step-library.png'), fullPage: true });
  });
});
