import { defineConfig } from 'vitest/config';
import { HANG_GUARD_MS } from './tests/support/patience-limits';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
    environment: 'node',
    // Timeouts are hang guards, never a judgement of speed (tests/support/patience.ts): a test fails on its outcome.
    testTimeout: HANG_GUARD_MS.test,
    hookTimeout: HANG_GUARD_MS.test,
    setupFiles: ['tests/support/patience.ts'],
    // Browser and LibreOffice tests are heavy; two cores means two files at a time.
    maxWorkers: 2,
    // Browser tests poll for what the page shows, for as long as it takes to come.
    expect: { poll: { timeout: HANG_GUARD_MS.event } },
  },
});
