import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Process boundaries (DESIGN.md): shared/ is pure (no Node, DOM or Electron module, nothing from electron/ or
 * renderer/); renderer/ never reaches electron/ or Node; electron/ never reaches renderer/. Checked on the
 * import specifiers of every source file, so a wrong import fails the tests before it fails in a package.
 */

const ROOT = resolve(__dirname, '../..');
const AREAS = ['shared', 'renderer', 'electron'] as const;
type Area = (typeof AREAS)[number];

const NODE = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
/** Packages that only make sense with a DOM (or that are Electron itself). */
const DOM_OR_ELECTRON = ['electron', 'react', 'react-dom', 'react-i18next', 'zustand', 'jsdom', 'playwright-core'];

const SPECIFIER = /(?:\bimport\s+(?:type\s+)?(?:[\w*{}\s,$]+\s+from\s+)?|\bexport\s+(?:type\s+)?[\w*{}\s,$]+\s+from\s+|\bimport\s*\(\s*|\brequire\s*\(\s*)['"]([^'"]+)['"]/g;

export function importsOf(source: string): string[] {
  // Comments may mention modules by name; they are not imports.
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  return [...code.matchAll(SPECIFIER)].map((m) => m[1]!);
}

const packageName = (spec: string) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);

function areaOf(absPath: string): Area | null {
  const first = relative(ROOT, absPath).split(sep)[0];
  return (AREAS as readonly string[]).includes(first!) ? (first as Area) : null;
}

/** What is wrong with one import in a file of `area`, or null. */
export function violation(area: Area, file: string, spec: string): string | null {
  if (spec.startsWith('.')) {
    const target = areaOf(resolve(dirname(file), spec));
    // The app ships what it imports: test material must never become part of it.
    if (relative(ROOT, resolve(dirname(file), spec)).split(sep)[0] === 'tests') return `${area}/ imports from tests/ (${spec})`;
    if (area === 'shared' && target && target !== 'shared') return `shared/ imports ${target}/ (${spec})`;
    if (area === 'renderer' && target === 'electron') return `renderer/ imports electron/ (${spec})`;
    if (area === 'electron' && target === 'renderer') return `electron/ imports renderer/ (${spec})`;
    return null;
  }
  const isNode = NODE.has(spec) || NODE.has(packageName(spec)) || spec.startsWith('node:');
  if (area === 'shared' && isNode) return `shared/ imports the Node module ${spec}`;
  if (area === 'shared' && DOM_OR_ELECTRON.includes(packageName(spec))) return `shared/ imports ${spec}`;
  if (area === 'renderer' && isNode) return `renderer/ imports the Node module ${spec}`;
  if (area === 'renderer' && packageName(spec) === 'electron') return 'renderer/ imports electron';
  return null;
}

function sourceFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sourceFiles(p);
    return /\.(ts|tsx|mts|cts|js|mjs|jsx)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

describe('process boundaries', () => {
  it('finds the import forms the code base uses', () => {
    const src = `import a from 'zod';\nimport type { B } from "../model/schema";\nimport './side-effect';\nexport { c } from 'node:fs';\nexport * from './x';\nconst d = await import('electron');\nconst e = require('path');\n// import f from 'react';\n/* import g from 'fs' */`;
    expect(importsOf(src)).toEqual(['zod', '../model/schema', './side-effect', 'node:fs', './x', 'electron', 'path']);
  });

  it('recognises each kind of violation', () => {
    const f = (area: Area, rel: string) => join(ROOT, area, rel);
    expect(violation('shared', f('shared', 'rules/x.ts'), 'node:fs')).toMatch(/Node module/);
    expect(violation('shared', f('shared', 'rules/x.ts'), 'fs/promises')).toMatch(/Node module/);
    expect(violation('shared', f('shared', 'rules/x.ts'), 'react')).toMatch(/imports react/);
    expect(violation('shared', f('shared', 'rules/x.ts'), 'electron')).toMatch(/imports electron/);
    expect(violation('shared', f('shared', 'rules/x.ts'), '../../electron/cli/io')).toMatch(/imports electron\//);
    expect(violation('shared', f('shared', 'rules/x.ts'), '../../renderer/src/api')).toMatch(/imports renderer\//);
    expect(violation('renderer', f('renderer', 'src/x.ts'), '../../electron/handlers')).toMatch(/imports electron\//);
    expect(violation('renderer', f('renderer', 'src/x.ts'), 'node:path')).toMatch(/Node module/);
    expect(violation('renderer', f('renderer', 'src/x.ts'), 'electron')).toMatch(/imports electron/);
    expect(violation('electron', f('electron', 'main.ts'), '../renderer/src/x')).toMatch(/imports renderer\//);
    expect(violation('shared', f('shared', 'rules/x.ts'), 'zod')).toBeNull();
    expect(violation('renderer', f('renderer', 'src/x.ts'), '../../shared/rules')).toBeNull();
    expect(violation('electron', f('electron', 'main.ts'), 'node:fs')).toBeNull();
  });

  it('holds for every source file', () => {
    const problems: string[] = [];
    let scanned = 0;
    for (const area of AREAS) {
      for (const file of sourceFiles(join(ROOT, area))) {
        scanned++;
        for (const spec of importsOf(readFileSync(file, 'utf8'))) {
          const v = violation(area, file, spec);
          if (v) problems.push(`${relative(ROOT, file)}: ${v}`);
        }
      }
    }
    expect(scanned).toBeGreaterThan(20);
    expect(problems).toEqual([]);
  });
});
