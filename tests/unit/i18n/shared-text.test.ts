import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../..');
const shared = join(root, 'shared');

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) sources(p, out);
    else if (name.endsWith('.ts')) out.push(p);
  }
  return out;
}

// Programme data carries its own words ({ sv, en } is data there); the IPC contract belongs to another part.
const files = sources(shared).filter((f) => !f.startsWith(join(shared, 'program')) && !f.startsWith(join(shared, 'ipc')));

function hits(pattern: RegExp): string[] {
  return files.flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .flatMap((line, i) => (pattern.test(line) ? [`${relative(root, f)}:${i + 1}: ${line.trim()}`] : [])),
  );
}

describe('text in shared/', () => {
  it('has no inline choice between Swedish and English', () => {
    expect(hits(/===?\s*['"](sv|en)['"]|['"](sv|en)['"]\s*===?/)).toEqual([]);
  });

  it('writes sentences and words only in catalogs, never as { sv, en } literals', () => {
    // A literal with a space in it is words; `{ sv: ',', en: '.' }` (a convention per language) is not.
    expect(hits(/\bsv:\s*(['"`])[^'"`]*\s[^'"`]*\1/)).toEqual([]);
  });

  it('takes Lang and Localized from shared/i18n/catalog.ts only', () => {
    const defined = hits(/^\s*export\s+(type|interface)\s+(Lang|Localized)\b/);
    expect(defined.filter((h) => !h.startsWith(join('shared', 'i18n', 'catalog.ts')))).toEqual([]);
    expect(defined.length).toBe(2);
  });
});
