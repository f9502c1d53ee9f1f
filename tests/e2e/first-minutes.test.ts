import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startApp, type AppHarness } from './harness';
import { rulesHaveRun, todoCount } from './settled';
import { fieldId } from './wizard-form';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ARTIFACTS = join(ROOT, 'tests', '.artifacts');
const STEP_COUNT = 13;

/** The little of the DOM these checks use (the test's own types have no DOM library). */
type DomEl = {
  id: string;
  className: string;
  tagName: string;
  textContent: string | null;
  scrollWidth: number;
  clientWidth: number;
  scrollHeight: number;
  clientHeight: number;
  selectedIndex: number;
  options: { text: string }[];
  getBoundingClientRect(): { top: number; bottom: number; left: number; width: number; height: number };
  contains(other: DomEl): boolean;
  closest(s: string): DomEl | null;
  querySelector(s: string): DomEl | null;
  querySelectorAll(s: string): ArrayLike<DomEl> & Iterable<DomEl>;
  dispatchEvent(e: unknown): boolean;
};
type G = {
  document: { documentElement: DomEl; activeElement: DomEl | null; getElementById(id: string): DomEl | null; elementFromPoint(x: number, y: number): DomEl | null } & Pick<DomEl, 'querySelector' | 'querySelectorAll'>;
  getComputedStyle: (el: DomEl) => { overflowY: string };
};

async function visitStep(page: Page, index: number) {
  await page.locator('.step-link').nth(index).click();
  await page.locator('#step-title', { hasText: `${index + 1}.` }).waitFor();
  await page.locator('.step__loading').waitFor({ state: 'detached' });
}

/** Waits until the rules have run on the open application, so anything they would mark is marked. */
const settle = rulesHaveRun;

/** What marks a field as wrong: aria-invalid, the error frame, or an error text under it. */
async function markedInvalid(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const d = (globalThis as unknown as G).document;
    const out: string[] = [];
    for (const el of d.querySelectorAll('.wizard__main [aria-invalid="true"]')) out.push(`aria-invalid #${el.id}`);
    for (const el of d.querySelectorAll('.wizard__main .field--error')) out.push(`field--error ${el.querySelector('[id]')?.id ?? ''}`);
    for (const el of d.querySelectorAll('.wizard__main .field__error--error')) if (el.textContent?.trim()) out.push(`error text ${el.textContent.trim()}`);
    return out;
  });
}

const activeId = (page: Page) => page.evaluate(() => (globalThis as unknown as G).document.activeElement?.id ?? '');
/** What a cell shows, as a person reads it (the grouping spaces are no-break spaces). */
const valueOf = async (page: Page, id: string) => (await page.locator(`#${id}`).inputValue()).replace(/\s/g, ' ');
const amountId = (list: string, line: number, year: number) => fieldId(['budget', list, line, 'amounts', year]);

/** A paste as Excel puts it on the clipboard (text/plain, tab-separated, a line break after each row). */
async function paste(page: Page, id: string, text: string) {
  await page.locator(`#${id}`).focus();
  await page.evaluate(
    ([target, data]) => {
      type Dt = { setData(type: string, data: string): void };
      const w = globalThis as unknown as G & { DataTransfer: new () => Dt; ClipboardEvent: new (type: string, init: object) => unknown };
      const dt = new w.DataTransfer();
      dt.setData('text/plain', data!);
      w.document.getElementById(target!)!.dispatchEvent(new w.ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    },
    [id, text],
  );
}

describe('the first minutes: nothing marked before it is answered, a wrong value marked on leaving the field', () => {
  let h: AppHarness;
  let page: Page;
  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    h = await startApp({ viewport: { width: 1280, height: 650 } });
    page = h.page;
    await page.getByRole('button', { name: 'Ny ansökan' }).click();
    await page.locator('#step-title').waitFor();
  });
  afterAll(() => h?.close());

  it('asks "Vem arbetar du som?" once when the document opens, and not again on the next steps', async () => {
    expect(await page.getByTestId('who-prompt').count()).toBe(1);
    await visitStep(page, 1);
    expect(await page.getByTestId('who-prompt').count()).toBe(0);
    await visitStep(page, 0);
    expect(await page.getByTestId('who-prompt').count()).toBe(0);
    // Asked for from the top bar, it comes back.
    await page.locator('#who-change').click();
    expect(await page.getByTestId('who-prompt').count()).toBe(1);
    await page.getByRole('button', { name: 'Inte nu' }).click();
  });

  it('a new application has no field marked invalid on any step, and lists what is left as to do', async () => {
    const found: string[] = [];
    for (let i = 0; i < STEP_COUNT; i++) {
      await visitStep(page, i);
      await settle(page);
      found.push(...(await markedInvalid(page)).map((m) => `step ${i + 1}: ${m}`));
    }
    expect(found).toEqual([]);
    expect(await page.getByTestId('error-count').textContent()).toBe('0 fel');
    expect(await page.getByTestId('todo-count').textContent()).toMatch(/^\d+ att göra$/);
  });

  it('a wrong organisationsnummer is marked when the user leaves the field, not while typing', async () => {
    await visitStep(page, 0);
    const org = page.locator(`#${fieldId(['parties', 0, 'orgNumber'])}`);
    const todo = await todoCount(page);
    await org.fill('232100-0132');
    // The rules have run on what was typed when its to-do is gone.
    await expect.poll(() => todoCount(page)).toBe(todo - 1);
    expect(await org.getAttribute('aria-invalid')).toBeNull();
    await page.keyboard.press('Tab');
    await expect.poll(() => org.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(`#${fieldId(['parties', 0, 'orgNumber'])}-error`).textContent()).toContain('kontrollsiffran stämmer inte');
    // Put right, the mark goes.
    await org.fill('232100-0131');
    await page.keyboard.press('Tab');
    await expect.poll(() => org.getAttribute('aria-invalid')).toBeNull();
  });

  it('an end date before the start is marked after leaving the end date', async () => {
    await visitStep(page, 1);
    const todo = await todoCount(page);
    await page.locator('#f-project-startDate').fill('2025-06-01');
    await page.keyboard.press('Tab');
    const end = page.locator('#f-project-endDate');
    await end.fill('2025-01-01');
    // The rules have run on both dates when both to-dos are gone.
    await expect.poll(() => todoCount(page)).toBe(todo - 2);
    expect(await end.getAttribute('aria-invalid')).toBeNull();
    await page.keyboard.press('Tab');
    await expect.poll(() => end.getAttribute('aria-invalid')).toBe('true');
  });

  it('asking for the signature-ready export turns what is still empty into errors, in the fields too', async () => {
    await visitStep(page, 12);
    await page.getByRole('button', { name: /Exportera för underskrift/ }).click();
    await expect.poll(() => page.getByTestId('export-outcome').textContent()).toContain('måste fyllas i');
    await visitStep(page, 0);
    await expect.poll(async () => (await markedInvalid(page)).length).toBeGreaterThan(0);
    expect(await page.locator(`#${fieldId(['parties', 0, 'organisation'])}`).getAttribute('aria-invalid')).toBe('true');
  });
});

describe('the budget as a grid', () => {
  let h: AppHarness;
  let page: Page;
  beforeAll(async () => {
    h = await startApp({ viewport: { width: 1366, height: 768 } });
    page = h.page;
    await page.getByRole('button', { name: 'Öppna exemplet' }).click();
    await page.locator('#step-title').waitFor();
    await visitStep(page, 9);
  });
  afterAll(() => h?.close());

  it('is an ARIA grid with one tab stop; arrow keys move by year and by line, Tab leaves it', async () => {
    const grids = page.getByRole('grid');
    expect(await grids.count()).toBeGreaterThanOrEqual(2);
    const stops = await page.evaluate(() =>
      Array.from((globalThis as unknown as G).document.querySelectorAll('[role=grid]')).map((grid) => grid.querySelectorAll('[role=gridcell] [tabindex="0"]').length),
    );
    expect(stops.every((n) => n === 1)).toBe(true);

    await page.locator(`#${amountId('financingLines', 0, 0)}`).focus();
    await page.keyboard.press('ArrowRight');
    expect(await activeId(page)).toBe(amountId('financingLines', 0, 1));
    await page.keyboard.press('ArrowDown');
    expect(await activeId(page)).toBe(amountId('financingLines', 1, 1));
    await page.keyboard.press('Enter');
    expect(await activeId(page)).toBe(amountId('financingLines', 2, 1));
    await page.keyboard.press('ArrowUp');
    expect(await activeId(page)).toBe(amountId('financingLines', 1, 1));
    await page.keyboard.press('ArrowLeft');
    expect(await activeId(page)).toBe(amountId('financingLines', 1, 0));
    // The cell last visited is the grid's one tab stop.
    expect(await page.locator(`#${amountId('financingLines', 1, 0)}`).getAttribute('tabindex')).toBe('0');
    await page.keyboard.press('Tab');
    const inGrid = await page.evaluate(() => !!(globalThis as unknown as G).document.activeElement?.closest('[role=grid]'));
    expect(inGrid).toBe(false);
  });

  it('typing in a cell replaces its value', async () => {
    await page.locator(`#${amountId('financingLines', 1, 0)}`).focus();
    await page.keyboard.type('155000');
    await page.keyboard.press('Tab');
    expect(await valueOf(page, amountId('financingLines', 1, 0))).toBe('155 000');
  });

  it('a 3×2 block copied from a spreadsheet fills six cells, and one undo takes all of it back', async () => {
    const ids = [0, 1, 2].flatMap((l) => [0, 1].map((y) => amountId('financingLines', l + 1, y)));
    const before = await Promise.all(ids.map((id) => valueOf(page, id)));
    await paste(page, amountId('financingLines', 1, 0), '1 250 000 kr\t20000\n300000\t1250000\n7 000\t8 000 kr\n');
    const after = await Promise.all(ids.map((id) => valueOf(page, id)));
    expect(after).toEqual(['1 250 000', '20 000', '300 000', '1 250 000', '7 000', '8 000']);
    expect(await page.getByTestId('grid-status').allTextContents()).toContain('6 celler inklistrade. Ångra med Ctrl+Z.');
    await page.keyboard.press('Control+z');
    await expect.poll(() => Promise.all(ids.map((id) => valueOf(page, id)))).toEqual(before);
  });

  it('a block that does not fit says so and changes nothing', async () => {
    const last = await page.locator('[role=grid]').last().locator('[role=row][data-line]').count();
    const id = amountId('financingLines', last - 1, 2);
    const before = await valueOf(page, id);
    await paste(page, id, '1\t2\n3\t4\n');
    expect((await page.getByTestId('grid-status').allTextContents()).join(' ')).toContain('Inget ändrades');
    expect(await valueOf(page, id)).toBe(before);
    // An amount that cannot be read is refused whole as well.
    await paste(page, amountId('financingLines', 0, 0), '100\n1,250\n');
    expect((await page.getByTestId('grid-status').allTextContents()).join(' ')).toContain('oklart');
    expect(await valueOf(page, amountId('financingLines', 0, 0))).not.toBe('100');
  });

  it('shows category and party names whole', async () => {
    const cut = await page.evaluate(() =>
      Array.from((globalThis as unknown as G).document.querySelectorAll('[role=grid] select'))
        .filter((s) => s.scrollWidth > s.clientWidth + 1 || s.getBoundingClientRect().width < s.options[s.selectedIndex]!.text.length * 5)
        .map((s) => s.id),
    );
    expect(cut).toEqual([]);
  });
});

describe('laptop screens', () => {
  for (const viewport of [
    { width: 1280, height: 650 },
    { width: 1366, height: 768 },
  ]) {
    it(`at ${viewport.width}×${viewport.height}: no sideways scroll, and each step's first field in view when it opens`, async () => {
      const h = await startApp({ viewport });
      try {
        const page = h.page;
        await page.getByRole('button', { name: 'Öppna exemplet' }).click();
        await page.locator('#step-title').waitFor();
        const problems: string[] = [];
        for (let i = 0; i < STEP_COUNT; i++) {
          await visitStep(page, i);
          await settle(page);
          await page.screenshot({ path: join(ARTIFACTS, `laptop-${viewport.width}x${viewport.height}-${String(i + 1).padStart(2, '0')}.png`) });
          const r = await page.evaluate(() => {
            const { document: d } = globalThis as unknown as G;
            const main = d.querySelector('.wizard__main')!;
            const wide = [d.documentElement, main, ...d.querySelectorAll('.budget-table-wrap')].filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.className || el.tagName);
            // The first thing to work with: a field, or (in a step that starts with an overview) its first control.
            const first = d.querySelector('.step__form :is(input, select, textarea, button, a[href])');
            const box = first?.getBoundingClientRect();
            const view = main.getBoundingClientRect();
            const list = d.querySelector('.step-list')!;
            const listOk = list.scrollHeight <= list.clientHeight + 1 || ['auto', 'scroll'].includes((globalThis as unknown as G).getComputedStyle(list).overflowY);
            // In view, and not under something that stays in view over it (the budget's sticky sums, say).
            const on = box ? d.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) : null;
            const covered = !!first && !!on && on !== first && !first.contains(on);
            return { wide, firstVisible: !box || (box.top >= view.top && box.bottom <= view.bottom), covered, first: first?.id ?? '', listOk };
          });
          if (r.wide.length) problems.push(`step ${i + 1}: scrolls sideways: ${r.wide.join(', ')}`);
          if (!r.firstVisible) problems.push(`step ${i + 1}: first field #${r.first} not in view`);
          if (r.covered) problems.push(`step ${i + 1}: first field #${r.first} covered`);
          if (!r.listOk) problems.push(`step ${i + 1}: step list neither fits nor scrolls`);
        }
        expect(problems).toEqual([]);
        // The panel starts folded at these sizes; opened, it is remembered after a restart.
        expect(await page.locator('#validation-panel').count()).toBe(0);
        await page.locator('.issue-toggle').click();
        expect(await page.locator('#validation-panel').count()).toBe(1);
        await h.reload();
        await h.page.getByRole('button', { name: 'Öppna exemplet' }).click();
        await h.page.locator('#step-title').waitFor();
        expect(await h.page.locator('#validation-panel').count()).toBe(1);
      } finally {
        await h.close();
      }
    });
  }

  it('Ctrl+Alt+→ and ← move to the next and previous step', async () => {
    const h = await startApp({ viewport: { width: 1280, height: 650 } });
    try {
      const page = h.page;
      await page.getByRole('button', { name: 'Ny ansökan' }).click();
      await page.locator('#step-title', { hasText: '1.' }).waitFor();
      await page.locator(`#${fieldId(['parties', 0, 'organisation'])}`).focus();
      await page.keyboard.press('Control+Alt+ArrowRight');
      await page.locator('#step-title', { hasText: '2. Projekt' }).waitFor();
      await page.keyboard.press('Control+Alt+ArrowLeft');
      await page.locator('#step-title', { hasText: '1. Parter' }).waitFor();
      expect(await page.locator('#next-step').textContent()).toBe('Nästa: Projekt →');
    } finally {
      await h.close();
    }
  });
});
