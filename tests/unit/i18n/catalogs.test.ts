import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCatalog, placeholders, type Leaf } from '../../../shared/i18n/catalog';

const root = join(__dirname, '../../..');

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) sources(p, out);
    else if (/\.(ts|tsx)$/.test(name)) out.push(p);
  }
  return out;
}

const files = ['shared', 'electron', 'renderer/src'].flatMap((d) => sources(join(root, d)));
const defining = files.filter((f) => readFileSync(f, 'utf8').includes('defineCatalog('));
const catalogFiles = defining.filter((f) => !f.endsWith(join('shared', 'i18n', 'catalog.ts')));

function forms(leaf: Leaf | undefined): string[] {
  if (leaf === undefined) return [];
  return typeof leaf === 'string' ? [leaf] : [leaf.one, leaf.other];
}

describe('every catalog', () => {
  it('is defined in a strings file', () => {
    const misplaced = catalogFiles.filter((f) => !/(^|[/\\.-])strings\.ts$/.test(f));
    expect(misplaced.map((f) => relative(root, f))).toEqual([]);
  });

  it('says the same thing in both languages: same placeholders, a plural where the other has one', async () => {
    const problems: string[] = [];
    let catalogs = 0;
    for (const file of catalogFiles) {
      const mod = (await import(file)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) {
        if (!isCatalog(value)) continue;
        catalogs++;
        for (const key of value.keys()) {
          const sv = value.raw('sv', key);
          const en = value.raw('en', key);
          const where = `${relative(root, file)} ${name} ${key}`;
          if (en === undefined) problems.push(`${where}: no English`);
          else if (typeof sv !== typeof en) problems.push(`${where}: plural in one language only`);
          const svNames = [...new Set(forms(sv).flatMap(placeholders))].sort().join(',');
          const enNames = [...new Set(forms(en).flatMap(placeholders))].sort().join(',');
          if (svNames !== enNames) problems.push(`${where}: {${svNames}} in Swedish, {${enNames}} in English`);
          for (const text of [...forms(sv), ...forms(en)])
            if (text.includes('{{')) problems.push(`${where}: i18next's {{…}} syntax; use {name}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(catalogs).toBeGreaterThanOrEqual(catalogFiles.length);
  });
});
