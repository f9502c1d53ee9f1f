import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileIn, lintAs, ROOT } from './probe';

/** The rules the lint exists for still fire on the files they are meant for, as errors that fail `npm test`. */

const SLOW = { timeout: 600_000 };
const errorsOf = async (file: string, code: string, rule: string) =>
  (await lintAs(file, code)).filter((f) => f.rule === rule && f.severity === 2);

describe('the lint', () => {
  it('catches a promise nobody awaits, in main and in the renderer', SLOW, async () => {
    const code = 'declare function save(): Promise<void>;\nexport function onClick() {\n  save();\n}\n';
    expect(await errorsOf(fileIn('electron/handlers'), code, '@typescript-eslint/no-floating-promises')).toHaveLength(1);
    expect(await errorsOf(fileIn('renderer/src/shell'), code, '@typescript-eslint/no-floating-promises')).toHaveLength(1);
    // Said on purpose, it is fine.
    expect(await errorsOf(fileIn('electron/handlers'), code.replace('  save();', '  void save();'), '@typescript-eslint/no-floating-promises')).toEqual([]);
  });

  it('checks hooks in the renderer: their rules and their dependencies', SLOW, async () => {
    const file = fileIn('renderer/src/components', /\.tsx$/);
    const deps = `import { useCallback } from 'react';\nexport function useX(n: number) {\n  return useCallback(() => n + 1, []);\n}\n`;
    expect(await errorsOf(file, deps, 'react-hooks/exhaustive-deps')).toHaveLength(1);
    const conditional = `import { useState } from 'react';\nexport function useY(on: boolean) {\n  if (on) useState(0);\n}\n`;
    expect(await errorsOf(file, conditional, 'react-hooks/rules-of-hooks')).toHaveLength(1);
  });

  it('is part of npm test, before the build, and CI runs the README command', () => {
    const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
    expect(scripts.lint).toMatch(/\beslint\b/);
    for (const name of ['test', 'test:portable']) {
      const steps = scripts[name]!.split('&&').map((s) => s.trim());
      expect(steps, name).toContain('npm run lint');
      expect(steps.indexOf('npm run lint'), name).toBeLessThan(steps.indexOf('npm run build'));
    }
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const command = /&& (npm test)\s+#/.exec(readme)?.[1];
    expect(command).toBe('npm test');
    expect(readFileSync(join(ROOT, '.ci/run'), 'utf8').split('\n')).toContain(command);
  });
});

describe('the lint in tests', () => {
  it('refuses a sleep in a browser test', SLOW, async () => {
    const code = "import type { Page } from 'playwright-core';\nexport const settle = (page: Page) => page.waitForTimeout(450);\n";
    expect(await errorsOf(fileIn('tests/e2e'), code, 'no-restricted-properties')).toHaveLength(1);
  });
});
