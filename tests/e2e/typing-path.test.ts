import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startApp, type AppHarness } from './harness';

/**
 * What the typing path's shortcuts must not cost, on the stress fixture (150 cost lines, 60 activities): the
 * sections that take the budget totals deferred still show every amount, the activity cards far down a list still
 * follow their fields (in the heading and on the timeline, both off screen), and the language, read from the
 * store's quiet mirror, still relabels every field when it changes.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const STRESS = join(ROOT, 'tests', 'fixtures', 'stress.simansokan');

const plain = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
const kronor = (s: string | null) => Number(plain(s).replace(/[^\d-]/g, ''));

async function goTo(page: Page, step: RegExp) {
  await page.getByRole('navigation', { name: /Steg i ansökan|Steps of the application/ }).getByRole('button', { name: step }).click();
  await page.locator('.step__loading').waitFor({ state: 'detached' });
}

describe('typing in the stress fixture', () => {
  let h: AppHarness;

  beforeAll(async () => {
    h = await startApp();
    const path = join(h.workDir, 'stress.simansokan');
    await copyFile(STRESS, path);
    await h.page.getByRole('button', { name: 'Ny ansökan' }).waitFor();
    await h.sendMainEvent({ type: 'menu', command: { openRecent: path } });
    await h.page.locator('#f-parties-0-organisation').waitFor();
  }, 60_000);

  afterAll(async () => {
    await h?.close();
  });

  it('an amount typed far down the cost grid reaches its line, its sticky sums and the summary beneath', async () => {
    const page = h.page;
    await goTo(page, /^Budget ?,/);
    const cell = page.locator('#f-budget-costLines-75-amounts-1');
    await cell.scrollIntoViewIfNeeded();
    const row = page.locator('[role=row][data-line="75"]');
    const grid = row.locator('xpath=ancestor::*[@role="grid"]');
    const groupSum = grid.locator('.bgrid__foot [role=row]').last().locator('[role=gridcell]').nth(1);
    const summaryCosts = page.locator('.budget-table--summary tr', { hasText: 'Kostnader totalt' }).first().locator('td').nth(1);
    const lineSum = row.locator('.budget-table__line-sum');
    const [before, groupBefore, summaryBefore, lineBefore] = [kronor(await cell.inputValue()), kronor(await groupSum.textContent()), kronor(await summaryCosts.textContent()), kronor(await lineSum.textContent())];

    await cell.focus();
    await cell.selectText();
    for (const digit of '4321') await page.keyboard.press(digit);
    const difference = 4321 - before;
    await expect.poll(async () => kronor(await lineSum.textContent())).toBe(lineBefore + difference);
    await expect.poll(async () => kronor(await groupSum.textContent())).toBe(groupBefore + difference);
    // The summary follows in a render of its own: it may come a frame later, but it comes.
    await expect.poll(async () => kronor(await summaryCosts.textContent())).toBe(summaryBefore + difference);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => kronor(await summaryCosts.textContent())).not.toBe(summaryBefore + difference);
  });

  it('activity 31 of 60: its name typed shows in its card heading and on the timeline below the list', async () => {
    const page = h.page;
    await goTo(page, /^Aktiviteter ?,/);
    const name = page.locator('#f-activities-30-name');
    await name.scrollIntoViewIfNeeded();
    await name.fill('');
    await name.pressSequentially('Läsfrämjande i Åmål');
    await expect.poll(() => page.locator('#f-activities-30').textContent()).toContain('Läsfrämjande i Åmål');
    await expect.poll(() => page.locator('.timeline__name', { hasText: 'Läsfrämjande i Åmål' }).count()).toBe(1);
    // The card is still a card: its border, rounded corners and background are drawn (by ::before).
    type Box = { closest(s: string): Box | null; getBoundingClientRect(): { width: number } };
    type Style = { borderTopLeftRadius: string; borderLeftWidth: string; backgroundColor: string };
    const card = await page.locator('#f-activities-30').evaluate((h3) => {
      const li = (h3 as unknown as Box).closest('li')!;
      const before = (globalThis as unknown as { getComputedStyle(el: Box, pseudo: string): Style }).getComputedStyle(li, '::before');
      return { radius: before.borderTopLeftRadius, left: before.borderLeftWidth, background: before.backgroundColor, width: li.getBoundingClientRect().width };
    });
    expect(card.radius).not.toBe('0px');
    expect(card.left).toBe('4px');
    expect(card.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(card.width).toBeGreaterThan(300);
  });

  it('switching the language relabels the fields of a long step at once, and back', async () => {
    const page = h.page;
    await goTo(page, /^Budget ?,/);
    const label = () => page.locator('#f-budget-costLines-75-amounts-1').evaluate((el) => (el as unknown as { labels: { textContent: string | null }[] | null }).labels?.[0]?.textContent ?? '');
    const svLabel = await label();
    await page.locator('.lang-switch select').selectOption('en');
    await expect.poll(label).not.toBe(svLabel);
    expect(await label()).toMatch(/year 2/i);
    await page.locator('.lang-switch select').selectOption('sv');
    await expect.poll(label).toBe(svLabel);
  });
});
