import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser and LibreOffice tests are heavy; two cores means two files at a time.
    maxWorkers: 2,
    // Browser tests poll for what the page shows; on a loaded CI machine a second is too short to wait.
    expect: { poll: { timeout: 10_000 } },
  },
});
