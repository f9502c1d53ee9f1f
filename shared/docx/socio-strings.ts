import type { Localized } from '../model/labels';
import type { DocxContext } from './context';

/** The document's words for the socio-economic section and Bilaga 2 (kept beside them, not in strings.ts). */
export const SOCIO_DOC = {
  sectionTitle: { sv: 'Samhällsekonomisk bedömning', en: 'Socio-economic assessment' },
  appendixTitle: { sv: 'Samhällsekonomisk kalkyl', en: 'Socio-economic calculation' },
  intro: {
    sv: 'Kalkylen uppskattar vad projektet kostar, vilka kostnader det kan göra att samhället slipper om det lyckas, och vem som bär dem. Hela kalkylen med indata, källor, känslighetsanalys och diagram finns i bilaga 2.',
    en: 'The calculation estimates what the project costs, which costs society may avoid if it succeeds, and who bears them. The full calculation with inputs, sources, sensitivity analysis and charts is in appendix 2.',
  },
  incomplete: { sv: 'Kalkylen är ofullständig. Saknas: {list}.', en: 'The calculation is incomplete. Missing: {list}.' },
  keyFigures: { sv: 'Nyckeltal', en: 'Key figures' },
  investment: { sv: 'Investering (budgetens kostnader)', en: 'Investment (the budget’s costs)' },
  investmentPv: { sv: 'Investering, nuvärde', en: 'Investment, present value' },
  reachedAndSuccesses: { sv: 'Personer som nås / förväntade lyckade utfall', en: 'People reached / expected successes' },
  avoidedPv: { sv: 'Undviken kostnad inom {years} år, nuvärde', en: 'Avoided cost within {years} years, present value' },
  avoidedUndiscounted: { sv: 'Undviken kostnad, odiskonterat', en: 'Avoided cost, undiscounted' },
  npv: { sv: 'Nettonuvärde (undviken kostnad − investering)', en: 'Net present value (avoided cost − investment)' },
  perKrona: { sv: 'Undviken kostnad per investerad krona', en: 'Avoided cost per krona invested' },
  payback: { sv: 'Återbetalningsår', en: 'Payback year' },
  perSuccess: { sv: 'Undviken kostnad per lyckat utfall, nuvärde', en: 'Avoided cost per success, present value' },
  breakEven: { sv: 'Lyckade utfall som krävs för att investeringen ska löna sig', en: 'Successes needed for the investment to pay off' },
  ofReached: { sv: '{share} av dem som nås', en: '{share} of those reached' },
  whoGains: { sv: 'Vem investerar och vem vinner (nuvärde)', en: 'Who invests and who gains (present value)' },
  actor: { sv: 'Aktör', en: 'Actor' },
  invests: { sv: 'Investerar', en: 'Invests' },
  avoids: { sv: 'Undviker', en: 'Avoids' },
  net: { sv: 'Netto', en: 'Net' },
  perKronaShort: { sv: 'Per investerad krona', en: 'Per krona invested' },
  method: { sv: 'Metod', en: 'Method' },
  inputs: { sv: 'Indata', en: 'Inputs' },
  peoplePerYear: { sv: 'Personer som nås per år', en: 'People reached per year' },
  successShare: { sv: 'Andel av dem som nås som förväntas lyckas', en: 'Share of those reached expected to succeed' },
  horizon: { sv: 'Kalkylperiod', en: 'Horizon' },
  years: { sv: '{n} år', en: '{n} years' },
  yearN: { sv: 'År {n}', en: 'Year {n}' },
  total: { sv: 'Totalt', en: 'Total' },
  investmentByActor: { sv: 'Investering per aktör och år (från budgeten)', en: 'Investment by actor and year (from the budget)' },
  avoidedCosts: { sv: 'Undvikna kostnader per lyckat utfall', en: 'Avoided costs per success' },
  cost: { sv: 'Kostnad', en: 'Cost' },
  perYear: { sv: 'Belopp per år', en: 'Amount per year' },
  duration: { sv: 'Antal år', en: 'Years' },
  starts: { sv: 'Börjar', en: 'Starts' },
  startsAfter: { sv: 'år {n} efter', en: 'year {n} after' },
  source: { sv: 'Källa', en: 'Source' },
  noCosts: { sv: 'Inga undvikna kostnader är angivna.', en: 'No avoided costs have been entered.' },
  resultsByYear: { sv: 'Resultat per år', en: 'Results by year' },
  successes: { sv: 'Lyckade utfall', en: 'Successes' },
  invested: { sv: 'Investering', en: 'Investment' },
  avoided: { sv: 'Undviken kostnad', en: 'Avoided cost' },
  investedPv: { sv: 'Investering, nuvärde', en: 'Investment, present value' },
  avoidedPvShort: { sv: 'Undviken kostnad, nuvärde', en: 'Avoided cost, present value' },
  cumInvested: { sv: 'Ack. investering, nuvärde', en: 'Cum. investment, present value' },
  cumAvoided: { sv: 'Ack. undviken kostnad, nuvärde', en: 'Cum. avoided cost, present value' },
  avoidedByActor: { sv: 'Undviken kostnad per aktör och år (nuvärde)', en: 'Avoided cost by actor and year (present value)' },
  sensitivity: { sv: 'Känslighetsanalys', en: 'Sensitivity analysis' },
  sensitivityIntro: {
    sv: 'Undviken kostnad per investerad krona och återbetalningsår vid olika effekt (andel av dem i riskzonen som lyckas) och diskonteringsränta. Ansökans egna antaganden är markerade med *.',
    en: 'Avoided cost per krona invested and payback year at different effects (share of those at risk who succeed) and discount rates. The application’s own assumptions are marked *.',
  },
  effectRate: { sv: 'Effekt \\ ränta', en: 'Effect \\ rate' },
  charts: { sv: 'Diagram', en: 'Charts' },
  chartCumulative: {
    sv: 'Diagram 1. Ackumulerad investering och ackumulerad undviken kostnad per år (nuvärde)',
    en: 'Chart 1. Cumulative investment and cumulative avoided cost by year (present value)',
  },
  chartActors: { sv: 'Diagram 2. Investerat och undviket per aktör (nuvärde)', en: 'Chart 2. Invested and avoided by actor (present value)' },
  legend: {
    sv: 'Mörk stapel: investering. Ljus stapel: undviken kostnad. Staplarnas längd är i samma skala inom diagrammet.',
    en: 'Dark bar: investment. Light bar: avoided cost. Bar lengths share one scale within the chart.',
  },
  paybackMark: { sv: '◆ återbetalt', en: '◆ paid back' },
  paybackLegend: {
    sv: '◆ markerar återbetalningsåret: första året då den ackumulerade undvikna kostnaden når den ackumulerade investeringen.',
    en: '◆ marks the payback year: the first year in which the cumulative avoided cost reaches the cumulative investment.',
  },
  noPaybackLegend: {
    sv: 'Den ackumulerade undvikna kostnaden når inte investeringen inom kalkylperioden.',
    en: 'The cumulative avoided cost does not reach the investment within the horizon.',
  },
  chartSampled: { sv: 'Diagrammet visar åren {list}; alla år finns i tabellen ovan.', en: 'The chart shows the years {list}; every year is in the table above.' },
  chartYears: { sv: 'Diagrammet visar år 1–{n}; därefter ändras inget.', en: 'The chart shows years 1–{n}; nothing changes after that.' },
} satisfies Record<string, Localized>;

export type SocioDocKey = keyof typeof SOCIO_DOC;

export function sd(ctx: DocxContext, key: SocioDocKey, params: Record<string, string | number> = {}): string {
  return SOCIO_DOC[key][ctx.lang].replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}
