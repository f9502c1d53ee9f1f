/**
 * Lägesrapport and slutrapport read back by programs we did not write: python-docx for the tables and headings,
 * LibreOffice for the pages. What a case officer checks: every indicator with baseline, target and the measured
 * values; the budget against the outcome with deviations; the signature page; the report's own Dokument-ID in
 * every footer and the decided application's Dokument-ID on the cover.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportReportDocx } from '../../../shared/docx/report/report';
import { formatKronor } from '../../../shared/finance';
import type { Application } from '../../../shared/model/schema';
import { getProgramme } from '../../../shared/program';
import { reportDocumentId } from '../../../shared/workflow/report-id';
import { indicatorsOf } from '../../../shared/workflow/report';
import { malformedParts, pdfPages, readDocx, requireReaders, tempDir, toPdf, type DocxReading } from './readback';
import { loadFixture, reportedApp } from './report-app';

const NOW = new Date('2026-03-02T09:00:00Z');
const app = reportedApp();
const programme = getProgramme(app.programme.id)!;
const decidedId = app.lifecycle.decision!.decidedDocumentId;
/** The generated follow-up fixture: the Skaraborg application decided, two progress reports and a final report in progress. */
const followup = loadFixture('followup.simansokan');

type Read = { bytes: Uint8Array; docx: DocxReading; pages: string[]; id: string };
const read: Record<string, Read> = {};
let dir = '';

async function exportAndRead(key: string, a: Application, reportId: string, draft: boolean): Promise<void> {
  const r = await exportReportDocx(a, programme, reportId, { draft, now: NOW });
  const file = join(dir, `${key}.docx`);
  writeFileSync(file, r.bytes);
  const [pdf] = await toPdf([file], dir);
  read[key] = { bytes: r.bytes, docx: await readDocx(file), pages: await pdfPages(pdf!), id: r.documentId };
}

const flat = (s: string) => s.replace(/\s+/g, ' ');
/** No-break spaces (in `25 %`, `1 250 000 kr`) as plain ones, so cells compare with what a reader sees. */
const plain = (s: string) => s.replace(/\u00a0|\u202f/g, ' ');
const tableWith = (d: DocxReading, header: string) => d.tables.filter((t) => t[0]!.includes(header));

beforeAll(async () => {
  requireReaders();
  dir = tempDir('sim-report-');
  const hostile = structuredClone(app);
  hostile.lifecycle.reports[0]!.deviations[0]!.explanation = 'Rad ett\u0001\nRad två\ttab\uFFFF \uDC00slut';
  hostile.lifecycle.reports[0]!.children.participation = 'Barnen <b>&</b> "citat"';
  const english: Application = structuredClone(app);
  english.language = 'en';
  // The language is part of the decided content: an English report is of an application decided in English.
  english.lifecycle.decision!.decidedDocumentId = (await import('../../../shared/model/fingerprint')).fingerprint(english);
  await Promise.all([
    exportAndRead('rd1', app, 'rd1', true),
    exportAndRead('rd2', app, 'rd2', false),
    exportAndRead('final', app, 'rdF', false),
    exportAndRead('hostile', hostile, 'rd1', false),
    exportAndRead('english', english, 'rdF', false),
    exportAndRead('fixture', followup, followup.lifecycle.reports.find((r) => r.kind === 'final')!.id, true),
  ]);
}, 400_000);

describe('report DOCX', () => {
  it("prints its own Dokument-ID (the workflow's reportDocumentId) in every page's footer, and the decided application's on the cover", () => {
    for (const [key, reportId] of [['rd1', 'rd1'], ['rd2', 'rd2'], ['final', 'rdF']] as const) {
      const { pages, id, docx } = read[key]!;
      const report = app.lifecycle.reports.find((r) => r.id === reportId)!;
      expect(id).toBe(reportDocumentId(app.lifecycle.decision!, report));
      expect(id).not.toBe(decidedId);
      pages.forEach((p, i) => {
        expect(p, `${key} page ${i + 1}`).toContain(`Sida ${i + 1} av ${pages.length}`);
        expect(p.replace(/\s+/g, ''), `${key} page ${i + 1}`).toContain(`Dokument-ID:${id}`);
      });
      expect(flat(pages[0]!)).toContain(`Beslutad ansökans Dokument-ID ${decidedId}`);
      expect(flat(pages[0]!)).toContain('RS 2024-01234');
      expect(docx.core.keywords).toContain(id);
      expect(docx.core.subject).toContain(decidedId);
    }
    expect(read.rd1!.pages[0]).toContain('Lägesrapport 1');
    expect(read.rd2!.pages[0]).toContain('Lägesrapport 2');
    expect(read.final!.pages[0]).toContain('Slutrapport');
  });

  it('marks a draft UTKAST on every page and a signature-ready report nowhere', () => {
    for (const p of read.rd1!.pages) expect(p).toContain('UTKAST');
    for (const p of read.rd2!.pages) expect(p).not.toContain('UTKAST');
  });

  it('lists every decided indicator per level with baseline, target and each measured value with date and source', () => {
    const { docx } = read.rd2!;
    const tables = tableWith(docx, 'Utgångsvärde');
    const rows = tables.flatMap((t) => t.slice(1));
    for (const ref of indicatorsOf(app)) {
      const row = rows.find((r) => r[0]!.includes(ref.indicator.text));
      expect(row, ref.indicator.text).toBeDefined();
      expect(row![1]).toBe(ref.indicator.baseline || '–');
      expect(row![2]).toBe(ref.indicator.target || '–');
    }
    // The first indicator was measured twice: both values, in date order, with their dates and sources.
    const first = indicatorsOf(app)[0]!.indicator;
    const at = rows.findIndex((r) => r[0]!.includes(first.text));
    expect(rows[at]!.slice(3)).toEqual(['78,5', '2025-06-15', 'Skolverket, SIRIS']);
    expect(rows[at + 1]!.slice(0, 3)).toEqual(['', '', '']);
    expect(rows[at + 1]!.slice(3)).toEqual(['80', '2025-12-15', 'Skolverket, SIRIS']);
    // One not measured yet says so.
    expect(rows.some((r) => r[3] === 'Inte mätt än')).toBe(true);
    const levels = docx.headings.filter((h) => h.outline === 1).map((h) => h.text);
    expect(levels).toContain('Övergripande mål');
    expect(levels).toContain('Prestationer');
  });

  it('sets the costs against the budget per year, party, category and kind, with the deviation in kronor and per cent', () => {
    const { docx } = read.rd2!;
    const summary = docx.tables.find((t) => t[0]![0] === 'År' && t[0]!.includes('Utfall'));
    expect(summary).toBeDefined();
    const lines = app.budget.costLines;
    const budgetY1 = lines.reduce((s, l) => s + (l.amounts[0] ?? 0), 0);
    // Report 2 gives every line its year-1 budget plus 12 345 kr.
    const outcomeY1 = budgetY1 + 12_345 * lines.length;
    // The period ends with project year 1: its whole budget is due, and the deviation is against it.
    expect(summary![1]!.slice(1, 5)).toEqual([formatKronor(budgetY1), formatKronor(budgetY1), formatKronor(outcomeY1), `+${formatKronor(outcomeY1 - budgetY1)}`]);
    // Year 2 had not begun: its budget is shown, nothing of it was due, so there is no deviation and no percentage.
    const budgetY2 = lines.reduce((s, l) => s + (l.amounts[1] ?? 0), 0);
    expect(summary![2]!.slice(1).map(plain)).toEqual([formatKronor(budgetY2), '0 kr', '0 kr', '0 kr', '–'].map(plain));
    const year1 = docx.tables.find((t) => t[0]![0] === 'Part, kostnadsslag och slag')!;
    const party = app.parties[0]!.organisation;
    expect(year1.some((r) => r[0]!.startsWith(party) && r[0]!.includes('Personal, kontant'))).toBe(true);
    expect(year1.some((r) => r[0]!.includes('arbetstid'))).toBe(true);
    expect(year1.at(-1)![0]).toBe('Summa år 1');
  });

  it('reports activities against the plan, deviations with actions and how children took part', () => {
    const { docx } = read.rd1!;
    const acts = docx.tables.find((t) => t[0]!.includes('Status'))!;
    expect(acts.slice(1).map((r) => r[1])).toEqual(app.activities.map((a) => a.name));
    expect(acts[1]![4]).toBe('Genomförd');
    expect(acts[2]![4]).toBe('Flyttad');
    expect(acts[2]![5]).toBe('2025-09-01 – 2026-06-30');
    expect(acts[3]![4]).toBe('Inte rapporterad');
    const dev = docx.tables.find((t) => t[0]!.includes('Åtgärd'))!;
    expect(dev[1]).toEqual([`Aktivitet: ${app.activities[1]!.name}`, 'Rekryteringen tog längre tid.', 'Start flyttad till hösten.']);
    const text = docx.paragraphs.join('\n');
    expect(text).toContain('Elevrådet har läst rapporten');
    expect(text).toContain('Träffarna flyttades till skoltid.');
  });

  it('the final report adds implementation, spreading and the socio-economic calculation recomputed beside the original', () => {
    const { docx, pages } = read.final!;
    const h1 = docx.headings.filter((h) => h.outline === 0).map((h) => h.text.replace(/^\d+\. /, ''));
    expect(h1).toEqual([
      'Beslut och rapportperiod',
      'Indikatorer',
      'Aktiviteter mot plan',
      'Kostnader mot budget',
      'Avvikelser och åtgärder',
      'Barns delaktighet i uppföljningen',
      'Implementering i ordinarie verksamhet',
      'Spridning',
      'Samhällsekonomisk kalkyl med utfall',
      'Underskrifter',
    ]);
    expect(read.rd1!.docx.headings.some((h) => h.text.includes('Implementering'))).toBe(false);
    const impl = docx.tables.find((t) => t[0]!.includes('Av vem'))!;
    expect(impl[1]).toEqual(['Samordnarfunktionen blir ordinarie verksamhet.', app.parties[0]!.organisation, 'Barn- och utbildningsnämndens budget från 2028.']);
    const socio = docx.tables.find((t) => t[0]!.includes('Med utfall'))!;
    const reach = socio.find((r) => r[0] === 'Personer som nåtts')!;
    expect(reach[2]).toBe('530');
    const rate = socio.find((r) => r[0] === 'Andel lyckade utfall')!;
    expect(rate.map(plain)).toEqual(['Andel lyckade utfall', `${app.socioEconomics.effect} %`, '20 %']);
    expect(flat(pages.join(' '))).toContain('Arbetssättet presenteras för Fyrbodals kommuner');
  });

  it('ends with a signature page naming both Dokument-IDs, one block per signing party', () => {
    const { pages, id } = read.final!;
    const last = flat(pages.at(-1)!);
    expect(last).toContain('Underskrifter');
    expect(last).toContain(`rapporten med Dokument-ID ${id}`);
    expect(last).toContain(`ansökan med Dokument-ID ${decidedId}`);
    for (const p of app.parties.filter((x) => x.signs)) expect(last).toContain(p.signatory.name);
    expect(last.match(/Ort och datum/g)!.length).toBe(app.parties.filter((x) => x.signs).length);
  });

  it('drops what XML forbids from the reporters\' text and escapes markup, so Word opens it', async () => {
    expect(await malformedParts(read.hostile!.bytes, tempDir('sim-report-xml-'))).toEqual([]);
    const text = read.hostile!.docx.paragraphs.join('\n') + read.hostile!.docx.tables.flat(2).join('\n');
    expect(text).toContain('Barnen <b>&</b> "citat"');
    expect(text).toMatch(/Rad ett\s*\n?Rad två/);
  });

  it('is in English when the decided application is', () => {
    const { docx, pages } = read.english!;
    expect(pages[0]).toContain('Final report');
    expect(pages[0]).toContain('Page 1 of');
    expect(docx.headings.filter((h) => h.outline === 0)[0]!.text).toBe('1. Decision and reporting period');
  });

  it("prints the follow-up fixture's final report with every measured date whole on its line", () => {
    const { pages, docx } = read.fixture!;
    const dates = followup.lifecycle.reports.find((r) => r.kind === 'final')!.indicators.flatMap((i) => i.values.map((v) => v.date)).filter((d) => d);
    expect(dates.length).toBeGreaterThan(0);
    const text = pages.join('\n');
    for (const d of dates) expect(text, d).toContain(d);
    // A date split over two lines would leave "2028-06-" at a line's end.
    expect(text).not.toMatch(/\d{4}-\d{2}-\s*\n/);
    expect(docx.headings.at(-1)!.text).toMatch(/Underskrifter$/);
  });
});
