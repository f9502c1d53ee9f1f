import { basename } from 'node:path';
import { formatKronor } from '../../shared/finance/money';
import { INVESTORS, calculateSocioEconomics, socioInputsFromApplication, type SocioResult } from '../../shared/finance/socio';
import {
  ACTOR_LABELS,
  MISSING_LABELS,
  SOCIO_TEXT,
  countText,
  numberText,
  paybackText,
  percentText,
  ratioText,
  shareText,
} from '../../shared/finance/socio/labels';
import type { Application } from '../../shared/model/schema';
import { EXIT_FAILURE, EXIT_OK, parseCommandArgs, parseLang, UsageError, type CliCommand, type Lang } from './io';
import { readForCommand } from './read';
import { priceBaseLine, rangeLines, uncertainNote } from './calc-plan';
import { rangeSensitivityOf } from '../../shared/finance/socio/ranges';
import { SOCIO_DOC } from '../../shared/docx/sections/socio-strings';

const W = {
  sv: {
    heading: 'Samhällsekonomisk kalkyl för',
    inputs: 'Indata',
    investment: 'Investering från budgeten',
    year: 'År',
    total: 'Totalt',
    reached: 'Personer som nås',
    risk: 'Risk utan insats',
    effect: 'Förväntad effekt',
    effectOf: (share: string) => `av dem som riskerar det negativa utfallet (andel lyckade av alla som nås: ${share})`,
    horizon: 'Kalkylperiod',
    years: 'år',
    rate: 'Diskonteringsränta',
    costs: 'Undvikna kostnader per lyckat utfall',
    perYearFor: (n: number, delay: number) => `per år i ${n} år${delay > 0 ? `, med start ${delay} år senare` : ''}`,
    noCosts: '(inga angivna)',
    results: 'Resultat',
    successes: 'Förväntade lyckade utfall',
    byYear: 'Per år (nuvärde)',
    cols: ['År', 'Investering', 'Undviken kostnad', 'Ack. investering', 'Ack. undviken kostnad'],
    pvInvestment: 'Investering, nuvärde',
    pvAvoided: 'Undviken kostnad, nuvärde',
    npv: 'Nettonuvärde',
    undiscounted: 'Odiskonterat: investering',
    avoidedWord: 'undviken kostnad',
    perSuccess: 'Undviken kostnad per lyckat utfall (nuvärde)',
    breakEven: 'Lyckade utfall som krävs (break-even)',
    ofReached: 'av dem som nås',
    payback: 'Återbetalningsår',
    perKrona: 'Undviken kostnad per investerad krona',
    actors: 'Vem investerar och vem vinner (nuvärde)',
    actorCols: ['Aktör', 'Investerar', 'Undviker', 'Netto', 'Per krona'],
    sensitivity: 'Känslighetsanalys: undviken kostnad per investerad krona / återbetalningsår',
    effectCol: 'Effekt',
    rateHead: 'ränta',
    missing: 'Saknas för en fullständig kalkyl',
    base: '* ansökans egen effekt och ränta',
  },
  en: {
    heading: 'Socio-economic calculation for',
    inputs: 'Inputs',
    investment: 'Investment from the budget',
    year: 'Year',
    total: 'Total',
    reached: 'People reached',
    risk: 'Baseline risk',
    effect: 'Expected effect',
    effectOf: (share: string) => `of those at risk of the bad outcome (share of everyone reached who succeeds: ${share})`,
    horizon: 'Horizon',
    years: 'years',
    rate: 'Discount rate',
    costs: 'Avoided costs per success',
    perYearFor: (n: number, delay: number) => `a year for ${n} years${delay > 0 ? `, starting ${delay} years later` : ''}`,
    noCosts: '(none entered)',
    results: 'Results',
    successes: 'Expected successes',
    byYear: 'Per year (present value)',
    cols: ['Year', 'Investment', 'Avoided cost', 'Cum. investment', 'Cum. avoided cost'],
    pvInvestment: 'Investment, present value',
    pvAvoided: 'Avoided cost, present value',
    npv: 'Net present value',
    undiscounted: 'Undiscounted: investment',
    avoidedWord: 'avoided cost',
    perSuccess: 'Avoided cost per success (present value)',
    breakEven: 'Successes needed (break-even)',
    ofReached: 'of those reached',
    payback: 'Payback year',
    perKrona: 'Avoided cost per krona invested',
    actors: 'Who invests and who gains (present value)',
    actorCols: ['Actor', 'Invests', 'Avoids', 'Net', 'Per krona'],
    sensitivity: 'Sensitivity: avoided cost per krona invested / payback year',
    effectCol: 'Effect',
    rateHead: 'rate',
    missing: 'Missing for a complete calculation',
    base: "* the application's own effect and rate",
  },
} as const;

const kr = (n: number) => formatKronor(n);

/** Columns padded for a terminal: the first left-aligned, the rest right-aligned (amounts). */
export function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => '  ' + r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd());
}

export function calcReport(app: Application, file: string, r: SocioResult, lang: Lang): string {
  const w = W[lang];
  const se = app.socioEconomics;
  const out: string[] = [`${w.heading} ${app.project.title.trim() || file} (${file})`, '', w.inputs];
  const inv = r.investment;
  const budgetYears = inv.byYear.findLastIndex((v) => v > 0) + 1;
  const invYears = inv.byYear.slice(0, Math.max(1, budgetYears)).map((v, i) => `${w.year.toLowerCase()} ${i + 1} ${kr(v)}`);
  out.push(`  ${w.investment}: ${invYears.join(', ')}; ${w.total.toLowerCase()} ${kr(inv.total)}`);
  for (const a of INVESTORS) if (a === 'sim' || inv.byActor[a].total > 0) out.push(`    ${ACTOR_LABELS[a][lang]}: ${kr(inv.byActor[a].total)}`);
  out.push(`    ${SOCIO_TEXT.simIsOwnInvestor[lang]}`);
  out.push(`  ${w.reached}: ${se.peopleReached.length ? se.peopleReached.map((n) => numberText(n, lang, 0)).join(' / ') : '–'} (${numberText(r.peopleReachedTotal, lang, 0)})`);
  out.push(`  ${w.risk}: ${percentText(se.baselineRisk, lang)}${uncertainNote(app, 'baselineRisk', lang)}`);
  const successShare = se.baselineRisk === null || se.effect === null ? null : (se.baselineRisk * se.effect) / 10000;
  out.push(`  ${w.effect}: ${percentText(se.effect, lang)} ${w.effectOf(shareText(successShare, lang))}${uncertainNote(app, 'effect', lang)}`);
  out.push(`  ${priceBaseLine(app, lang)}`);
  out.push(`  ${w.horizon}: ${r.years} ${w.years}; ${w.rate.toLowerCase()} ${percentText(se.discountRate, lang)}`);
  out.push(`  ${w.costs}:`);
  if (se.avoidedCosts.length === 0) out.push(`    ${w.noCosts}`);
  for (const c of se.avoidedCosts) {
    const src = [c.source.trim(), c.sourceYear ?? ''].filter((x) => x !== '').join(', ');
    out.push(`    ${ACTOR_LABELS[c.actor][lang]}: ${c.label.trim() || '–'}, ${kr(c.amountPerYear)} ${w.perYearFor(c.durationYears, c.delayYears ?? 0)}${src ? ` (${src})` : ''}`);
  }

  out.push('', w.results);
  if (r.missing.length > 0) out.push(`  ${w.missing}: ${r.missing.map((m) => MISSING_LABELS[m][lang]).join(', ')}.`);
  if (r.outOfRange) out.push(`  ${SOCIO_TEXT.outOfRange[lang]}`);
  if (r.horizonExtended) out.push(`  ${SOCIO_TEXT.horizonExtended[lang]}`);
  if (!r.budgetBalanced) out.push(`  ${SOCIO_TEXT.unbalanced[lang]}`);
  out.push(`  ${w.successes}: ${countText(r.successesTotal, lang)} (${r.successesByYear.map((s) => countText(s, lang)).join(' / ') || '–'})`);
  out.push('', `  ${w.byYear}`);
  const rows: string[][] = [[...w.cols]];
  for (let t = 0; t < r.years; t++) {
    rows.push([`${t + 1}`, kr(inv.byYearDiscounted[t]!), kr(r.avoided.byYearDiscounted[t]!), kr(inv.cumulativeDiscounted[t]!), kr(r.avoided.cumulativeDiscounted[t]!)]);
  }
  rows.push([w.total, kr(inv.totalDiscounted), kr(r.avoided.totalDiscounted), '', '']);
  out.push(...table(rows).map((l) => '  ' + l));
  out.push('');
  out.push(`  ${w.pvInvestment}: ${kr(inv.totalDiscounted)}`);
  out.push(`  ${w.pvAvoided}: ${kr(r.avoided.totalDiscounted)}`);
  out.push(`  ${w.npv}: ${kr(r.netPresentValue)}`);
  out.push(`  ${w.undiscounted} ${kr(inv.total)}, ${w.avoidedWord} ${kr(r.avoided.total)}`);
  out.push(`  ${w.perSuccess}: ${kr(r.valuePerSuccess)}`);
  const share = r.breakEvenShareOfReached === null ? '' : ` (${shareText(r.breakEvenShareOfReached, lang)} ${w.ofReached})`;
  out.push(`  ${w.breakEven}: ${countText(r.breakEvenSuccesses, lang)}${share}`);
  out.push(`  ${w.payback}: ${paybackText(r.paybackYear, lang)}`);
  out.push(`  ${w.perKrona}: ${ratioText(r.returnPerKrona, lang, SOCIO_TEXT.notComputable)}`);

  out.push('', `  ${w.actors}`);
  const actorRows: string[][] = [[...w.actorCols]];
  for (const a of INVESTORS) {
    const b = r.actors[a];
    actorRows.push([ACTOR_LABELS[a][lang], kr(b.invested), kr(b.gained), kr(b.net), ratioText(b.returnPerKrona, lang)]);
  }
  out.push(...table(actorRows).map((l) => '  ' + l));

  out.push('', `  ${w.sensitivity}`);
  const s = r.sensitivity;
  const sensRows: string[][] = [[w.effectCol, ...s.discountRates.map((d) => `${percentText(d, lang)} ${w.rateHead}`)]];
  s.cells.forEach((row, i) => {
    const cell = (c: (typeof row)[number]) =>
      `${ratioText(c.returnPerKrona, lang, SOCIO_TEXT.notComputable)} / ${paybackText(c.paybackYear, lang)}${c.isBase ? ' *' : ''}`;
    sensRows.push([percentText(s.effects[i]!, lang), ...row.map(cell)]);
  });
  out.push(...table(sensRows).map((l) => '  ' + l));
  if (s.cells.flat().some((c) => c.isBase)) out.push(`    ${w.base}`);
  out.push('', `  ${SOCIO_DOC.rangeSensitivity[lang]}`, ...rangeLines(app, lang));

  out.push('', SOCIO_TEXT.notBudgetSavings[lang], '');
  return out.join('\n');
}

export const calc: CliCommand = {
  usage: 'calc <fil> [--json] [--lang sv|en]',
  summary: 'Visar den samhällsekonomiska kalkylen: indata och resultat (--json: maskinläsbart, hela kronor).',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' }, lang: { type: 'string' } });
    const lang = parseLang(values.lang);
    if (positionals.length !== 1) throw new UsageError('Ange exakt en fil att räkna på.');
    const file = positionals[0]!;
    const read = await readForCommand(file, io, lang);
    if (!read) return EXIT_FAILURE;
    const app = read.application;
    const result = calculateSocioEconomics(app);
    if (values.json) {
      const inputs = socioInputsFromApplication(app);
      const json = {
        file: basename(read.path),
        project: app.project.title,
        inputs: {
          ...inputs,
          avoidedCosts: app.socioEconomics.avoidedCosts,
          baselineRiskSource: app.socioEconomics.baselineRiskSource,
          effectSource: app.socioEconomics.effectSource,
          priceBaseYear: app.socioEconomics.priceBaseYear,
        },
        result,
        ranges: rangeSensitivityOf(app),
      };
      io.stdout(JSON.stringify(json, null, 2) + '\n');
      return EXIT_OK;
    }
    io.stdout(calcReport(app, basename(read.path), result, lang));
    return EXIT_OK;
  },
};
