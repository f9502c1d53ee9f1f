import { afterEach, describe, expect, it, vi } from 'vitest';
import { HANG_GUARD_MS } from '../../support/patience-limits';

describe('waiting in tests', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('vi.waitFor waits for the outcome past its built-in second (the hang guard of tests/support/patience.ts)', async () => {
    // With fake timers waitFor moves the clock one interval per try: 2 s of clock is 40 tries, more than one
    // second's worth, so this only passes when the wait is as long as the hang guard.
    vi.useFakeTimers();
    let ready = false;
    setTimeout(() => (ready = true), 2_000);
    await vi.waitFor(() => expect(ready).toBe(true), { interval: 50 });
    expect(ready).toBe(true);
  });

  it('no test or poll limit is shorter than the hang guard', async () => {
    const config = (await import('../../../vitest.config')).default as { test: { testTimeout: number; hookTimeout: number; expect: { poll: { timeout: number } } } };
    expect(config.test.testTimeout).toBeGreaterThanOrEqual(HANG_GUARD_MS.test);
    expect(config.test.hookTimeout).toBeGreaterThanOrEqual(HANG_GUARD_MS.test);
    expect(config.test.expect.poll.timeout).toBeGreaterThanOrEqual(HANG_GUARD_MS.event);
  });
});
