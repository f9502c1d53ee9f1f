import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { buildDocx } from '../../../shared/docx';
import { DEFAULT_PROGRAMME } from '../../../shared/program';
import { requireTool, SYSTEM_PYTHON } from '../../support/tools';
import { workedExample } from './example';

const now = new Date('2025-01-15T10:00:00Z');

/** The document body's text, paragraph by paragraph, as python-docx (an independent reader) sees it. */
function docxText(file: string): string {
  const script = [
    'import sys, docx',
    'from docx.table import Table',
    'from docx.text.paragraph import Paragraph',
    'd = docx.Document(sys.argv[1])',
    'for el in d.element.body.iterchildren():',
    '    if el.tag.endswith("}tbl"):',
    '        for r in Table(el, d).rows:',
    '            print(" | ".join(c.text for c in r.cells))',
    '    elif el.tag.endswith("}p"):',
    '        print(Paragraph(el, d).text)',
  ].join('\n');
  return execFileSync(SYSTEM_PYTHON, ['-c', script, file], { encoding: 'utf8' }).replace(/\u00a0/g, ' ');
}

function documentXml(bytes: Uint8Array): string {
  return strFromU8(unzipSync(bytes)['word/document.xml']!);
}

let dir = '';
beforeAll(async () => {
  requireTool('soffice', 'apt-get install libreoffice-writer-nogui');
  requireTool('pdftotext', 'apt-get install poppler-utils');
  dir = await mkdtemp(join(tmpdir(), 'socio-docx-'));
});

describe('DOCX: socio-economic section and Bilaga 2', () => {
  it('prints the assessment and the full calculation with the hand-checked figures', async () => {
    const file = join(dir, 'exempel.docx');
    await writeFile(file, await buildDocx(workedExample(), DEFAULT_PROGRAMME, { draft: false, now }));
    const text = docxText(file);
    expect(text).toContain('12. Samhällsekonomisk bedömning');
    expect(text).toMatch(/Undviken kostnad inom 8 år, nuvärde \| 65 808 268 kr/);
    expect(text).toMatch(/Återbetalningsår \| år 4/);
    expect(text).toMatch(/Lyckade utfall som krävs för att investeringen ska löna sig \| 15,86 \(9,91 % av dem som nås\)/);
    expect(text).toMatch(/Staten \| 0 kr \| 26 071 321 kr \| 26 071 321 kr \| investerar inget/);
    expect(text).toContain('Bilaga 2 Samhällsekonomisk kalkyl');
    // Inputs with their sources, the results by year, the sensitivity table and both charts.
    expect(text).toMatch(/Staten \| Aktivitetsersättning \| 150 000 kr \| 5 \| år 1 efter \| Egen beräkning, 2024/);
    // The cumulative amounts stand beside chart 1's bars, not again in this table.
    expect(text).toMatch(/^4 \| 0 \| 0 kr \| 17 800 000 kr \| 0 kr \| 16 054 580 kr$/m);
    expect(text).toMatch(/50 % \| 2,77 kr \/ år 4 \| 2,52 kr \/ år 4 \* \| 2,43 kr \/ år 4/);
    expect(text).toContain('Diagram 1. Ackumulerad investering');
    expect(text).toContain('inte besparingar i en enskild organisations budget');
    // The fund invests on its own row; the region invests only its staff time and gains what it avoids.
    expect(text).toMatch(/^SIM-medel \(fonden\) \| 13 048 624 kr \| 0 kr \| −13 048 624 kr \| 0,00 kr$/m);
    expect(text).toMatch(/^Region \| 7 249 236 kr \| 4 387 771 kr \| −2 861 465 kr \| 0,61 kr$/m);
    expect(text).toMatch(/^SIM-medel \(fonden\) \| 4 500 000 kr \| 4 500 000 kr \| 4 500 000 kr \| 13 500 000 kr$/m);
    // One place for each figure: the key figures and who gains stand in the section only, the appendix has the rest.
    const count = (re: RegExp) => text.match(new RegExp(re.source, 'gm'))?.length ?? 0;
    for (const re of [/^Nyckeltal$/, /^Vem investerar och vem vinner/, /^Återbetalningsår \|/, /^Nettonuvärde \(undviken kostnad − investering\) \|/, /inte besparingar i en enskild/])
      expect(count(re), re.source).toBe(1);
    expect(text).not.toContain('Diagram 2');
    expect(text).not.toMatch(/^Totalt \| 40 \|/m);
    // The section comes between the budget and the follow-up.
    expect(text.indexOf('Samhällsekonomisk bedömning')).toBeLessThan(text.indexOf('13. Uppföljning'));
  });

  it('zero effect and no budget print "no payback", never NaN or Infinity, in the DOCX and its PDF', async () => {
    const app = workedExample();
    app.socioEconomics.effect = 0;
    app.budget.costLines = [];
    app.budget.financingLines = [];
    const bytes = await buildDocx(app, DEFAULT_PROGRAMME, { draft: true, now });
    expect(documentXml(bytes)).not.toMatch(/NaN|Infinity|undefined/);
    const file = join(dir, 'noll.docx');
    await writeFile(file, bytes);
    const profile = await mkdtemp(join(tmpdir(), 'lo-profile-'));
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'pipe' });
    const pdf = execFileSync('pdftotext', [join(dir, 'noll.pdf'), '-'], { encoding: 'utf8' }).replace(/\u00a0/g, ' ');
    expect(pdf).not.toMatch(/NaN|Infinity|undefined/);
    expect(pdf).toContain('inte inom kalkylperioden');
    // The document names what is missing, not the wizard step to fill it in.
    expect(pdf).toContain('Kalkylen är ofullständig. Saknas: budgetens kostnader, förväntad effekt.');
    expect(pdf).not.toContain('steget');
    expect(pdf).toContain('Bilaga 2 Samhällsekonomisk kalkyl');
  });

  it('leaves both out until the calculation is started', async () => {
    const app = workedExample();
    app.socioEconomics = { ...app.socioEconomics, peopleReached: [], baselineRisk: null, effect: null, avoidedCosts: [] };
    const xml = documentXml(await buildDocx(app, DEFAULT_PROGRAMME, { draft: true, now }));
    expect(xml).not.toContain('Samhällsekonomisk');
    expect(xml).toContain('Bilaga 1 Logikmodell');
  });

  it('prints in English when the document language is English', async () => {
    const app = workedExample();
    app.language = 'en';
    const file = join(dir, 'english.docx');
    await writeFile(file, await buildDocx(app, DEFAULT_PROGRAMME, { draft: false, now }));
    const text = docxText(file);
    expect(text).toContain('Socio-economic assessment');
    expect(text).toMatch(/Payback year \| year 4/);
    expect(text).toMatch(/Avoided cost per krona invested \| SEK 2\.52/);
    expect(text).not.toContain('Samhällsekonomisk bedömning');
  });
});

describe('DOCX chart years', () => {
  it('draws every year up to 20, and samples a longer horizon keeping the payback year and the last', async () => {
    const { chartYearsShown } = await import('../../../shared/docx/sections/socio-appendix');
    expect(chartYearsShown(8, 4)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    // 60 years in steps of 3, with the payback in year 4 and year 60 kept.
    const shown = chartYearsShown(60, 4);
    expect(shown.slice(0, 4)).toEqual([1, 3, 4, 6]);
    expect(shown[shown.length - 1]).toBe(60);
    expect(shown.length).toBeLessThanOrEqual(23);
  });
});
