/**
 * What the case officer asked for, read back from the exported document: whose costs the SIM money pays and each
 * party's own share, how staff time is valued, the follow-up indicator table made from the logic model, and the
 * risks under their own heading. python-docx reads the tables; LibreOffice's PDF shows they print.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from '../../../shared/docx';
import { loadApplicationText } from '../../../shared/model/load';
import type { Application } from '../../../shared/model/schema';
import { DEFAULT_PROGRAMME } from '../../../shared/program';
import { normalizeSpaces, pdfPages, readDocx, requireReaders, tempDir, toPdf, type DocxReading } from './readback';

const NOW = new Date('2025-02-03T09:00:00Z');
const fixture = (name: string) => {
  const r = loadApplicationText(readFileSync(resolve(__dirname, '../../fixtures', name), 'utf8'));
  if (!r.ok) throw new Error(`${name} does not load`);
  return r.application;
};

let complete: DocxReading;
let older: DocxReading;
let pdf = '';
let olderPdf = '';

/** The table whose header row starts with these cells (and that has a row passing `has`, when given). */
function table(r: DocxReading, ...head: (string | ((row: string[]) => boolean))[]): string[][] {
  const cells = head.filter((h): h is string => typeof h === 'string');
  const has = head.find((h): h is (row: string[]) => boolean => typeof h === 'function') ?? (() => true);
  const t = r.tables.find((rows) => cells.every((h, i) => normalizeSpaces(rows[0]?.[i] ?? '') === h) && rows.some((row) => has(row.map(normalizeSpaces))));
  if (!t) throw new Error(`no table headed ${head.join(' | ')}`);
  return t.map((row) => row.map(normalizeSpaces));
}

beforeAll(async () => {
  requireReaders();
  const dir = tempDir('sim-docx-plan-');
  const write = async (name: string, app: Application, draft: boolean) => {
    const file = join(dir, name);
    writeFileSync(file, await buildDocx(app, DEFAULT_PROGRAMME, { draft, now: NOW }));
    return file;
  };
  // A migrated version-2 file, exported as a draft: what it lacks must show as missing, never vanish.
  const files = [await write('complete.docx', fixture('complete.simansokan'), false), await write('older.docx', fixture('older/complete-v2.simansokan'), true)];
  const [a, b] = await toPdf(files, dir);
  [complete, older, pdf, olderPdf] = await Promise.all([
    readDocx(files[0]!),
    readDocx(files[1]!),
    pdfPages(a!).then((p) => p.join('\n')),
    pdfPages(b!).then((p) => p.join('\n')),
  ]);
});

describe('budget: SIM per party and the valuation of staff time', () => {
  it('shows, per party and year, its costs, what SIM pays of them and its own share', () => {
    const t = table(complete, 'Part', 'År 1', 'År 2', 'År 3', 'Totalt', (row) => row[0]!.endsWith(': kostnader'));
    const at = t.findIndex((r) => r[0]!.startsWith('Bengtsfors kommun') && r[0]!.endsWith(': kostnader'));
    expect(at).toBeGreaterThan(0);
    expect(t[at]!.slice(1)).toEqual(['1 845 000 kr', '1 935 000 kr', '2 040 000 kr', '5 820 000 kr']);
    expect(t[at + 1]).toEqual(['– varav betalas av SIM-medel', '1 385 000 kr', '1 417 000 kr', '1 364 000 kr', '4 166 000 kr']);
    expect(t[at + 2]).toEqual(['– egen andel', '460 000 kr', '518 000 kr', '676 000 kr', '1 654 000 kr']);
    expect(t.at(-1)![0]).toBe('Sociala investeringsmedel (sökt)');
    expect(pdf).toContain('Vad SIM-medlen betalar och parternas egen andel');
  });

  it('prints how each line of staff time is valued, so its amounts can be checked', () => {
    const t = table(complete, 'Kostnadsrad', 'Underlag', 'År 1', 'År 2', 'År 3');
    expect(t).toHaveLength(5);
    const elevhalsa = t.find((r) => r[0]!.startsWith('Elevhälsans arbetstid'))!;
    expect(elevhalsa[1]).toBe('Andel av heltid × 12 × månadslön: månadslön 48 000 kr, PO 31,42 %');
    // 40,95 % × 12 × 48 000 × 1,3142 = 309 983 kr, which the budget gives as 310 000 kr.
    expect(elevhalsa[2]).toBe('40,95 % av heltid\n= 309 983 kr');
    const bvc = t.find((r) => r[0]!.startsWith('BVC-sjuksköterskor'))!;
    expect(bvc[1]).toBe('Timmar × kostnad per timme: 420 kr per timme, PO 41,5 %');
    // 437 h × 420 kr × 1,415 = 259 709 kr.
    expect(bvc[2]).toBe('437 timmar\n= 259 709 kr');
    expect(pdf).toContain('Värdering av arbetstid');
    expect(pdf).toContain('40,95 % av');
    expect(pdf).toContain('= 309 983 kr');
  });

  it('says so on an older file whose staff time is not yet valued', () => {
    const t = table(older, 'Kostnadsrad', 'Underlag');
    expect(t.slice(1).every((r) => r[1] === 'Värdering saknas' && r.slice(2).every((c) => c === '–'))).toBe(true);
    expect(olderPdf).toContain('Värdering saknas');
  });
});

describe('follow-up: the indicator table, generated from the logic model', () => {
  it('lists every indicator with baseline, target, data source, how often and who measures', () => {
    const t = table(complete, 'Indikator', 'Utgångsvärde', 'Målvärde', 'Datakälla', 'Hur ofta det mäts', 'Vem som mäter');
    // One of the overall goal and seven of the four rows.
    expect(t).toHaveLength(1 + 8);
    expect(t[1]).toEqual([
      'Andel elever med godkända betyg i alla ämnen i årskurs 9\n(Övergripande mål)',
      '71 % (2024)',
      '78 % (2030)',
      'Skolverket, SIRIS',
      'varje år',
      'Kommunernas kvalitetsstrateger',
    ]);
    expect(t.map((r) => r[0])).toContain('Problematisk skolfrånvaro\n(Effekt på medellång sikt, rad 3)');
    expect(t.map((r) => r[0])).toContain('Andel elever i årskurs 9 behöriga till gymnasieskolan\n(Långsiktig effekt, rad 3)');
    const i = complete.headings.findIndex((h) => h.text.endsWith('Uppföljning och utvärdering'));
    const next = complete.headings.findIndex((h, j) => j > i && h.outline === 0);
    expect(complete.headings.slice(i + 1, next).map((h) => h.text)).toContain('Indikatorer');
    expect(pdf).toMatch(/Indikatorer[\s\S]*Utgångsvärde[\s\S]*Vem som mäter/);
    // Long words stay whole in the narrow columns.
    expect(pdf).toMatch(/\bkvalitetsstrateger\b/);
    expect(pdf).toMatch(/\bverksamhetssystem\b/);
  });

  it('prints an indicator that lacks a value with a dash for it, in the table and the logic model, never dropping it', () => {
    const t = table(older, 'Indikator', 'Utgångsvärde', 'Målvärde', 'Datakälla', 'Hur ofta det mäts', 'Vem som mäter');
    expect(t).toHaveLength(1 + 4);
    expect(t[1]!.slice(4)).toEqual(['–', '–']);
    expect(t[1]![0]).toBe('Andel familjer som erbjuds samtal inom 14 dagar\n(nivå ej angiven, rad 1)');
    // The logic model: a table per chain, a row per level; the indicators' row.
    const model = older.tables.find((rows) => rows[0]?.[0] === 'Kedja 1')!;
    const cell = model.find((row) => row[0] === 'Indikatorer')![1]!;
    expect(normalizeSpaces(cell)).toBe('nivå ej angiven: Andel familjer som erbjuds samtal inom 14 dagar\nUtgångsvärde: Saknas (mäts första kvartalet)\nMålvärde: 80 %\nDatakälla: Projektets ärendelogg');
  });
});

describe('risks under their own heading, as a table', () => {
  it('gives the risks a numbered section with risk, likelihood, consequence, measure and who', () => {
    const h = complete.headings.find((x) => /^\d+\. Risker och riskhantering$/.test(x.text));
    expect(h?.outline).toBe(0);
    const t = table(complete, 'Risk', 'Sannolikhet', 'Konsekvens', 'Åtgärd', 'Ansvarig');
    expect(t).toHaveLength(4);
    expect(t[1]).toEqual([
      'Personalomsättning bland samordnare och i elevhälsan gör att arbetssättet tappas bort.',
      'Medel',
      'Hög',
      'Dokumenterade rutiner, introduktion för nyanställda och två personer på varje nyckelroll.',
      'Projektledaren',
    ]);
    expect(pdf).toMatch(/\d+\. Risker och riskhantering/);
    // The implementation section no longer carries a free-text "Risker" field.
    expect(complete.paragraphs).not.toContain('Risker');
  });

  it('keeps an older file’s risk text, marked as not yet assessed', () => {
    const t = table(older, 'Risk', 'Sannolikhet', 'Konsekvens', 'Åtgärd', 'Ansvarig');
    expect(t[1]![0]).toContain('Personalomsättning, att familjer tackar nej');
    expect(t[1]!.slice(1, 3)).toEqual(['ej bedömd', 'ej bedömd']);
  });
});
