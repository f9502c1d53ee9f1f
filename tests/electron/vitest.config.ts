import { defineConfig } from 'vitest/config';
import { NO_BINARY, electronInstalled } from './binary';

// Run straight through vitest with no binary, the suite would report every test skipped under a stack: one sentence.
if (!electronInstalled()) {
  process.stderr.write(`${NO_BINARY}\n`);
  process.exit(1);
}

// `npm run test:electron`: the real app in the real Electron binary. Not part of `npm test` (that include is
// tests/unit and tests/e2e): it needs the binary, which the package script fetches first or names as missing.
export default defineConfig({
  test: {
    root: `${__dirname}/../..`,
    include: ['tests/electron/**/*.test.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 120_000,
    // One app at a time: it holds a single-instance lock.
    fileParallelism: false,
    maxWorkers: 1,
    expect: { poll: { timeout: 20_000 } },
  },
});
