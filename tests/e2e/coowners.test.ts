import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { startApp, type AppHarness } from './harness';
import type { BrowserGlobals } from './wizard-form';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ARTIFACTS = join(ROOT, 'tests', '.artifacts');
const STEP = { project: 1, needs: 2, targetGroup: 4, collaboration: 8, review: 12 } as const;

let axeSource = '';

async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(axeSource);
  const violations = (await page.evaluate(() => {
    const g = globalThis as unknown as BrowserGlobals & { axe: { run: (ctx: unknown, opts: object) => Promise<{ violations: unknown[] }> } };
    return g.axe.run(g.document, { resultTypes: ['violations'] }).then((r) => r.violations);
  })) as { id: string; help: string; nodes: { target: string[] }[] }[];
  return violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

async function goTo(page: Page, index: number) {
  await page.locator('.step-link').nth(index).click();
  await page.locator('#step-title', { hasText: `${index + 1}.` }).waitFor();
  await page.locator('.step__loading').waitFor({ state: 'detached' });
}

/** Answers "Vem arbetar du som?" the way a person does. */
async function sayWhoIAm(page: Page, name: string, party: string) {
  const prompt = page.getByRole('region', { name: 'Vem arbetar du som?' });
  await prompt.getByLabel('Ditt namn').fill(name);
  await chooseParty(prompt.getByLabel('Du arbetar för'), party);
  await prompt.getByRole('button', { name: 'Använd de här uppgifterna' }).click();
  await expect.poll(() => page.getByTestId('who-badge').textContent()).toContain(`Du arbetar som ${name}, ${party}`);
}

/** Options name the party with its unit ("Bengtsfors kommun, IFO"): choose by the organisation. */
async function chooseParty(select: Locator, organisation: string) {
  const value = await select.locator('option', { hasText: organisation }).first().getAttribute('value');
  await select.selectOption(value!);
}

async function saved(page: Page) {
  await expect.poll(() => page.getByTestId('save-state').textContent()).toMatch(/^Sparad \d\d:\d\d$/);
}

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('co-owners: exchange and merge, Klar per party, freeze before signing', () => {
  const apps: AppHarness[] = [];
  beforeAll(async () => {
    axeSource = await readFile(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
    await mkdir(ARTIFACTS, { recursive: true });
  });
  afterEach(async () => {
    for (const a of apps.splice(0)) await a.close();
  });

  it('the municipality sends a copy, the region edits it, and the merge takes over one-sided edits and asks about the common field', async () => {
    const kommun = await startApp();
    apps.push(kommun);
    const page = kommun.page;
    const mine = join(kommun.workDir, 'Dalsland.simansokan');
    const copy = join(kommun.workDir, 'Dalsland till regionen.simansokan');

    await page.getByRole('button', { name: 'Öppna exemplet' }).click();
    await sayWhoIAm(page, 'Anna Berg', 'Bengtsfors kommun');
    kommun.dialogs.queueSave(mine);
    await page.keyboard.press('Control+s');
    await saved(page);

    await goTo(page, STEP.review);
    kommun.dialogs.queueSave(copy);
    await page.getByRole('button', { name: 'Skicka till samverkanspart …' }).click();
    await expect.poll(() => page.getByTestId('exchange-outcome').textContent()).toContain('Kopian är sparad: Dalsland till regionen.simansokan');

    // The municipality works on: the needs analysis, and the common project title.
    await goTo(page, STEP.needs);
    await page.locator('#f-needs-sources').fill('Kommunens egen källa: elevhälsans statistik 2024');
    await goTo(page, STEP.project);
    await page.locator('#f-project-title').fill('Tidigt stöd i Dalsland (kommunens förslag)');
    await page.keyboard.press('Control+s');
    await saved(page);
    const onDisk = JSON.parse(await readFile(mine, 'utf8'));
    expect(onDisk.workflow.changeLog.at(-1)).toMatchObject({ by: 'Anna Berg', partyId: '5a1e0000-0000-4000-8000-000000000001', steps: ['project', 'needs'] });

    // The region opens the copy on its own computer, edits the target group and the same title differently, saves.
    const regionen = await startApp();
    apps.push(regionen);
    const rp = regionen.page;
    regionen.dialogs.queueOpen(copy);
    await rp.getByRole('button', { name: 'Öppna ansökan …' }).click();
    await sayWhoIAm(rp, 'Rut Lind', 'Västra Götalandsregionen');
    await goTo(rp, STEP.targetGroup);
    await rp.locator('#f-targetGroup-selection').fill('Regionens urval: barn 0–12 år med kontakt med barnhälsovården');
    await goTo(rp, STEP.project);
    await rp.locator('#f-project-title').fill('Tidigt stöd i Dalsland (regionens förslag)');
    await rp.keyboard.press('Control+s');
    await saved(rp);

    // Back at the municipality: read the region's version, from the Arkiv menu (which also brings up the review).
    await goTo(page, STEP.project);
    kommun.dialogs.queueOpen(copy);
    await kommun.sendMainEvent({ type: 'menu', command: 'readPartner' });
    const dialog = page.getByRole('dialog', { name: 'Samverkanspartens version' });
    await dialog.waitFor();
    await expect.poll(() => dialog.textContent()).toContain('Båda versionerna utgår från samma tidigare version');
    const taken = dialog.getByTestId('merge-taken-over');
    expect(await taken.textContent()).toContain('Målgrupp › Urval');
    expect(await taken.textContent()).toContain('Regionens urval: barn 0–12 år');
    const conflicts = dialog.getByTestId('merge-conflicts');
    expect(await conflicts.locator('fieldset').count()).toBe(1);
    const title = conflicts.getByRole('group', { name: 'Projekt › Projektets namn' });
    expect(await title.textContent()).toContain('Tidigt stöd i Dalsland (kommunens förslag)');
    expect(await title.textContent()).toContain('Tidigt stöd i Dalsland (regionens förslag)');

    // Nothing is applied without a choice.
    await dialog.getByRole('button', { name: 'Använd sammanslagningen' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('Välj version för 1 fält till');
    await title.getByRole('radio', { name: /Samverkanspartens version/ }).check();
    await page.screenshot({ path: join(ARTIFACTS, 'coowners-merge.png') });
    expect(await axeViolations(page)).toEqual([]);

    await dialog.getByRole('button', { name: 'Använd sammanslagningen' }).click();
    await page.getByRole('dialog', { name: 'Samverkanspartens version' }).getByRole('button', { name: 'OK' }).click();
    expect(await page.getByTestId('save-state').textContent()).toBe('Ändringar ej sparade');

    await goTo(page, STEP.project);
    expect(await page.locator('#f-project-title').inputValue()).toBe('Tidigt stöd i Dalsland (regionens förslag)');
    await goTo(page, STEP.needs);
    expect(await page.locator('#f-needs-sources').inputValue()).toBe('Kommunens egen källa: elevhälsans statistik 2024');
    await goTo(page, STEP.targetGroup);
    expect(await page.locator('#f-targetGroup-selection').inputValue()).toBe('Regionens urval: barn 0–12 år med kontakt med barnhälsovården');

    // Saved, the log holds both sides' saves; the review lists them newest first.
    await page.keyboard.press('Control+s');
    await saved(page);
    await goTo(page, STEP.review);
    const log = page.getByTestId('change-log');
    const rows = await log.locator('tbody tr').allTextContents();
    expect(rows[0]).toContain('Anna Berg, Bengtsfors kommun');
    expect(rows[0]).toContain('Projekt');
    expect(rows[0]).toContain('Målgrupp');
    expect(rows.some((r) => r.includes('Rut Lind, Västra Götalandsregionen') && r.includes('Målgrupp'))).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'coowners-review.png'), fullPage: true });
  });

  it('a step marked Klar loses its approval visibly when edited; a frozen application lists what changed since', async () => {
    const h = await startApp();
    apps.push(h);
    const page = h.page;
    await page.getByRole('button', { name: 'Öppna exemplet' }).click();
    await sayWhoIAm(page, 'Anna Berg', 'Bengtsfors kommun');

    await goTo(page, STEP.needs);
    const approval = page.getByTestId('step-approval');
    expect(await approval.textContent()).toContain('Ansvarig: Bengtsfors kommun');
    await approval.getByRole('button', { name: 'Markera steget som klart för Bengtsfors kommun' }).click();
    await expect.poll(() => approval.textContent()).toContain(`Klar enligt Bengtsfors kommun (Anna Berg, ${today()})`);
    const link = page.locator('.step-link').nth(STEP.needs);
    await expect.poll(() => link.textContent()).toContain('klart enligt Bengtsfors kommun');
    await page.screenshot({ path: join(ARTIFACTS, 'coowners-klar.png') });

    await page.locator('#f-needs-causes').fill('Ändrad orsaksbeskrivning efter godkännandet');
    await expect.poll(() => approval.textContent()).toContain('Bengtsfors kommuns godkännande upphävdes när steget ändrades');
    expect(await link.textContent()).not.toContain('klart enligt');
    await approval.getByRole('button', { name: 'Markera steget som klart för Bengtsfors kommun' }).waitFor();

    // The responsible party is set in Samverkan and shown in the step list.
    await goTo(page, STEP.collaboration);
    await chooseParty(page.getByRole('combobox', { name: 'Ansvarig part för Behovsanalys' }), 'Västra Götalandsregionen');
    await expect.poll(() => link.textContent()).toContain('Västra Götalandsregionen');

    await goTo(page, STEP.review);
    await page.getByRole('button', { name: 'Lås för underskrift' }).click();
    const banner = page.getByTestId('freeze-banner');
    await expect.poll(() => banner.textContent()).toMatch(new RegExp(`Version för underskrift: låst för underskrift ${today()} \\(Dokument-ID [0-9A-F]{4}(?:-[0-9A-F]{4}){7}\\)`));
    expect(await page.getByTestId('freeze-note').textContent()).toBe('Låst för underskrift');

    await goTo(page, STEP.project);
    await page.locator('#f-project-title').fill('Titel efter låsningen');
    await goTo(page, STEP.review);
    await expect.poll(() => banner.textContent()).toContain('Ansökan har ändrats sedan den låstes för underskrift');
    const diff = page.getByTestId('freeze-differences');
    expect(await diff.textContent()).toContain('Projekt › Projektets namn');
    expect(await diff.textContent()).toContain('Titel efter låsningen');
    expect(await page.getByTestId('freeze-note').textContent()).toBe('Ändrad sedan låsningen');
    await banner.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'coowners-frozen-changed.png') });

    // The frozen version is exported again unchanged: the same Dokument-ID as when it was frozen.
    h.dialogs.queueSave(join(h.workDir, 'Låst.docx'));
    await page.getByRole('button', { name: 'Exportera den låsta versionen igen' }).click();
    await expect.poll(() => page.getByTestId('freeze-outcome').textContent()).toContain('Den låsta versionen är exporterad');
    expect(await axeViolations(page)).toEqual([]);
  });
});
