import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startApp, type AppHarness } from './harness';
import { rulesHaveRun } from './settled';
import { fieldId } from '../../renderer/src/store/paths';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ARTIFACTS = join(ROOT, 'tests', '.artifacts');

type PageGlobals = {
  document: { activeElement: { id: string } | null };
  axe?: { run: (ctx: unknown, opts: object) => Promise<{ violations: Violation[] }> };
};
type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/** Text as a person reads it: no-break spaces become plain ones. */
const plain = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
const kronor = (s: string | null) => Number(plain(s).replace(/[^\d]/g, ''));

async function goTo(page: Page, step: RegExp, title: string) {
  await page.getByRole('navigation', { name: /Steg i ansökan|Steps of the application/ }).getByRole('button', { name: step }).click();
  await page.locator('#step-title', { hasText: title }).waitFor();
  await page.locator('.step__loading').waitFor({ state: 'detached' });
}

async function activeId(page: Page): Promise<string> {
  return page.evaluate(() => (globalThis as unknown as PageGlobals).document.activeElement?.id ?? '');
}

/** Presses Tab until the control with this id has focus, as a keyboard user moves through a form. */
async function tabTo(page: Page, id: string, max = 40) {
  for (let i = 0; i < max; i++) {
    if ((await activeId(page)) === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached #${id}`);
}

let axeSource = '';

/** axe-core evaluated through DevTools (the renderer's CSP would block a script tag). */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(axeSource);
  const violations = await page.evaluate(() => {
    const g = globalThis as unknown as PageGlobals & { document: unknown };
    return g.axe!.run(g.document, { resultTypes: ['violations'] }).then((r) => r.violations);
  });
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} at ${n.target.join(' ')}`));
}

const STEPS = [
  { file: 'goals', sv: /^Mål och logikmodell/, svTitle: 'Mål och logikmodell', en: /^Goals and logic model/, enTitle: 'Goals and logic model' },
  { file: 'activities', sv: /^Aktiviteter/, svTitle: 'Aktiviteter', en: /^Activities/, enTitle: 'Activities' },
  { file: 'budget', sv: /^Budget/, svTitle: 'Budget', en: /^Budget/, enTitle: 'Budget' },
] as const;

describe('steps Mål och logikmodell, Aktiviteter and Budget on the example application', () => {
  let h: AppHarness;
  let page: Page;
  let example: {
    goals: { logicModel: { id: string }[]; projectGoals: { logicRowIds: string[] }[] };
    activities: { startDate: string; endDate: string }[];
  };

  beforeAll(async () => {
    axeSource = await readFile(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
    example = JSON.parse(await readFile(join(ROOT, 'tests', 'fixtures', 'complete.simansokan'), 'utf8'));
    await mkdir(ARTIFACTS, { recursive: true });
    h = await startApp({ viewport: { width: 1280, height: 800 } });
    page = h.page;
    await page.getByRole('button', { name: 'Öppna exemplet' }).click();
    await page.locator('#step-title').waitFor();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('budget: an amount typed as "1 250 000 kr" is read, shown the Swedish way, and the totals and balance follow', async () => {
    await goTo(page, STEPS[2].sv, 'Budget');
    const cell = page.getByLabel('Belopp år 1, Kostnadsrad 1', { exact: true });
    const costsRow = page.getByRole('row', { name: /^Kostnader totalt/ }).first();
    const balance = page.getByTestId('budget-balance').getByRole('cell');
    const before = kronor(await cell.inputValue());
    const costsBefore = kronor(await costsRow.getByRole('cell').first().textContent());
    expect(plain(await balance.first().textContent())).toContain('I balans');

    await cell.fill('1 250 000 kr');
    await cell.blur();
    expect(plain(await cell.inputValue())).toBe('1 250 000');
    const difference = 1_250_000 - before;
    expect(kronor(await costsRow.getByRole('cell').first().textContent())).toBe(costsBefore + difference);
    // The year no longer balances: said in words, not only in red.
    const year1 = balance.first();
    expect(plain(await year1.textContent())).toBe(`✗ Underskott ${plain(new Intl.NumberFormat('sv-SE').format(difference))} kr`);
    expect(await year1.getAttribute('class')).toContain('deficit');
    expect(plain(await balance.nth(1).textContent())).toContain('I balans');

    // An entry that could mean two things is refused with a sentence, and the amount stays what it was.
    await cell.fill('1,250');
    await cell.blur();
    await expect.poll(() => page.locator(`#${fieldId(['budget', 'costLines', 0, 'amounts', 0])}-error`).textContent()).toContain('oklart');
    expect(kronor(await costsRow.getByRole('cell').first().textContent())).toBe(costsBefore + difference);
  });

  it('budget: a cost line removed from the keyboard takes its amounts out of the totals, and Ctrl+Z puts it back', async () => {
    await goTo(page, STEPS[2].sv, 'Budget');
    const costsRow = page.getByRole('row', { name: /^Kostnader totalt/ }).first();
    const costsTotal = async () => kronor(await costsRow.getByRole('cell').last().textContent());
    const before = await costsTotal();
    const lineSum = kronor(await page.locator('.bgrid__line').nth(1).locator('.budget-table__line-sum').textContent());
    expect(lineSum).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Ta bort Kostnadsrad 2', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(costsTotal).toBe(before - lineSum);
    // Said aloud and shown: the toast offers the way back to mouse users too.
    await expect.poll(async () => plain(await page.locator('.toast').textContent())).toContain('Kostnadsrad 2 borttagen. Ångra med Ctrl+Z.');

    await page.keyboard.press('Control+z');
    await expect.poll(costsTotal).toBe(before);
    await expect.poll(() => activeId(page)).toBe(fieldId(['budget', 'costLines', 1]));
  });

  it('goals: a logic-model row is added, moved, removed and brought back with the keyboard alone', async () => {
    await goTo(page, STEPS[0].sv, 'Mål och logikmodell');
    const rows = example.goals.logicModel.length;
    const heading = (i: number) => page.locator(`#${fieldId(['goals', 'logicModel', i])}`);
    const add = page.getByRole('button', { name: 'Lägg till rad i logikmodellen' });
    await add.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => activeId(page)).toBe(fieldId(['goals', 'logicModel', rows]));

    const need = fieldId(['goals', 'logicModel', rows, 'need']);
    await tabTo(page, need);
    await page.keyboard.type('Få fritidsaktiviteter för barn i Dals-Ed');
    expect(plain(await heading(rows).textContent())).toBe(`Rad ${rows + 1}: Få fritidsaktiviteter för barn i Dals-Ed`);

    // Alt+↑ moves the chain up one place; its text goes with it.
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(async () => plain(await heading(rows - 1).textContent())).toBe(`Rad ${rows}: Få fritidsaktiviteter för barn i Dals-Ed`);
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(async () => plain(await heading(rows).textContent())).toContain('Få fritidsaktiviteter');

    const remove = page.getByRole('button', { name: `Ta bort Rad ${rows + 1}`, exact: true });
    await remove.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(`#${fieldId(['goals', 'logicModel'])} > ol > li`).count()).toBe(rows);
    await expect.poll(async () => plain(await page.locator('.toast').textContent())).toContain(`Rad ${rows + 1} borttagen`);

    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator(`#${fieldId(['goals', 'logicModel'])} > ol > li`).count()).toBe(rows + 1);
    expect(await page.locator(`#${need}`).inputValue()).toBe('Få fritidsaktiviteter för barn i Dals-Ed');
  });

  it('goals: removing a row a goal links to leaves the link to be cleared, and undo brings row and link back', async () => {
    const rowIndex = example.goals.logicModel.findIndex((r) => r.id === example.goals.projectGoals[0]!.logicRowIds[0]);
    expect(rowIndex).toBeGreaterThanOrEqual(0);
    const goalLinks = page.locator(`#${fieldId(['goals', 'projectGoals', 0, 'logicRowIds'])}`);
    const linkName = /^Rad \d+: /;
    const checkedBefore = await goalLinks.getByRole('checkbox', { checked: true }).count();

    await page.getByRole('button', { name: `Ta bort Rad ${rowIndex + 1}`, exact: true }).click();
    const clear = goalLinks.getByRole('button', { name: 'Ta bort kopplingen till den borttagna raden' });
    await clear.waitFor();
    // The rules run once typing settles, so the warning may come a moment after the removal.
    await expect.poll(async () => plain(await goalLinks.textContent())).toContain('hänvisar till en rad i logikmodellen som inte längre finns');
    expect(await goalLinks.getByRole('checkbox', { checked: true, name: linkName }).count()).toBe(checkedBefore - 1);

    await page.keyboard.press('Control+z');
    await clear.waitFor({ state: 'detached' });
    expect(await goalLinks.getByRole('checkbox', { checked: true }).count()).toBe(checkedBefore);
  });

  it('activities: each activity with dates is a bar on the timeline, and one moved past the end is flagged', async () => {
    await goTo(page, STEPS[1].sv, 'Aktiviteter');
    const bars = page.getByTestId('timeline-bar');
    expect(await bars.count()).toBe(example.activities.filter((a) => a.startDate && a.endDate).length);
    const track = await page.locator('.timeline__track').first().boundingBox();
    const bar = await bars.first().boundingBox();
    expect(bar!.width).toBeGreaterThan(4);
    expect(bar!.x).toBeGreaterThanOrEqual(track!.x);
    expect(bar!.x + bar!.width).toBeLessThanOrEqual(track!.x + track!.width + 1);
    // The party is named in text beside the bar, not told by colour alone.
    expect(plain(await page.locator('.timeline__row').first().textContent())).toContain('Ansvarig: ');

    const end = page.locator(`#${fieldId(['activities', 0, 'endDate'])}`);
    const original = await end.inputValue();
    await end.fill('2031-06-30');
    await end.blur();
    await expect.poll(async () => plain(await page.locator('.timeline__row').first().textContent())).toContain('Slutar efter projektslut.');
    await end.fill(original);
    await end.blur();
    await expect.poll(async () => plain(await page.locator('.timeline__row').first().textContent())).not.toContain('Slutar efter');
  });

  it('the three steps look tidy at 1280×800 and axe-core finds nothing, in Swedish and English', async () => {
    const found: string[] = [];
    for (const lang of ['sv', 'en'] as const) {
      if (lang === 'en') await page.locator('.lang-switch select').selectOption('en');
      for (const step of STEPS) {
        await goTo(page, step[lang], lang === 'sv' ? step.svTitle : step.enTitle);
        await rulesHaveRun(page);
        await page.screenshot({ path: join(ARTIFACTS, `step-${step.file}-${lang}.png`) });
        found.push(...(await axeViolations(page)).map((v) => `${lang} ${step.file}: ${v}`));
      }
    }
    await page.locator('.lang-switch select').selectOption('sv');
    expect(found).toEqual([]);
    // Every step in a real browser can take minutes on a loaded machine: the outcome is checked, never the time.
  });
});
