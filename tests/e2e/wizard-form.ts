import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** The DOM id the wizard gives the control for a path (renderer/src/store/paths.ts). */
export function fieldId(path: readonly (string | number)[]): string {
  return 'f-' + path.map((p) => String(p).replace(/[^A-Za-z0-9_]/g, (c) => `_${c.charCodeAt(0).toString(16)}`)).join('-');
}

type Expected = { step: string; id: string; kind: 'value' | 'checked'; value: string | boolean };

/**
 * Fills the wizard the way a person does (typing into labelled controls) and remembers what each control
 * should show, so the same controls can be checked one by one after the file is reopened.
 */
export class WizardForm {
  readonly expected: Expected[] = [];
  step = '';

  constructor(readonly page: Page) {}

  async goTo(stepLabel: string) {
    this.step = stepLabel;
    await this.page.getByRole('navigation', { name: /Steg i ansökan|Steps of the application/ }).getByRole('button', { name: new RegExp(`^${stepLabel} ?,`) }).click();
    await this.page.locator('#step-title', { hasText: stepLabel }).waitFor();
  }

  setStep(step: string) {
    this.step = step;
  }

  private remember(id: string, kind: Expected['kind'], value: string | boolean) {
    const existing = this.expected.findIndex((e) => e.id === id);
    if (existing >= 0) this.expected.splice(existing, 1);
    this.expected.push({ step: this.step, id, kind, value });
  }

  /** Types into a text control; `shown` is what it displays after leaving it (amounts get spaces). */
  async text(path: readonly (string | number)[], value: string, shown = value) {
    const id = fieldId(path);
    const input = this.page.locator(`#${id}`);
    await input.fill(value);
    await input.blur();
    this.remember(id, 'value', shown);
  }

  async select(path: readonly (string | number)[], option: { label: string } | { index: number }) {
    const id = fieldId(path);
    const [value] = await this.page.locator(`#${id}`).selectOption(option);
    this.remember(id, 'value', value!);
  }

  /** Ticks a checkbox found by its label inside the control for `path` (a group such as municipalities). */
  async tick(label: string | RegExp, within?: readonly (string | number)[]) {
    const scope = within ? this.page.locator(`#${fieldId(within)}`) : this.page.locator('main');
    const box = scope.getByRole('checkbox', { name: label, exact: true });
    await box.check();
    const id = await box.getAttribute('id');
    this.remember(id!, 'checked', true);
  }

  /** Checks, field by field, that every control shows what was entered. */
  async verify(goTo: (step: string) => Promise<void>) {
    const steps = [...new Set(this.expected.map((e) => e.step))];
    for (const step of steps) {
      await goTo(step);
      for (const e of this.expected.filter((x) => x.step === step)) {
        const el = this.page.locator(`#${e.id}`);
        if (e.kind === 'checked') expect(await el.isChecked(), `${e.id} checked`).toBe(e.value);
        else expect(await el.inputValue(), e.id).toBe(e.value);
      }
    }
  }
}

/** Presses Tab until the control with this id has focus, as a keyboard user moves through a form. */
export async function tabTo(page: Page, id: string, maxPresses = 80): Promise<void> {
  const visited: string[] = [];
  for (let i = 0; i < maxPresses; i++) {
    const at = await page.evaluate(() => {
      const a = (globalThis as unknown as BrowserGlobals).document.activeElement;
      return a ? a.id || `${a.tagName.toLowerCase()}.${a.className}` : '';
    });
    if (at === id) return;
    visited.push(at);
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached #${id}; it went through ${[...new Set(visited)].join(', ')}`);
}

export async function errorCount(page: Page): Promise<number> {
  const text = (await page.getByTestId('error-count').textContent()) ?? '';
  const m = /(\d+)/.exec(text);
  if (!m) throw new Error(`no error count in "${text}"`);
  return Number(m[1]);
}

/** What is left: the errors shown plus the fields still to do (listed calmly until an export for signing). */
export async function leftCount(page: Page): Promise<number> {
  const todo = page.getByTestId('todo-count');
  const todoText = (await todo.count()) ? ((await todo.textContent()) ?? '') : '0';
  return (await errorCount(page)) + Number(/(\d+)/.exec(todoText)?.[1] ?? 0);
}

/**
 * The few browser globals that functions run inside the page use. The Node test project has no DOM types,
 * and a page function cannot import anything, so it casts `globalThis` to this.
 */
export type BrowserGlobals = {
  document: {
    activeElement: { id: string; tagName: string; className: string } | null;
    querySelector(selector: string): unknown;
    getElementById(id: string): unknown;
  };
  addEventListener(type: string, listener: (e: { timeStamp: number }) => void, capture?: boolean): void;
  requestAnimationFrame(fn: () => void): number;
  setTimeout(fn: () => void, ms: number): unknown;
  performance: { now(): number };
  MutationObserver: new (fn: () => void) => { observe(target: unknown, opts: object): void; disconnect(): void };
};
