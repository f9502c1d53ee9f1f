/**
 * The hostile fixture: every free text full of what breaks document writers. The export must still be a document
 * that Word's siblings open: well-formed XML, readable by python-docx, convertible by LibreOffice, nothing past
 * the margins, and what the person wrote (markup characters, emoji, right-to-left text) still there.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from '../../../shared/docx';
import { fingerprint } from '../../../shared/model/fingerprint';
import { loadApplicationText } from '../../../shared/model/load';
import type { Application } from '../../../shared/model/schema';
import { getProgramme } from '../../../shared/program';
import { HOSTILE_VISIBLE } from '../../fixtures/generate-hostile';
import { malformedParts, pdfPages, pdfWordBoxes, readDocx, requireReaders, tempDir, toPdf, wordsPastMargins, type DocxReading, type PageBox } from './readback';

const FIXTURE = resolve(__dirname, '../../fixtures/hostile.simansokan');

let dir = '';
let app: Application;
let bytes: Uint8Array = new Uint8Array();
let reading: DocxReading;
let pages: string[] = [];
let boxes: PageBox[] = [];

beforeAll(async () => {
  requireReaders();
  const loaded = loadApplicationText(readFileSync(FIXTURE, 'utf8'));
  if (!loaded.ok) throw new Error(`hostile fixture does not load: ${loaded.problems[0]?.message.en}`);
  app = loaded.application;
  dir = tempDir('sim-docx-hostile-');
  bytes = await buildDocx(app, getProgramme(app.programme.id)!, { draft: true, now: new Date('2025-02-03T09:00:00Z') });
  const file = join(dir, 'hostile.docx');
  writeFileSync(file, bytes);
  const [pdf] = await toPdf([file], dir);
  [reading, pages, boxes] = await Promise.all([readDocx(file), pdfPages(pdf!), pdfWordBoxes(pdf!)]);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the hostile fixture', () => {
  it('is a valid application that really carries the trouble', () => {
    const title = app.project.title;
    expect(title.length).toBe(200);
    expect(app.needs.need.length).toBe(20000);
    expect(app.project.summary).toMatch(/[\u0000-\u0008]/);
    expect(app.project.summary).toContain('\uFFFE');
    expect(app.project.summary).toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(readFileSync(FIXTURE, 'utf8')).toContain('\\ud800');
  });
});

describe('its export', () => {
  it('has only well-formed XML parts', async () => {
    expect(await malformedParts(bytes, join(dir, 'xml'))).toEqual([]);
  });

  it('opens in python-docx with every section heading and the text as written', () => {
    const h1 = reading.headings.filter((h) => h.style === 'Heading 1').map((h) => h.text.replace(/^\d+\. /, ''));
    expect(h1.slice(0, 3)).toEqual(['Grunduppgifter', 'Parter', 'Sammanfattning']);
    expect(h1).toContain('Underskrifter');
    expect(h1).toContain('Bilaga 1 Logikmodell');
    const text = [...reading.paragraphs, ...reading.tables.flat(2)].join('\n');
    for (const visible of HOSTILE_VISIBLE) expect(text).toContain(visible);
    expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  });

  it('converts in LibreOffice, numbered, with the Dokument-ID, UTKAST on every page and nothing past the margins', () => {
    expect(pages.length).toBeGreaterThan(10);
    expect(pages[0]).toContain(`Sida 1 av ${pages.length}`);
    expect(pages.every((p) => p.includes(`Dokument-ID: ${fingerprint(app)}`) && p.includes('UTKAST'))).toBe(true);
    expect(wordsPastMargins(boxes)).toEqual([]);
  });
});
