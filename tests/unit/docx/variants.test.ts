/**
 * Other shapes of application, read back with python-docx only (LibreOffice runs are kept for the fixtures that
 * need them): the English document, an empty draft, and the month grid that appears only when it fits.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from '../../../shared/docx';
import { loadApplicationText } from '../../../shared/model/load';
import type { Application } from '../../../shared/model/schema';
import { DEFAULT_PROGRAMME } from '../../../shared/program';
import { readDocx, requireReaders, tempDir } from './readback';

const FIXTURES = resolve(__dirname, '../../fixtures');
let dir = '';

function fixture(name: string): Application {
  const loaded = loadApplicationText(readFileSync(join(FIXTURES, name), 'utf8'));
  if (!loaded.ok) throw new Error(`${name} does not load`);
  return loaded.application;
}

async function exportAndRead(app: Application, name: string, draft = false) {
  const bytes = await buildDocx(app, DEFAULT_PROGRAMME, { draft, now: new Date('2025-02-03T09:00:00Z') });
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return { bytes, reading: await readDocx(file) };
}

const documentXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']!);

beforeAll(() => {
  requireReaders();
  dir = tempDir('sim-docx-variants-');
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('an application in English', () => {
  it('gets English headings, field names, page footer and language', async () => {
    const app = fixture('complete.simansokan');
    app.language = 'en';
    const { reading } = await exportAndRead(app, 'english.docx');
    const h1 = reading.headings.filter((h) => h.style === 'Heading 1').map((h) => h.text.replace(/^\d+\. /, ''));
    expect(h1.slice(0, 4)).toEqual(['Basic information', 'Parties', 'Summary', 'Needs analysis']);
    expect(h1).toContain('Signatures');
    expect(h1).toContain('Appendix 1 Logic model');
    expect(reading.sections[0]!.footer).toContain('Document ID');
    expect(reading.paragraphs.join('\n')).toContain('Application for social investment funds');
    expect(reading.tables.flat(2).join('\n')).toContain('Name in print');
    expect(reading.normalLanguage).toBe('en-GB');
  });
});

describe('an empty application', () => {
  it('exports as a draft that says what is missing instead of leaving holes', async () => {
    const { reading } = await exportAndRead(fixture('minimal.simansokan'), 'empty.docx', true);
    expect(reading.headings.filter((h) => h.style === 'Heading 1').length).toBeGreaterThanOrEqual(15);
    expect(reading.paragraphs.filter((p) => p === 'Ej ifyllt.').length).toBeGreaterThan(10);
    expect(reading.sections[0]!.header).toContain('UTKAST');
  });
});

describe('tables', () => {
  it('are exactly as wide as the text and fixed, with short rows kept whole and header rows repeated', async () => {
    const { bytes } = await exportAndRead(fixture('complete.simansokan'), 'tables.docx');
    const xml = documentXml(bytes);
    const widths = [...xml.matchAll(/<w:tblW w:type="dxa" w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(widths.length).toBeGreaterThan(10);
    // 9070 twips is A4 less 2 × 2.5 cm; 14002 the landscape equivalent. Nested signature tables are narrower.
    for (const w of widths) expect(w).toBeLessThanOrEqual(14002);
    expect(widths.filter((w) => w === 9070).length).toBeGreaterThan(10);
    expect((xml.match(/<w:tblLayout w:type="fixed"\/>/g) ?? []).length).toBe(widths.length);
    expect((xml.match(/<w:cantSplit\/>/g) ?? []).length).toBeGreaterThan(50);
    expect((xml.match(/<w:tblHeader\/>/g) ?? []).length).toBeGreaterThan(10);
  });
});

describe('the timetable', () => {
  it('draws a month grid for a project that fits (36 months) and leaves it out for a longer one', async () => {
    const app = fixture('complete.simansokan');
    const short = await exportAndRead(app, 'grid.docx');
    expect(short.reading.headings.map((h) => h.text)).toContain('Tidplan per månad');
    const long = structuredClone(app);
    long.project.endDate = '2028-06-30';
    const longer = await exportAndRead(long, 'nogrid.docx', true);
    expect(longer.reading.headings.map((h) => h.text)).not.toContain('Tidplan per månad');
  });
});
