import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const SOURCE = /\.(ts|tsx|mts|js|mjs|cjs)$/;

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'out' || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(relative(root, p));
  }
  return out;
}

describe('portability to Windows and macOS (case-insensitive file systems)', () => {
  it('no two source modules in a folder differ only in case, so an import without extension finds the same file everywhere', () => {
    const files = ['shared', 'electron', 'renderer', 'tests', 'scripts', 'build'].flatMap((d) => walk(join(root, d)));
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const f of files) {
      // Imports leave out the extension, so `./Timeline` can resolve to timeline.ts where case does not count.
      const key = (SOURCE.test(f) ? f.replace(SOURCE, '') : f).toLowerCase();
      const other = seen.get(key);
      if (other && (SOURCE.test(f) || SOURCE.test(other))) clashes.push(`${other} ↔ ${f}`);
      seen.set(key, f);
    }
    expect(clashes).toEqual([]);
  });
});
