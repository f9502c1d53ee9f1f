import { describe, expect, it } from 'vitest';
import { fileIn, lintAs, specifier } from './probe';

/**
 * The layering rule, fed one small bad file per boundary through ESLint's Node API with the project's own
 * configuration, so a rule that silently stops matching (a renamed folder, a config block that no longer applies)
 * fails here. tests/unit/boundaries.test.ts checks the same boundaries on the whole tree as a second line.
 */

// Type-aware linting builds a TypeScript program per tsconfig on first use: slow on a busy machine, never asserted.
const SLOW = { timeout: 600_000 };

const layering = async (file: string, code: string) =>
  (await lintAs(file, code)).filter((f) => f.rule === 'sim/layering').map((f) => f.message);

const imports = (spec: string) => `import { x } from '${spec}';\nexport const y = x;\n`;

describe('the layering rule', () => {
  it('keeps Electron, Node and main-process code out of the renderer', SLOW, async () => {
    const file = fileIn('renderer/src/shell');
    expect(await layering(file, imports('electron'))).toEqual([expect.stringMatching(/renderer .*must not import electron/)]);
    expect(await layering(file, imports('node:fs'))).toEqual([expect.stringMatching(/Node module node:fs/)]);
    expect(await layering(file, imports('path'))).toEqual([expect.stringMatching(/Node module path/)]);
    expect(await layering(file, imports('write-file-atomic'))).toEqual([expect.stringMatching(/write-file-atomic/)]);
    expect(await layering(file, imports(specifier(file, 'electron/handlers/index')))).toEqual([
      expect.stringMatching(/renderer must not import electron\//),
    ]);
    // Every form an import can take is seen, types included.
    expect(await layering(file, "export type { BrowserWindow } from 'electron';\n")).toHaveLength(1);
    expect(await layering(file, "import type { BrowserWindow } from 'electron';\nexport type W = BrowserWindow;\n")).toHaveLength(1);
    expect(await layering(file, "export const e = () => import('electron');\n")).toHaveLength(1);
    expect(await layering(file, "export type W = import('electron').BrowserWindow;\n")).toHaveLength(1);
    expect(await layering(file, "declare const require: (s: string) => unknown;\nexport const e = require('electron');\n")).toHaveLength(1);
  });

  it('keeps Node, Electron, DOM and the other areas out of shared/', SLOW, async () => {
    const file = fileIn('shared/model');
    for (const spec of ['node:crypto', 'fs/promises', 'electron', 'react', 'zustand', 'write-file-atomic', 'jsdom']) {
      expect(await layering(file, imports(spec)), spec).toEqual([expect.stringMatching(/shared\/.*must not import/)]);
    }
    for (const target of ['electron/main', 'renderer/src/api', 'scripts/renderer-csp']) {
      expect(await layering(file, imports(specifier(file, target))), target).toEqual([expect.stringMatching(/shared\/ .*must not import/)]);
    }
  });

  it('keeps DOM and Node globals out of shared/', SLOW, async () => {
    const file = fileIn('shared/rules');
    const globals = async (code: string) => (await lintAs(file, code)).filter((f) => f.rule === 'no-restricted-globals').map((f) => f.message);
    expect(await globals('export const t = () => document.title;\n')).toEqual([expect.stringMatching(/no DOM globals/)]);
    expect(await globals('export const w = () => window.innerWidth;\n')).toEqual([expect.stringMatching(/no DOM globals/)]);
    expect(await globals('export const s = (e: never) => getComputedStyle(e);\n')).toEqual([expect.stringMatching(/no DOM globals/)]);
    expect(await globals('export const p = () => process.platform;\n')).toEqual([expect.stringMatching(/no Node globals/)]);
    expect(await globals('export const b = () => Buffer.from("x");\n')).toEqual([expect.stringMatching(/no Node globals/)]);
    // What every runtime has stays allowed.
    expect(await globals('export const u = () => [new URL("a:b"), new TextEncoder(), setTimeout, console, structuredClone];\n')).toEqual([]);
  });

  it('keeps the store and the i18n layer below the features', SLOW, async () => {
    for (const layer of ['renderer/src/store', 'renderer/src/i18n']) {
      const file = fileIn(layer);
      for (const feature of ['steps/registry', 'shell/commands', 'coowners/exchange']) {
        expect(await layering(file, imports(specifier(file, `renderer/src/${feature}`))), `${layer} → ${feature}`).toEqual([
          expect.stringMatching(/sits below the features/),
        ]);
      }
      // Shared code and the components are below the store too.
      expect(await layering(file, imports(specifier(file, 'shared/model/schema')))).toEqual([]);
    }
    // A feature may use the store.
    const step = fileIn('renderer/src/steps');
    expect(await layering(step, imports(specifier(step, 'renderer/src/store/index')))).toEqual([]);
  });

  it('keeps everything that ships from importing tests/', SLOW, async () => {
    for (const [dir, ext] of [['shared', /\.ts$/], ['electron', /\.ts$/], ['renderer/src', /\.tsx?$/], ['scripts', /\.mjs$/]] as const) {
      const file = fileIn(dir, ext);
      expect(await layering(file, imports(specifier(file, 'tests/fixtures/generate'))), dir).toEqual([
        expect.stringMatching(/is shipped and must not import from tests\//),
      ]);
    }
  });

  it('lets main use Node and Electron, and the renderer use shared/', SLOW, async () => {
    const main = fileIn('electron/handlers');
    expect(await layering(main, `import { app } from 'electron';\nimport { readFile } from 'node:fs/promises';\nexport const z = [app, readFile];\n`)).toEqual([]);
    expect(await layering(main, imports(specifier(main, 'renderer/src/api')))).toEqual([expect.stringMatching(/electron\/ must not import renderer\//)]);
    const ui = fileIn('renderer/src/components');
    expect(await layering(ui, imports(specifier(ui, 'shared/model/schema')))).toEqual([]);
    expect(await layering(ui, imports('zod'))).toEqual([]);
  });
});
