import type { Page } from 'playwright-core';

/**
 * Waits for events, never for time (issue 15, item 7). The rules run on the application once typing settles
 * (renderer/src/store/derived.ts); what they found shows in the step list: a to-do count, or a share of the
 * application done above nought. A fixed sleep past the settle time was a guess about the machine's speed.
 */

/** Resolves once the rules have run on the open application (any to-do counted, or any share done shown). */
export async function rulesHaveRun(page: Page): Promise<void> {
  await page.waitForFunction(
    `!!document.querySelector('[data-testid="todo-count"]') ||
     [...document.querySelectorAll('.step-link__percent')].some((el) => !/^0\\s*%/.test(el.textContent ?? ''))`,
    undefined,
    { timeout: 0 },
  );
  await painted(page);
}

/** Resolves after the page has painted what it has rendered (two animation frames). */
export async function painted(page: Page): Promise<void> {
  await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(undefined))))');
}

/** The number of things the top bar counts as still to do (0 when it shows none). */
export async function todoCount(page: Page): Promise<number> {
  const badge = page.getByTestId('todo-count');
  return (await badge.count()) ? Number(/\d+/.exec((await badge.textContent()) ?? '')?.[0] ?? NaN) : 0;
}
