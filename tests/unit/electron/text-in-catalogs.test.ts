import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../..');
const electronDir = join(root, 'electron');

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) sources(p, out);
    else if (name.endsWith('.ts')) out.push(p);
  }
  return out;
}

const isCatalog = (f: string) => /(^|[/\\.-])strings\.ts$/.test(f);

// Text chosen by language in code, or written as a Swedish/English pair, instead of asked of a catalog.
const INLINE = [
  { what: "a choice on lang === 'sv' / 'en'", re: /[=!]==\s*['"](sv|en)['"]|['"](sv|en)['"]\s*[=!]==/ },
  { what: 'a table keyed by language', re: /^\s*(sv|en)\s*:\s*\{/m },
  { what: 'a Swedish/English pair of literal texts', re: /\b(sv|en)\s*:\s*['"`]/ },
];

describe("main's user-facing text", () => {
  it('is written only in catalogs (strings.ts files), never chosen by language in code', () => {
    const found: string[] = [];
    for (const file of sources(electronDir).filter((f) => !isCatalog(f))) {
      const text = readFileSync(file, 'utf8');
      for (const { what, re } of INLINE) if (re.test(text)) found.push(`${relative(root, file)}: ${what}`);
    }
    expect(found).toEqual([]);
  });

  it('would catch each kind of inline text', () => {
    const samples = [
      "const title = lang === 'sv' ? 'Öppna' : 'Open';",
      "const T = {\n  sv: { file: 'Arkiv' },\n  en: { file: 'File' },\n};",
      "return failure({ sv: 'Filen är tom.', en: 'The file is empty.' });",
    ];
    expect(samples.map((s) => INLINE.some(({ re }) => re.test(s)))).toEqual([true, true, true]);
    expect(INLINE.some(({ re }) => re.test("const api = createApi(invoke, subscribe);\nreturn messageText.t(l, 'conflict', { name });"))).toBe(false);
  });
});
