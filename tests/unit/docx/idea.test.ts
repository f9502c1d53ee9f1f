/**
 * The idea sketch (idéskiss) read back by programs we did not write: python-docx for its structure, LibreOffice for
 * its pages. It is one to two pages, says what VGR asks of an idea in the applicants' own words, and carries the
 * application so the full application continues from it without typing anything twice.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportIdeaDocx } from '../../../shared/docx/idea/idea';
import { openApplicationBytes } from '../../../shared/docx/open';
import { formatKronor } from '../../../shared/finance';
import { budgetTotals } from '../../../shared/finance';
import { fingerprint } from '../../../shared/model/fingerprint';
import { loadApplicationText } from '../../../shared/model/load';
import type { Application } from '../../../shared/model/schema';
import { getProgramme } from '../../../shared/program';
import { malformedParts, pdfPages, readDocx, requireReaders, tempDir, toPdf, type DocxReading } from './readback';

const FIXTURES = resolve(__dirname, '../../fixtures');
const NOW = new Date('2026-03-02T09:00:00Z');

function load(name: string): Application {
  const r = loadApplicationText(readFileSync(join(FIXTURES, name), 'utf8'));
  if (!r.ok) throw new Error(`${name} does not load`);
  return r.application;
}

const complete = load('complete.simansokan');
const minimal = load('minimal.simansokan');
const programme = getProgramme(complete.programme.id)!;

type Read = { bytes: Uint8Array; docx: DocxReading; pages: string[]; id: string };
const read: Record<string, Read> = {};
let dir = '';

async function exportAndRead(key: string, app: Application): Promise<void> {
  const { bytes, documentId } = await exportIdeaDocx(app, programme, { now: NOW });
  const file = join(dir, `${key}.docx`);
  writeFileSync(file, bytes);
  const [pdf] = await toPdf([file], dir);
  read[key] = { bytes, docx: await readDocx(file), pages: await pdfPages(pdf!), id: documentId };
}

beforeAll(async () => {
  requireReaders();
  dir = tempDir('sim-idea-');
  const hostile: Application = structuredClone(complete);
  hostile.project.title = 'Idé\u0001 med\uFFFE kontroll\u0008tecken \uD800';
  hostile.project.summary = 'Rad ett\nRad två\tmed tab\n\nNytt stycke \u000B slut';
  const english: Application = { ...structuredClone(complete), language: 'en' };
  await Promise.all([
    exportAndRead('complete', complete),
    exportAndRead('minimal', minimal),
    exportAndRead('hostile', hostile),
    exportAndRead('english', english),
  ]);
}, 300_000);

describe('idea sketch DOCX', () => {
  it('is one to two pages, each with "Sida X av Y" and the Dokument-ID, for a complete application and for a nearly empty one', () => {
    for (const key of ['complete', 'minimal']) {
      const { pages, id } = read[key]!;
      expect(pages.length, key).toBeGreaterThanOrEqual(1);
      expect(pages.length, key).toBeLessThanOrEqual(2);
      pages.forEach((p, i) => {
        expect(p).toContain(`Sida ${i + 1} av ${pages.length}`);
        expect(p.replace(/\s+/g, '')).toContain(`Dokument-ID:${id}`);
      });
    }
  });

  it("prints the application's parties, idea, need, target group, priorities and a rough cost and period, in the applicants' words", () => {
    const { docx, pages } = read.complete!;
    const text = pages.join('\n').replace(/\s+/g, ' ');
    expect(docx.headings.filter((h) => h.outline === 0).map((h) => h.text)).toEqual([
      '1. Projektidé',
      '2. Parter',
      '3. Behov',
      '4. Målgrupp',
      '5. Prioriterade inriktningar',
      '6. Ungefärlig kostnad och tid',
    ]);
    const cells = docx.tables.flat(2).join('\n');
    for (const p of complete.parties) expect(cells).toContain(p.organisation);
    expect(cells).toContain(complete.parties[0]!.contact.email);
    const body = docx.paragraphs.join('\n');
    expect(body).toContain(complete.project.summary.slice(0, 80));
    expect(body).toContain(complete.needs.need.slice(0, 80));
    expect(body).toContain(complete.targetGroup.description.slice(0, 80));
    for (const c of complete.priorities) expect(body).toContain(c.motivation.slice(0, 60));
    const totals = budgetTotals(complete);
    expect(text).toContain(`${formatKronor(totals.costTotal)} totalt, varav ${formatKronor(totals.simTotal)} söks`.replace(/\s+/g, ' '));
    expect(text).toContain(`${complete.project.startDate} – ${complete.project.endDate}`);
    // Per year, the amounts add up to the totals printed.
    const perYear = docx.tables.find((t) => t[0]!.includes('År 1'))!;
    expect(perYear.map((r) => r[0])).toEqual(['', 'Kostnad', 'Sökt belopp']);
    expect(perYear[1]!.at(-1)).toBe(formatKronor(totals.costTotal));
    expect(perYear[2]!.at(-1)).toBe(formatKronor(totals.simTotal));
  });

  it('says plainly what is not filled in yet rather than leaving it out', () => {
    const text = read.minimal!.pages.join('\n');
    expect(text).toContain('Ingen kostnad är uppskattad ännu.');
    expect(text).toContain('Ej ifyllt.');
  });

  it('is a dialogue document, not an application: no signature page and no UTKAST marking', () => {
    const text = read.complete!.pages.join('\n');
    expect(text).toContain('Idéskiss');
    expect(text).toContain('inte en ansökan');
    expect(text).not.toContain('Underskrift');
    expect(text).not.toContain('UTKAST');
    expect(read.complete!.docx.core.keywords).toContain(read.complete!.id);
  });

  it('opens in the app as the application it was made from, with the same Dokument-ID: nothing is typed twice', () => {
    const opened = openApplicationBytes(read.complete!.bytes);
    if (!opened.ok) throw new Error(opened.message.en);
    expect(fingerprint(opened.application)).toBe(fingerprint(complete));
    expect(opened.fromDocx?.documentId).toBe(read.complete!.id);
  });

  it('drops what XML forbids from user text and keeps line breaks and tabs, so Word opens it', async () => {
    expect(await malformedParts(read.hostile!.bytes, tempDir('sim-idea-xml-'))).toEqual([]);
    const text = read.hostile!.pages.join('\n');
    expect(text).toContain('Idé med kontrolltecken');
    expect(text).toMatch(/Rad ett\s+Rad två\s+med tab/);
    expect(text).toContain('Nytt stycke');
  });

  it('is in English when the document language is English', () => {
    const { docx, pages } = read.english!;
    expect(docx.headings[0]!.text).toBe('1. Project idea');
    expect(pages[0]).toContain('Idea sketch');
    expect(pages[0]).toContain('Page 1 of');
  });
});
