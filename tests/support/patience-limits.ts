/**
 * Tests wait for what happens, never for how fast: every limit below is a hang guard, sized so that no machine,
 * however busy, is that slow while the outcome is still coming. A test that fails within them failed on its outcome.
 * Used by vitest.config.ts (no test globals there) and by tests/support/patience.ts.
 */
export const HANG_GUARD_MS = {
  /** One event awaited by vi.waitFor, expect.poll or a Playwright locator. */
  event: 120_000,
  /** A whole test or hook. */
  test: 600_000,
} as const;
