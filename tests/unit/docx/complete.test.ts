/**
 * The complete application exported as a signature-ready document and as a draft, then read back by python-docx,
 * LibreOffice and poppler. One LibreOffice run converts both files; every assertion reuses its PDFs.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from '../../../shared/docx';
import { budgetTotals, formatKronor } from '../../../shared/finance';
import { fingerprint } from '../../../shared/model/fingerprint';
import { loadApplicationText } from '../../../shared/model/load';
import type { Application } from '../../../shared/model/schema';
import { getProgramme, type Programme } from '../../../shared/program';
import {
  malformedParts,
  normalizeSpaces,
  pdfPages,
  pdfWordBoxes,
  readDocx,
  requireReaders,
  tempDir,
  toPdf,
  wordsPastMargins,
  type DocxReading,
  type PageBox,
} from './readback';

const FIXTURE = resolve(__dirname, '../../fixtures/complete.simansokan');
const NOW = new Date('2025-02-03T09:00:00Z');

/** The level-1 headings a case officer expects, in wizard order, then the appendices. */
const EXPECTED_HEADINGS = [
  'Grunduppgifter',
  'Parter',
  'Sammanfattning',
  'Behovsanalys',
  'Prioriterade inriktningar',
  'Målgrupp',
  'Barnrättsperspektiv',
  'Syfte och mål',
  'Aktiviteter och tidplan',
  'Samverkan och organisation',
  'Budget och finansiering',
  'Samhällsekonomisk bedömning',
  'Uppföljning och utvärdering',
  'Implementering',
  'Risker och riskhantering',
  'Underskrifter',
  'Bilaga 1 Logikmodell',
  'Bilaga 2 Samhällsekonomisk kalkyl',
];

let dir = '';
let app: Application;
let programme: Programme;
let id = '';
const bytes: Record<'final' | 'draft', Uint8Array> = { final: new Uint8Array(), draft: new Uint8Array() };
const read: Partial<Record<'final' | 'draft', DocxReading>> = {};
const pages: Partial<Record<'final' | 'draft', string[]>> = {};
let boxes: PageBox[] = [];

beforeAll(async () => {
  requireReaders();
  const loaded = loadApplicationText(readFileSync(FIXTURE, 'utf8'));
  if (!loaded.ok) throw new Error(`complete fixture does not load: ${loaded.problems[0]?.message.en}`);
  app = loaded.application;
  programme = getProgramme(app.programme.id)!;
  id = fingerprint(app);
  dir = tempDir('sim-docx-complete-');
  const files: string[] = [];
  for (const variant of ['final', 'draft'] as const) {
    bytes[variant] = await buildDocx(app, programme, { draft: variant === 'draft', now: NOW });
    const file = join(dir, `${variant}.docx`);
    writeFileSync(file, bytes[variant]);
    files.push(file);
  }
  const [finalPdf, draftPdf] = await toPdf(files, dir);
  [read.final, read.draft, pages.final, pages.draft, boxes] = await Promise.all([
    readDocx(files[0]!),
    readDocx(files[1]!),
    pdfPages(finalPdf!),
    pdfPages(draftPdf!),
    pdfWordBoxes(finalPdf!),
  ]);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const allTableText = (r: DocxReading) => normalizeSpaces(r.tables.flat(2).join('\n'));

describe('python-docx reads the signature-ready document', () => {
  it('finds every section heading, in wizard order, as a level-1 heading with an outline level', () => {
    const h1 = read.final!.headings.filter((h) => h.style === 'Heading 1');
    expect(h1.map((h) => h.text.replace(/^\d+\. /, ''))).toEqual(EXPECTED_HEADINGS);
    expect(h1.every((h) => h.outline === 0)).toBe(true);
    // Numbered in order, so a case officer can refer to "avsnitt 11".
    expect(h1.slice(0, 15).map((h) => h.text.split('.')[0])).toEqual(Array.from({ length: 15 }, (_, i) => String(i + 1)));
    const h2 = read.final!.headings.filter((h) => h.style === 'Heading 2');
    expect(h2.length).toBeGreaterThan(0);
    expect(h2.every((h) => h.outline === 1)).toBe(true);
  });

  it("prints each signing party's signatory with name and title", () => {
    const text = allTableText(read.final!);
    const signing = app.parties.filter((p) => p.signs);
    expect(signing.length).toBeGreaterThanOrEqual(2);
    for (const p of signing) {
      expect(text).toContain(`Namnförtydligande: ${p.signatory.name}`);
      expect(text).toContain(`Titel: ${p.signatory.title}`);
      expect(text).toContain(p.organisation);
    }
    expect(text.match(/Ort och datum/g)?.length).toBe(signing.length);
  });

  it('shows the budget totals as Swedish amounts, right from budgetTotals', () => {
    const t = budgetTotals(app);
    const text = allTableText(read.final!);
    const kr = (n: number) => normalizeSpaces(formatKronor(n));
    expect(t.costTotal).toBeGreaterThan(0);
    for (const n of [t.costTotal, t.financingTotal, t.simTotal, ...t.costByYear, ...t.simByYear]) expect(text).toContain(kr(n));
    expect(text).toMatch(/\d{1,3}( \d{3})+ kr/);
  });

  it('carries title, subject, author and the Dokument-ID in the document properties, and Swedish on the styles', () => {
    const core = read.final!.core;
    expect(core.title).toBe(app.project.title);
    expect(core.subject).toContain('Ansökan om sociala investeringsmedel');
    expect(core.author).toBe(app.parties.find((p) => p.role === 'owner')!.organisation);
    expect(core.keywords).toContain(id);
    expect(read.final!.normalLanguage).toBe('sv-SE');
    expect(read.final!.headingLanguage).toBe('sv-SE');
  });

  it('puts the project title in every header and the Dokument-ID in every footer; the logic model is landscape', () => {
    const sections = read.final!.sections;
    for (const s of sections) {
      expect(s.header).toContain(app.project.title);
      expect(s.footer).toContain(`Dokument-ID: ${id}`);
    }
    expect(sections[0]!.orientation).toBe('portrait');
    expect(sections[1]!.orientation).toBe('landscape');
  });

  it('marks table header rows to repeat on every page', () => {
    expect(read.final!.tableHeaderRows.filter(Boolean).length).toBeGreaterThanOrEqual(10);
  });
});

describe('the package', () => {
  it('has only well-formed XML parts, final and draft', async () => {
    expect(await malformedParts(bytes.final, join(dir, 'xml-final'))).toEqual([]);
    expect(await malformedParts(bytes.draft, join(dir, 'xml-draft'))).toEqual([]);
  });
});

describe('LibreOffice renders it', () => {
  it('numbers pages "Sida X av Y" and prints the Dokument-ID on every page', () => {
    const p = pages.final!;
    expect(p.length).toBeGreaterThan(5);
    expect(p[0]).toContain(`Sida 1 av ${p.length}`);
    p.forEach((page, i) => {
      expect(page).toContain(`Sida ${i + 1} av ${p.length}`);
      expect(page).toContain(`Dokument-ID: ${id}`);
    });
  });

  it('lists every section and appendix in the table of contents on page 2', () => {
    const toc = pages.final![1]!;
    expect(toc).toContain('Innehåll');
    for (const [i, h] of EXPECTED_HEADINGS.filter((x) => !x.startsWith('Bilaga')).entries()) expect(toc).toContain(`${i + 1}. ${h}`);
    expect(toc).toContain('Bilaga 1 Logikmodell');
  });

  it('marks every page of the draft UTKAST and no page of the signature-ready document', () => {
    expect(pages.draft!.every((page) => page.includes('UTKAST'))).toBe(true);
    expect(pages.final!.some((page) => /UTKAST|utkast/i.test(page))).toBe(false);
  });

  it('keeps the signature page whole: every signatory on the one page that starts "Underskrifter"', () => {
    const p = pages.final!;
    // The heading itself, not its entry in the table of contents, which comes first.
    const at = p.findLastIndex((page) => /^\s*\d+\. Underskrifter\s*$/m.test(page));
    expect(at).toBeGreaterThan(0);
    for (const party of app.parties.filter((x) => x.signs)) expect(p[at]).toContain(party.signatory.name);
    expect(p[at]!.match(/Ort och datum/g)?.length).toBe(app.parties.filter((x) => x.signs).length);
  });

  it('puts the logic model on a landscape page', async () => {
    const at = pages.final!.findLastIndex((page) => /^\s*Bilaga 1 Logikmodell\s*$/m.test(page));
    expect(at).toBeGreaterThan(0);
    expect(boxes[at]!.width).toBeGreaterThan(boxes[at]!.height);
  });

  it('lets no table or text run past the side margins', () => {
    expect(boxes.length).toBe(pages.final!.length);
    expect(wordsPastMargins(boxes)).toEqual([]);
  });
});
