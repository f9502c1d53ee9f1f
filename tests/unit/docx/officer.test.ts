/**
 * The document as VGR's case officer reads it, page by page: two realistic applications (Språkvägen Skaraborg and the
 * Dalsland one) exported, converted by LibreOffice, and read back with poppler (text and word positions) and
 * python-docx. One LibreOffice run converts every file.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from '../../../shared/docx';
import { DOC_STRINGS } from '../../../shared/docx/strings';
import { FIELD_LABELS } from '../../../shared/model/labels';
import { loadApplicationText } from '../../../shared/model/load';
import type { Application } from '../../../shared/model/schema';
import { getProgramme } from '../../../shared/program';
import { findPriority } from '../../../shared/program/schema';
import { validate } from '../../../shared/rules';
import { brokenWords, overlappingWords, pageOf, pdfBoxes, vocabulary, type Page } from './pdf-lines';
import { pdfPages, readDocx, requireReaders, tempDir, toPdf, type DocxReading } from './readback';

const FIXTURES = resolve(__dirname, '../../fixtures');
type Doc = { app: Application; pages: string[]; boxes: Page[]; words: Set<string> };
const docs: Record<'skaraborg' | 'skaraborgDraft' | 'complete', Doc> = {} as never;
let skaraborgDocx: DocxReading;
let dir = '';

function load(name: string): Application {
  const r = loadApplicationText(readFileSync(join(FIXTURES, name), 'utf8'));
  if (!r.ok) throw new Error(`${name} does not load: ${r.problems[0]?.message.en}`);
  return r.application;
}

/** Every word the document may print: the applicants' texts and the document's and the form's own words. */
function wordsOf(app: Application): Set<string> {
  const texts: string[] = [];
  JSON.stringify(app, (_k, v: unknown) => (typeof v === 'string' && texts.push(v), v));
  for (const s of [...Object.values(DOC_STRINGS), ...Object.values(FIELD_LABELS)]) texts.push(s.sv, s.en);
  return vocabulary(texts);
}

beforeAll(async () => {
  requireReaders();
  dir = tempDir('sim-docx-officer-');
  const jobs = [
    { key: 'skaraborg', app: load('skaraborg.simansokan'), draft: false, now: '2025-04-23T09:00:00Z' },
    { key: 'skaraborgDraft', app: load('skaraborg.simansokan'), draft: true, now: '2025-04-23T09:00:00Z' },
    { key: 'complete', app: load('complete.simansokan'), draft: false, now: '2025-02-03T09:00:00Z' },
  ] as const;
  const files: string[] = [];
  for (const j of jobs) {
    const bytes = await buildDocx(j.app, getProgramme(j.app.programme.id)!, { draft: j.draft, now: new Date(j.now) });
    const file = join(dir, `${j.key}.docx`);
    writeFileSync(file, bytes);
    files.push(file);
  }
  const pdfs = await toPdf(files, dir);
  await Promise.all(
    jobs.map(async (j, i) => {
      const [pages, boxes] = await Promise.all([pdfPages(pdfs[i]!), pdfBoxes(pdfs[i]!)]);
      docs[j.key] = { app: j.app, pages, boxes, words: wordsOf(j.app) };
    }),
  );
  skaraborgDocx = await readDocx(files[0]!);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const oneLine = (s: string) => s.replace(/\s+/g, ' ');
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the cover', () => {
  it('prints the two-line project title and the UTKAST banner with no line over another', () => {
    const cover = docs.skaraborgDraft.boxes[0]!;
    const titleWords = new Set(docs.skaraborg.app.project.title.split(' '));
    const titleLines = new Set(cover.words.filter((w) => titleWords.has(w.text) && w.yMin > 120).map((w) => Math.round(w.yMin)));
    expect(titleLines.size).toBeGreaterThanOrEqual(2);
    expect(docs.skaraborgDraft.pages[0]).toContain('UTKAST');
    expect(overlappingWords(cover)).toEqual([]);
  });

  it('sets no line of any page over another, in the signature-ready document or the draft', () => {
    for (const key of ['skaraborg', 'skaraborgDraft', 'complete'] as const) {
      docs[key].boxes.forEach((p, i) => expect(overlappingWords(p), `${key}, page ${i + 1}`).toEqual([]));
    }
  });
});

describe('the contents', () => {
  for (const key of ['skaraborg', 'complete'] as const) {
    it(`gives each section and appendix the page its heading is on (${key})`, () => {
      const { pages } = docs[key];
      const entries = [...pages[1]!.matchAll(/^(\S.*?)\s*\.{3,}\s*(\d+)\s*$/gm)].map((m) => ({ title: m[1]!, page: Number(m[2]) }));
      expect(entries.map((e) => e.title)).toContain('16. Underskrifter');
      expect(entries.length).toBe(18);
      for (const e of entries) {
        const at = pageOf(pages.slice(2), new RegExp(`^\\s*${escapeRe(e.title)}\\s*$`, 'm')) + 2;
        expect(at, e.title).toBeGreaterThan(2);
        expect(e.page, e.title).toBe(at);
      }
    });
  }
});

describe('the priorities', () => {
  it("prints each chosen priority in the call's own words", () => {
    const { app, pages } = docs.skaraborg;
    const text = oneLine(pages.join('\n'));
    const section = text.slice(text.indexOf('5. Prioriterade inriktningar', text.indexOf('Innehåll') + 900), text.indexOf('6. Målgrupp', text.indexOf('Innehåll') + 900));
    expect(section).toContain(
      'Utveckla samverkansformer för hälsofrämjande och förebyggande insatser för barn och unga med språkstörning.',
    );
    expect(section).toContain(
      'Förbättra förutsättningarna för barn/unga med misstanke om utvecklingsrelaterade funktionsavvikelser genom t.ex. tidiga insatser, särskilt stöd, sammanhållet vårdförlopp, samordning och trygghet.',
    );
    expect(section).not.toMatch(/neuropsykiatrisk/);
    for (const c of app.priorities) expect(section).toContain(oneLine(findPriority(getProgramme(app.programme.id)!, c.priorityId)!.title.sv));
  });
});

describe('words and lines', () => {
  it('breaks no word across two lines without a hyphen, in the logic model or anywhere else', () => {
    for (const key of ['skaraborg', 'complete'] as const) {
      const { boxes, pages, words } = docs[key];
      const logic = pageOf(pages, /^\s*Bilaga 1 Logikmodell\s*$/m);
      expect(logic).toBeGreaterThan(2);
      expect(boxes[logic - 1]!.width).toBeGreaterThan(boxes[logic - 1]!.height);
      expect(pages[logic - 1]).toContain('Kedja 1');
      expect(brokenWords(boxes, words), key).toEqual([]);
    }
  });

  it('names two operations of the same region apart wherever a party is named', () => {
    const activities = skaraborgDocx.tables.find((t) => t[0]?.includes('Ansvarig part'))!;
    const row = activities.find((r) => r.some((c) => c.includes('Gemensamma bedömningar med BUP')))!;
    expect(oneLine(row.join(' '))).toContain('Västra Götalandsregionen, Skaraborgs Sjukhus, barn- och ungdomspsykiatrin (BUP Skaraborg)');
    const nearHealth = activities.find((r) => r.some((c) => c.includes('Gemensam språkbedömning på BVC')))!;
    expect(oneLine(nearHealth.join(' '))).toContain('Närhälsan Skövde');
  });
});

describe('what the document says', () => {
  it('says only what the applicants gave and the programme asks: no hints on using the app', () => {
    for (const key of ['skaraborg', 'skaraborgDraft', 'complete'] as const) {
      const text = oneLine(docs[key].pages.join('\n'));
      expect(text, key).not.toMatch(/Vill du|vill du ange|steget|klicka|tryck på|exporter|i appen|sätt risken/i);
    }
  });

  it('lets each party sign by its authorised signatory or another authorised representative', () => {
    const { app, pages } = docs.skaraborg;
    const at = pages.findLastIndex((p) => /^\s*16\. Underskrifter\s*$/m.test(p));
    const signing = app.parties.filter((p) => p.signs);
    expect(pages[at]!.match(/firmatecknare eller behörig företrädare/g)?.length).toBe(signing.length);
    for (const p of signing) expect(pages[at]).toContain(`Namnförtydligande: ${p.signatory.name}`);
    const labels = skaraborgDocx.tables.flat(2).filter((c) => c === 'Firmatecknare eller behörig företrädare');
    expect(labels.length).toBe(app.parties.length);
    expect(pages.join('\n')).not.toMatch(/\bPart \d/);
  });

  it('is an application the rules have no question about', () => {
    const { app } = docs.skaraborg;
    expect(validate(app, getProgramme(app.programme.id)!)).toEqual([]);
  });
});
