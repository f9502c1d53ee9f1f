/**
 * The change request (ändringsansökan) read back with python-docx and LibreOffice: every proposed change field by
 * field against the decided application, the budget before and after, its own Dokument-ID in every footer, the
 * decided application's on the cover, and a signature page for every party concerned.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportChangeDocx } from '../../../shared/docx/change/change';
import { formatKronor } from '../../../shared/finance';
import { getProgramme } from '../../../shared/program';
import { changeRequestDocumentId } from '../../../shared/workflow/report-id';
import { malformedParts, pdfPages, readDocx, requireReaders, tempDir, toPdf, type DocxReading } from './readback';
import { changedApp } from './report-app';

const app = changedApp();
const programme = getProgramme(app.programme.id)!;
const decidedId = app.lifecycle.decision!.decidedDocumentId;
let docx: DocxReading;
let pages: string[];
let bytes: Uint8Array;
let id = '';
let hostileApp = app;
const flat = (s: string) => s.replace(/\s+/g, ' ');
const plain = (s: string) => s.replace(/\u00a0|\u202f/g, ' ');

beforeAll(async () => {
  requireReaders();
  const dir = tempDir('sim-change-');
  const hostile = (hostileApp = structuredClone(app));
  hostile.lifecycle.changeRequests[0]!.reason = 'Skäl\u0002 med <taggar> & \uFFFEtecken\n\nAndra stycket';
  const r = await exportChangeDocx(hostile, programme, 'cr1', { draft: false, now: new Date('2026-03-02T09:00:00Z') });
  bytes = r.bytes;
  id = r.documentId;
  const file = join(dir, 'andring.docx');
  writeFileSync(file, bytes);
  const [pdf] = await toPdf([file], dir);
  docx = await readDocx(file);
  pages = await pdfPages(pdf!);
  expect(await malformedParts(bytes, dir)).toEqual([]);
}, 300_000);

describe('change request DOCX', () => {
  it('has its own Dokument-ID in every footer and names the decided application on the cover', () => {
    expect(id).toBe(changeRequestDocumentId(hostileApp.lifecycle.decision!, hostileApp.lifecycle.changeRequests[0]!));
    expect(id).not.toBe(decidedId);
    pages.forEach((p, i) => {
      expect(p).toContain(`Sida ${i + 1} av ${pages.length}`);
      expect(p.replace(/\s+/g, '')).toContain(`Dokument-ID:${id}`);
    });
    expect(flat(pages[0]!)).toContain(`Beslutad ansökans Dokument-ID ${decidedId}`);
    expect(pages[0]).toContain('Ändringsansökan');
  });

  it('shows each change field by field: decided value against proposed value', () => {
    const table = docx.tables.find((t) => t[0]!.join('|') === 'Fält|Beslutat|Föreslaget')!;
    expect(table).toBeDefined();
    const row = (field: RegExp) => table.find((r) => field.test(r[0]!));
    expect(row(/^Projekt › Slutdatum$/)!.slice(1)).toEqual(['2027-12-31', '2028-06-30']);
    expect(row(/^Parter › Dals-Eds kommun$/)!.slice(1)).toEqual(['Läggs till', 'Dals-Eds kommun']);
    expect(row(/^Aktiviteter › .* › Slut$/)!.slice(1)).toEqual([app.activities[0]!.endDate, '2028-06-30']);
    const line = app.budget.costLines[0]!;
    const amounts = row(/^Budget › Kostnadsrad 1 › Belopp per år$/)!.map(plain);
    expect(amounts[1]).toBe(line.amounts.map((a, i) => `År ${i + 1}: ${plain(formatKronor(a))}`).join('\n'));
    expect(amounts[2]).toBe(line.amounts.map((a, i) => `År ${i + 1}: ${plain(formatKronor(a + 50_000))}`).join('\n'));
    // Nothing unchanged is listed.
    expect(table.length - 1).toBe(4);
  });

  it('sets the budget and the amount sought before and after the change beside the amount granted', () => {
    const t = docx.tables.find((x) => x.some((r) => r[0] === 'Kostnad, föreslagen'))!;
    const total = (label: string) => plain(t.find((r) => r[0] === label)!.at(-1)!);
    const decided = app.budget.costLines.reduce((s, l) => s + l.amounts.reduce((a, b) => a + b, 0), 0);
    expect(total('Kostnad, beslutad')).toBe(plain(formatKronor(decided)));
    expect(total('Kostnad, föreslagen')).toBe(plain(formatKronor(decided + 50_000 * app.budget.costLines[0]!.amounts.length)));
    expect(total('Beviljat belopp')).toBe(plain(formatKronor(app.lifecycle.decision!.grantedPerYear.reduce((a, b) => a + b, 0))));
  });

  it('ends with a signature page for the parties after the change, the joining party included', () => {
    const sign = flat(pages.slice(pages.findIndex((p) => p.includes('Underskrifter'))).join(' '));
    expect(sign).toContain(`ändringsansökan med Dokument-ID ${id}`);
    expect(sign).toContain(`ansökan med Dokument-ID ${decidedId}`);
    for (const p of app.parties.filter((x) => x.signs)) expect(sign).toContain(p.signatory.name);
    expect(sign).toContain('Eva Ek');
  });

  it("prints the reason as the parties wrote it, without what XML forbids", () => {
    const text = docx.paragraphs.join('\n');
    expect(text).toContain('Skäl med <taggar> & tecken');
    expect(text).toContain('Andra stycket');
  });
});

describe('change request DOCX: a cost line added and one taken away', () => {
  it('lists the new line with its amounts and the removed line, and the budget after the change without it', async () => {
    const changed = structuredClone(app);
    const p = changed.lifecycle.changeRequests[0]!.proposed;
    const removed = p.budget.costLines.splice(1, 1)[0]!;
    p.budget.costLines.push({ id: 'newline', category: 'material', description: 'Bildstöd på fler språk', partyId: p.parties[0]!.id, kind: 'cash', amounts: [0, 30_000, 30_000, 15_000], valuation: null });
    const r = await exportChangeDocx(changed, programme, 'cr1', { draft: true, now: new Date('2026-03-02T09:00:00Z') });
    const dir = tempDir('sim-change-lines-');
    const file = join(dir, 'andring-rader.docx');
    writeFileSync(file, r.bytes);
    const read = await readDocx(file);
    const table = read.tables.find((t) => t[0]!.join('|') === 'Fält|Beslutat|Föreslaget')!;
    const text = table.map((row) => row.map(plain).join(' | ')).join('\n');
    expect(text).toContain('Bildstöd på fler språk');
    expect(text).toContain(removed.description);
    const added = table.find((row) => row.join(' ').includes('Bildstöd på fler språk'))!;
    const gone = table.find((row) => row.join(' ').includes(removed.description))!;
    // The new line in full: what it is, whose, and its amount year by year; the removed one likewise.
    expect(plain(added[2]!)).toMatch(/^Bildstöd på fler språk, Material.*, Kontant, .+, 75 000 kr\nÅr 1: 0 kr\nÅr 2: 30 000 kr\nÅr 3: 30 000 kr\nÅr 4: 15 000 kr$/);
    expect(plain(gone[1]!)).toContain(plain(formatKronor(removed.amounts[0]!)));
    expect(gone[2]).toMatch(/Tas bort|borttagen/i);
    // The budget after the change: the decided total, less the removed line, plus the new one.
    const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
    const after = sum(p.budget.costLines.flatMap((l) => l.amounts));
    const allText = read.paragraphs.join('\n') + read.tables.flat(2).join('\n');
    expect(plain(allText)).toContain(plain(formatKronor(after)));
  }, 120_000);
});
