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
  },
});
