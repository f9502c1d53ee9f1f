import { afterEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startApp, type AppHarness } from './harness';
import { WizardForm, errorCount, leftCount } from './wizard-form';
import {
  fillChildRights,
  fillCollaboration,
  fillFollowUp,
  fillNeeds,
  fillPartiesByKeyboard,
  fillPriorities,
  fillProject,
  fillTargetGroup,
} from './wizard-steps';
import { fillActivities, fillBudget, fillGoals, fillSocioEconomics } from './wizard-steps-others';

describe('the wizard, from an empty application to a saved file', () => {
  let h: AppHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('a new user fills every step, sees what is left go to zero, saves, reopens and finds everything back', async () => {
    h = await startApp();
    const page = h.page;
    await page.getByRole('button', { name: 'Ny ansökan' }).click();
    await page.locator('#step-title', { hasText: 'Parter' }).waitFor();
    const form = new WizardForm(page);

    // Nothing is wrong before anything is typed: the empty fields are things to do, not errors.
    await expect.poll(() => leftCount(page)).toBeGreaterThan(20);
    expect(await errorCount(page)).toBe(0);
    const atStart = await leftCount(page);

    await fillPartiesByKeyboard(page, form);
    await expect.poll(() => leftCount(page)).toBeLessThan(atStart);

    await fillProject(form);
    await fillNeeds(form);
    await fillPriorities(form);
    await fillTargetGroup(form);
    await fillChildRights(form);
    await fillGoals(form);
    await fillActivities(form);
    await fillCollaboration(form);
    await fillBudget(form);
    await fillSocioEconomics(form);
    await fillFollowUp(form);

    await form.goTo('Granska och exportera');
    await expect.poll(() => leftCount(page)).toBe(0);
    // The panel is folded into its top-bar button at this width; opened, it says there is nothing left.
    await page.locator('.issue-toggle').click();
    await expect.poll(() => page.getByTestId('issue-summary').textContent()).toBe('0 fel och 0 varningar');
    const progress = await page.getByTestId('party-progress').innerText();
    expect(progress).toContain('Kommunens delar (Bengtsfors kommun)');
    expect(progress).toContain('Regionens delar (Västra Götalandsregionen)');
    expect(progress.match(/100\s%/g)).toHaveLength(2);

    // Save with the keyboard: a new application asks where to put it.
    const path = join(h.workDir, 'Tidigt tillsammans.simansokan');
    h.dialogs.queueSave(path);
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByTestId('save-state').textContent()).toMatch(/^Sparad \d\d:\d\d/);
    const saved = JSON.parse(await readFile(path, 'utf8'));
    expect(saved.project.title).toBe('Tidigt tillsammans i Dalsland');
    await expect.poll(() => h!.documentState()).toMatchObject({ title: 'Tidigt tillsammans i Dalsland', filePath: path, dirty: false });

    // Close it and open it again from the start screen's list of recent files.
    await page.getByRole('button', { name: 'Stäng ansökan' }).click();
    await page.getByRole('button', { name: /Tidigt tillsammans i Dalsland/ }).click();
    await page.locator('#step-title', { hasText: 'Parter' }).waitFor();
    await form.verify((step) => form.goTo(step));
    expect(await leftCount(page)).toBe(0);
    expect(h.externalRequests).toEqual([]);
    // Every step in a real browser can take minutes on a loaded machine: the outcome is checked, never the time.
  });
});
