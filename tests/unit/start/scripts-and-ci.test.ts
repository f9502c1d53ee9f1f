import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './standin';
import portable from '../../portable.vitest.config';

const require_ = createRequire(import.meta.url);
const yaml = require_('js-yaml') as { load(text: string): unknown };
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
type Step = { run?: string; if?: string; uses?: string; with?: Record<string, unknown> };
type Workflow = { jobs: Record<string, { 'runs-on': string; container?: string; strategy?: { matrix: Record<string, unknown[]> }; steps: Step[] }> };
const workflow = yaml.load(readFileSync(join(ROOT, '.github/workflows/desktop.yml'), 'utf8')) as Workflow;

describe('the package scripts a user runs', () => {
  it('make sure of Electron’s binary before npm start, npm run dev and the smoke tests, and build once for npm start', () => {
    expect(pkg.scripts.start).toBe('node scripts/ensure-electron.mjs && electron-vite build && electron-vite preview --skipBuild');
    expect(pkg.scripts.dev).toMatch(/^node scripts\/ensure-electron\.mjs && electron-vite dev$/);
    expect(pkg.scripts['test:electron']).toMatch(/^node scripts\/ensure-electron\.mjs --for "npm run test:electron" && /);
  });

  it('use nothing a Windows command prompt cannot run: no $VARS, VAR=value prefixes, single quotes or POSIX-only commands', () => {
    for (const [name, script] of Object.entries(pkg.scripts)) {
      expect({ name, script }).not.toEqual({ name, script: expect.stringMatching(/\$\w|(^|\s)\w+=\S+\s|'|(^|&&\s*)(rm|cp|mv|export|test|\[)\s|;/) });
    }
  });

  it('never fetch anything during npm ci: no install script', () => {
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) expect(pkg.scripts[hook]).toBeUndefined();
  });
});

describe('the CI workflow', () => {
  const desktop = workflow.jobs.desktop!;
  const runs = desktop.steps.map((s) => s.run ?? '').join('\n');

  it('runs on Windows, macOS and Linux with Node 20 and 22', () => {
    expect(desktop['runs-on']).toBe('${{ matrix.os }}');
    expect(desktop.strategy!.matrix.os).toEqual(['windows-latest', 'macos-latest', 'ubuntu-latest']);
    expect(desktop.strategy!.matrix.node).toEqual([20, 22]);
    expect(desktop.steps.find((s) => s.uses?.startsWith('actions/setup-node'))?.with?.['node-version']).toBe('${{ matrix.node }}');
  });

  it('installs with npm ci, runs the portable part of npm test and then the Electron smoke tests, on a virtual display on Linux', () => {
    expect(runs).toMatch(/npm ci\b/);
    expect(runs).toMatch(/npm run test:portable/);
    const linux = desktop.steps.find((s) => s.if === "runner.os == 'Linux'" && /test:electron/.test(s.run ?? ''));
    expect(linux?.run).toMatch(/xvfb-run .*npm run test:electron/);
    expect(desktop.steps.find((s) => s.if === "runner.os != 'Linux'")?.run).toBe('npm run test:electron');
    for (const script of ['test:portable', 'test:electron']) expect(pkg.scripts[script]).toBeDefined();
  });

  it('runs the whole npm test on Debian, as .ci/run does here', () => {
    expect(workflow.jobs.full!.container).toMatch(/bookworm|trixie/);
    expect(workflow.jobs.full!.steps.map((s) => s.run).filter(Boolean)).toEqual(['bash .ci/run']);
  });
});

describe('the portable part of npm test', () => {
  const excluded = (portable.test?.exclude ?? []) as string[];
  it('leaves out exactly the tests that read our output back with Debian programs, and keeps the rest', () => {
    expect(excluded).toEqual(expect.arrayContaining(['tests/unit/docx/complete.test.ts', 'tests/unit/docx/hostile.test.ts', 'tests/unit/socio/step-browser.test.ts']));
    for (const kept of ['tests/unit/model/schema.test.ts', 'tests/unit/electron/windows.test.ts', 'tests/unit/start/no-binary.test.ts', 'tests/unit/docx/wml.test.ts']) {
      expect(excluded).not.toContain(kept);
    }
    expect(portable.test?.include).toEqual(['tests/unit/**/*.test.ts']);
  });
});
