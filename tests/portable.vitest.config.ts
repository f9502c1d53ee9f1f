import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defineConfig } from 'vitest/config';
import base from '../vitest.config';

/**
 * The part of `npm test` that runs on any desktop (the CI workflow's Windows, macOS and Linux runners): the unit
 * tests that need none of the Debian programs the full suite reads our output back with (Chromium for tests/e2e,
 * LibreOffice, poppler, python-docx, pandoc, unzip). Those are found by what a test file uses, so a new test is
 * in the portable part unless it reaches for one of them; the full suite (`npm test`, .ci/run) still runs them all.
 */
const ROOT = join(__dirname, '..');
const NEEDS_DEBIAN_TOOLS = /support\/(tools|browser)|e2e\/harness|\.\/readback|['"]\.\.\/docx\/readback|requireTool|SYSTEM_PYTHON|soffice|pdftotext|pandoc|execFile(Sync)?\(\s*['"](unzip|sh)['"]/;
// Stand-ins that are scripts with a #! line (the Electron of tests/unit/start/start.test.ts, the codesign of the macOS packaging
// test): Windows runs neither.
const POSIX_ONLY = /tests\/unit\/start\/start\.test\.ts$|tests\/unit\/electron\/packaging-mac\.test\.ts$/;

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? testFiles(p) : e.name.endsWith('.test.ts') ? [relative(ROOT, p).split('\\').join('/')] : [];
  });
}

const excluded = testFiles(join(ROOT, 'tests', 'unit')).filter(
  (f) => NEEDS_DEBIAN_TOOLS.test(readFileSync(join(ROOT, f), 'utf8')) || (process.platform === 'win32' && POSIX_ONLY.test(f)),
);

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    root: ROOT,
    include: ['tests/unit/**/*.test.ts'],
    exclude: ['**/node_modules/**', ...excluded],
  },
});
