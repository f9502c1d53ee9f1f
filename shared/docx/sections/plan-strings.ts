import { defineCatalog } from '../../i18n/catalog';
import { localizedTable, textOf } from '../../i18n/localized';
import type { DocxContext } from '../context';

/** The document's words for the parts format version 3 added: SIM per party, valuation, indicators, risks. */
export const planDocStrings = defineCatalog(
  {
    simByParty: 'Vad SIM-medlen betalar och parternas egen andel',
    simByPartyIntro: 'För varje part: dess kostnader, den del av dem som de sökta SIM-medlen betalar och partens egen andel (kostnader minus SIM-medel).',
    partyCosts: '{party}: kostnader',
    paidBySim: 'varav betalas av SIM-medel',
    ownShare: 'egen andel',
    simNoParty: 'SIM-medel utan angiven part',
    valuation: 'Värdering av arbetstid',
    valuationIntro: 'Arbetstid värderas till kostnad: timmar × kostnad per timme, eller andel av heltid × 12 månader × månadslön, med personalomkostnadspålägg (PO). Under varje år: omfattningen och vad den blir i kronor; budgetens belopp får vara avrundade till tusental.',
    costLine: 'Kostnadsrad',
    basis: 'Underlag',
    perHour: '{amount} per timme',
    perMonth: 'månadslön {amount}',
    socialFees: 'PO {percent}',
    notValued: 'Värdering saknas',
    indicators: 'Indikatorer',
    indicatorsIntro: 'Indikatorerna från logikmodellen (bilaga 1) och det övergripande målet, med hur de följs upp.',
    indicator: 'Indikator',
    measures: '{level}, rad {row}',
    noLevel: 'nivå ej angiven',
    noIndicators: 'Inga indikatorer är angivna i logikmodellen.',
    risks: 'Risker och riskhantering',
    noRisks: 'Inga risker är angivna.',
    noRating: 'ej bedömd',
  },
  {
    simByParty: 'What the SIM funds pay and each party’s own share',
    simByPartyIntro: 'For each party: its costs, the part of them the SIM funds sought pay, and the party’s own share (costs less SIM funds).',
    partyCosts: '{party}: costs',
    paidBySim: 'of which paid by SIM funds',
    ownShare: 'own share',
    simNoParty: 'SIM funds with no party given',
    valuation: 'Valuation of staff time',
    valuationIntro: 'Staff time is valued at cost: hours × cost per hour, or share of full time × 12 months × monthly salary, with social fees (PO). Under each year: the extent and what it comes to in kronor; the budget’s amounts may be rounded to thousands.',
    costLine: 'Cost line',
    basis: 'Basis',
    perHour: '{amount} per hour',
    perMonth: 'monthly salary {amount}',
    socialFees: 'social fees {percent}',
    notValued: 'No valuation given',
    indicators: 'Indicators',
    indicatorsIntro: 'The indicators of the logic model (appendix 1) and of the overall goal, with how they are followed up.',
    indicator: 'Indicator',
    measures: '{level}, row {row}',
    noLevel: 'level not given',
    noIndicators: 'No indicators are given in the logic model.',
    risks: 'Risks and risk management',
    noRisks: 'No risks are given.',
    noRating: 'not assessed',
  },
);

export const PLAN_DOC = localizedTable(planDocStrings);

export type PlanDocKey = keyof typeof PLAN_DOC;

export function pd(ctx: DocxContext, key: PlanDocKey, params: Record<string, string | number> = {}): string {
  return textOf(planDocStrings, ctx.lang, key, params);
}
