/**
 * The package-level promises behind the contents' page numbers and the line spacing, checked in the XML Word reads
 * (what LibreOffice makes of it is in officer.test.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from '../../../shared/docx';
import { loadApplicationText } from '../../../shared/model/load';
import { getProgramme } from '../../../shared/program';

let parts: Record<string, string> = {};

beforeAll(async () => {
  const r = loadApplicationText(readFileSync(resolve(__dirname, '../../fixtures/skaraborg.simansokan'), 'utf8'));
  if (!r.ok) throw new Error('skaraborg fixture does not load');
  const bytes = await buildDocx(r.application, getProgramme(r.application.programme.id)!, { draft: true, now: new Date('2025-04-23T09:00:00Z') });
  parts = Object.fromEntries(Object.entries(unzipSync(bytes)).filter(([n]) => n.endsWith('.xml')).map(([n, b]) => [n, strFromU8(b)]));
});

describe('the contents in the package', () => {
  it('links each entry to its heading with a clean PAGEREF field, never asking Word to update fields', () => {
    const doc = parts['word/document.xml']!;
    const refs = [...doc.matchAll(/<w:instrText xml:space="preserve"> PAGEREF (_TocSim\d+) \\h <\/w:instrText>/g)].map((m) => m[1]!);
    expect(refs).toHaveLength(18);
    for (const name of refs) {
      expect(doc).toContain(`<w:bookmarkStart w:name="${name}"`);
      expect(doc).toContain(`<w:hyperlink w:anchor="${name}"`);
    }
    // A TOC field's text is shown as written by LibreOffice; a dirty field or updateFields makes Word ask on opening.
    expect(doc).not.toMatch(/TOC \\/);
    expect(doc).not.toContain('w:dirty="true"');
    expect(parts['word/settings.xml']).not.toContain('updateFields');
  });
});

describe('line spacing', () => {
  it('gives every spacing with a line height the rule "auto", in every part', () => {
    let seen = 0;
    for (const [name, xml] of Object.entries(parts)) {
      for (const m of xml.matchAll(/<w:spacing\b[^>]*\bw:line="[^"]*"[^>]*>/g)) {
        seen++;
        expect(m[0], name).toContain('w:lineRule="auto"');
      }
    }
    expect(seen).toBeGreaterThan(0);
  });
});
