import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFile, stat } from 'node:fs/promises';
import { startApp, type AppHarness } from './harness';
import { axeViolations, byPath, followUpNav, openReportPart, type } from './followup-support';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const R = ['lifecycle', 'reports'] as const;

describe('the wizard after the decision', () => {
  let h: AppHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('a file of the previous format opens as before: application phase, nothing locked, no follow-up entries', async () => {
    h = await startApp({ viewport: { width: 1280, height: 650 } });
    const page = h.page;
    const path = join(h.workDir, 'v3.simansokan');
    await import('node:fs/promises').then((fs) => fs.copyFile(join(ROOT, 'tests', 'fixtures', 'older', 'complete-v3.simansokan'), path));
    h.dialogs.queueOpen(path);
    await page.getByRole('button', { name: 'Öppna ansökan …' }).click();
    const bar = page.getByTestId('phase-bar');
    await bar.waitFor();
    expect(await bar.getAttribute('data-phase')).toBe('application');
    expect(await bar.locator('[aria-current="step"]').innerText()).toContain('Ansökan');
    expect(await followUpNav(page).count()).toBe(0);
    expect(await page.getByTestId('decided-lock').count()).toBe(0);
    await type(page, ['parties', 0, 'organisation'], 'Bengtsfors kommun (ändrad)');
    expect(await byPath(page, ['parties', 0, 'organisation']).inputValue()).toBe('Bengtsfors kommun (ändrad)');
  });

  it('takes a signed application from the decision to a final report: decision, read-only steps, values, plots, lock', async () => {
    h = await startApp({ viewport: { width: 1280, height: 650 } });
    const page = h.page;
    await page.getByRole('button', { name: 'Öppna exemplet' }).click();
    await page.getByRole('button', { name: /^Granska och exportera ?,/ }).click();
    await page.getByRole('button', { name: 'Lås för underskrift' }).click();

    // Record the decision: granted differs from sought in year 2.
    await followUpNav(page).getByRole('button', { name: 'Registrera beslut' }).click();
    await page.getByTestId('decision-view').getByRole('button', { name: 'Registrera beslut' }).click();
    await page.getByTestId('decided-id').waitFor();
    expect(await page.getByTestId('phase-bar').getAttribute('data-phase')).toBe('decided');
    await type(page, ['lifecycle', 'decision', 'date'], '2025-02-14');
    await type(page, ['lifecycle', 'decision', 'diarienummer'], 'RUN 2025-00123');
    await type(page, ['lifecycle', 'decision', 'grantedPerYear', 1], '1 500 000');
    const granted = await page.locator('.decision-granted').innerText();
    const year2 = page.locator('.decision-granted tr', { hasText: 'År 2' });
    expect((await year2.locator('td').last().innerText()).replace(/\s/g, ' ')).toBe('−462 000 kr');
    expect(granted).toMatch(/Totalt\s+5\s791\s000\skr\s+5\s329\s000\skr\s+−462\s000\skr/);
    expect(await axeViolations(page)).toEqual([]);

    // The application's steps are read-only now, with the reason and the way to a change request.
    await page.getByRole('button', { name: /^Budget ?,/ }).click();
    const gate = page.getByTestId('decided-gate');
    expect(await gate.innerText()).toContain('RUN 2025-00123');
    expect(await byPath(page, ['budget', 'costLines', 0, 'description']).isDisabled()).toBe(true);
    expect(await page.getByTestId('decided-lock').getAttribute('aria-describedby')).toBe('decided-reason');
    expect(await axeViolations(page)).toEqual([]);

    // A progress report, prefilled from the decided application.
    await followUpNav(page).getByRole('button', { name: /Lägesrapport 1/ }).click();
    await page.getByRole('button', { name: 'Börja rapporten' }).click();
    await page.locator('.report-steps').waitFor();
    expect(await page.getByTestId('phase-bar').getAttribute('data-phase')).toBe('reports');
    const first = page.locator('.report__indicator').first();
    await first.getByRole('button', { name: 'Lägg till uppmätt värde' }).click();
    await type(page, [...R, 0, 'indicators', 0, 'values', 0, 'date'], '2025-06-15');
    await type(page, [...R, 0, 'indicators', 0, 'values', 0, 'value'], '73,5');
    // The plot shows the measured value, and its table says the same in words.
    await first.locator('circle.plot__measured').waitFor();
    expect(await first.locator('.plot__table').innerText()).toMatch(/Uppmätt\s+2025-06-15\s+73.5/);
    expect(await first.locator('svg title').textContent()).toContain('Indikator:');
    expect(await axeViolations(page)).toEqual([]);

    await openReportPart(page, 'Aktiviteter');
    await page.locator(`#f-lifecycle-reports-0-activities-0-status`).selectOption('done');
    await page.locator(`#f-lifecycle-reports-0-activities-1-status`).selectOption('moved');
    await type(page, [...R, 0, 'activities', 1, 'newEnd'], '2025-09-30');

    await openReportPart(page, 'Kostnader och utfall');
    await type(page, [...R, 0, 'outcomes', 0, 'amounts', 0], '360000');
    const plot = page.locator('.plot__table').last();
    await expect.poll(() => plot.innerText()).toMatch(/År 1\s+[\d\s]+kr\s+[\d\s]+kr\s+360\s000\skr/);
    expect(await axeViolations(page)).toEqual([]);

    await openReportPart(page, 'Avvikelser');
    await page.getByRole('button', { name: 'Lägg till avvikelse' }).click();
    await page.locator('#f-lifecycle-reports-0-deviations-0-subject').selectOption('activity');
    await type(page, [...R, 0, 'deviations', 0, 'explanation'], 'Utbildningen flyttades till hösten.');
    await type(page, [...R, 0, 'deviations', 0, 'action'], 'Extra tillfälle i september.');
    await openReportPart(page, 'Barns delaktighet');
    await type(page, [...R, 0, 'children', 'participation'], 'Elevråden intervjuades.');
    expect(await axeViolations(page)).toEqual([]);

    // The final report has the final parts and the recomputed estimate beside the assumptions.
    await followUpNav(page).getByRole('button', { name: /Slutrapport/ }).click();
    await page.getByRole('button', { name: 'Börja rapporten' }).click();
    await page.locator('.report-steps').waitFor();
    const carried = await byPath(page, [...R, 1, 'indicators', 0, 'comment']).count();
    expect(carried).toBe(1);
    await openReportPart(page, 'Implementering');
    expect(await page.locator('#f-lifecycle-reports-1-final-implementation-0-what').inputValue()).not.toBe('');
    await openReportPart(page, 'Samhällsekonomi');
    await type(page, [...R, 1, 'final', 'socio', 'effect'], '30');
    await expect.poll(() => page.getByTestId('socio-beside').innerText()).toMatch(/Andel som lyckas\s+\S+.*%\s+30\s%/);
    expect(await axeViolations(page)).toEqual([]);

    // Lock the final report for signing: it gets its own Dokument-ID.
    await page.getByTestId('report-lock').getByRole('button', { name: 'Lås för underskrift' }).click();
    await expect.poll(() => page.getByTestId('report-lock').innerText()).toMatch(/Låst för underskrift \d{4}-\d{2}-\d{2}, Dokument-ID [0-9A-F-]{39}/);

    // A draft export writes a DOCX; a signed export of an unfinished report is refused with links to what remains.
    const draftDocx = join(h.workDir, 'Slutrapport-utkast.docx');
    h.dialogs.queueSave(draftDocx);
    await page.getByTestId('report-view').getByRole('button', { name: 'Exportera utkast' }).click();
    await expect.poll(() => page.getByTestId('report-export-outcome').innerText(), { timeout: 60_000 }).toContain(`Dokumentet är sparat: ${draftDocx}`);
    expect((await stat(draftDocx)).size).toBeGreaterThan(5000);
    await page.getByTestId('report-view').getByRole('button', { name: 'Exportera för underskrift' }).click();
    const outcome = page.getByTestId('report-export-outcome');
    await expect.poll(() => outcome.innerText(), { timeout: 60_000 }).toContain('kan inte exporteras för underskrift');
    await outcome.getByRole('link').first().click();
    await expect.poll(() => page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } } }).document.activeElement.id)).toMatch(/^f-lifecycle-/);

    // Saved and opened again, everything is there.
    const saved = join(h.workDir, 'uppfoljning.simansokan');
    h.dialogs.queueSave(saved);
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await expect.poll(() => page.getByTestId('save-state').innerText()).toContain('Sparad');
    const file = JSON.parse(await readFile(saved, 'utf8'));
    expect(file.lifecycle.decision.diarienummer).toBe('RUN 2025-00123');
    expect(file.lifecycle.decision.grantedPerYear[1]).toBe(1_500_000);
    expect(file.lifecycle.reports[0].indicators[0].values[0]).toMatchObject({ date: '2025-06-15', value: 73.5 });
    expect(file.lifecycle.reports[0].activities[1]).toMatchObject({ status: 'moved', newEnd: '2025-09-30' });
    expect(file.lifecycle.reports[0].outcomes[0].amounts[0]).toBe(360_000);
    expect(file.lifecycle.reports[1].final.socio.effect).toBe(30);
    expect(file.lifecycle.reports[1].freeze.documentId).toMatch(/^[0-9A-F-]{39}$/);
  }, 240_000);

  it('a change request shows, field by field, what differs from the decided version', async () => {
    h = await startApp({ viewport: { width: 1280, height: 650 } });
    const page = h.page;
    await page.getByRole('button', { name: 'Öppna exemplet' }).click();
    await page.getByRole('button', { name: /^Granska och exportera ?,/ }).click();
    await page.getByRole('button', { name: 'Lås för underskrift' }).click();
    await followUpNav(page).getByRole('button', { name: 'Registrera beslut' }).click();
    await page.getByTestId('decision-view').getByRole('button', { name: 'Registrera beslut' }).click();
    await page.getByRole('button', { name: /^Aktiviteter ?,/ }).click();
    await page.getByRole('button', { name: 'Begär ändring' }).click();
    await page.getByTestId('change-view').waitFor();
    const diff = page.getByTestId('change-differences');
    expect(await diff.innerText()).toContain('Inget är ändrat ännu');
    await type(page, ['lifecycle', 'changeRequests', 0, 'proposed', 'project', 'endDate'], '2028-06-30');
    await type(page, ['lifecycle', 'changeRequests', 0, 'proposed', 'budget', 'costLines', 0, 'amounts', 2], '800000');
    await expect.poll(() => diff.innerText()).toMatch(/Projekt › Slutdatum\s+2027-12-31\s+2028-06-30/);
    expect(await diff.innerText()).toMatch(/Budget › Kostnadsrad 1 › Belopp per år\s+720\s000\skr · 738\s000\skr · 756\s000\skr\s+720\s000\skr · 738\s000\skr · 800\s000\skr/);
    // A line added for the longer period (a fourth year column follows the new end date), and one taken away.
    const lines = await page.locator('.change-budget .report-grid__line').count();
    await page.getByRole('button', { name: 'Lägg till kostnadsrad' }).click();
    await expect.poll(() => page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document.activeElement?.id)).toBe(
      `f-lifecycle-changeRequests-0-proposed-budget-costLines-${lines}-description`,
    );
    await page.keyboard.type('Förlängd handledning');
    await type(page, ['lifecycle', 'changeRequests', 0, 'proposed', 'budget', 'costLines', lines, 'amounts', 3], '60000');
    const second = await byPath(page, ['lifecycle', 'changeRequests', 0, 'proposed', 'budget', 'costLines', 1, 'description']).inputValue();
    await page.getByRole('button', { name: `Ta bort ${second}` }).click();
    await expect.poll(() => diff.innerText()).toContain('Förlängd handledning');
    expect(await diff.innerText()).toMatch(new RegExp(`Budget › Kostnadsrad \\d+\\s+${second.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+borttagen`));
    expect(await page.locator('.change-budget .report-grid__line').count()).toBe(lines);
    expect(await axeViolations(page)).toEqual([]);
    const changeDocx = join(h.workDir, 'Andringsansokan.docx');
    h.dialogs.queueSave(changeDocx);
    await page.getByTestId('change-view').getByRole('button', { name: 'Exportera utkast' }).click();
    await expect.poll(() => page.getByTestId('change-export-outcome').innerText(), { timeout: 60_000 }).toContain(`Dokumentet är sparat: ${changeDocx}`);
    expect((await stat(changeDocx)).size).toBeGreaterThan(5000);
    // The decided application itself is unchanged.
    await page.getByRole('button', { name: /^Projekt ?,/ }).click();
    expect(await byPath(page, ['project', 'endDate']).inputValue()).toBe('2027-12-31');
    expect(await byPath(page, ['project', 'endDate']).isDisabled()).toBe(true);
  }, 180_000);
});

describe('the follow-up fixture', () => {
  it('opens in the reports phase: locked progress reports, the final report in progress, its parts without axe findings', async () => {
    const h = await startApp({ viewport: { width: 1280, height: 650 } });
    try {
      const page = h.page;
      const path = join(h.workDir, 'followup.simansokan');
      await import('node:fs/promises').then((fs) => fs.copyFile(join(ROOT, 'tests', 'fixtures', 'followup.simansokan'), path));
      h.dialogs.queueOpen(path);
      await page.getByRole('button', { name: 'Öppna ansökan …' }).click();
      await page.getByTestId('phase-bar').waitFor();
      expect(await page.getByTestId('phase-bar').getAttribute('data-phase')).toBe('reports');
      const nav = await followUpNav(page).innerText();
      expect(nav).toMatch(/Lägesrapport 1\s+låst/);
      expect(nav).toMatch(/Lägesrapport 2\s+låst/);
      // "Vem arbetar du som?" is asked once, when the file opens, and goes when the user moves on to a report.
      expect(await page.getByTestId('who-prompt').count()).toBe(1);
      await followUpNav(page).getByRole('button', { name: /Slutrapport/ }).click();
      await page.locator('.report-steps').waitFor();
      expect(await page.getByTestId('who-prompt').count()).toBe(0);
      expect(await page.locator('circle.plot__measured').count()).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
      await openReportPart(page, 'Samhällsekonomi');
      await page.getByTestId('socio-beside').waitFor();
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await h.close();
    }
  }, 120_000);
});
