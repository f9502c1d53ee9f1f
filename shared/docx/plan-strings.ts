import type { Localized } from '../model/labels';
import type { DocxContext } from './context';

/** The document's words for the parts format version 3 added: SIM per party, valuation, indicators, risks. */
export const PLAN_DOC = {
  simByParty: { sv: 'Vad SIM-medlen betalar och parternas egen andel', en: 'What the SIM funds pay and each party’s own share' },
  simByPartyIntro: {
    sv: 'För varje part: dess kostnader, den del av dem som de sökta SIM-medlen betalar och partens egen andel (kostnader minus SIM-medel).',
    en: 'For each party: its costs, the part of them the SIM funds sought pay, and the party’s own share (costs less SIM funds).',
  },
  partyCosts: { sv: '{party}: kostnader', en: '{party}: costs' },
  paidBySim: { sv: 'varav betalas av SIM-medel', en: 'of which paid by SIM funds' },
  ownShare: { sv: 'egen andel', en: 'own share' },
  simNoParty: { sv: 'SIM-medel utan angiven part', en: 'SIM funds with no party given' },
  valuation: { sv: 'Värdering av arbetstid', en: 'Valuation of staff time' },
  valuationIntro: {
    sv: 'Arbetstid värderas till kostnad: timmar × kostnad per timme, eller andel av heltid × 12 månader × månadslön, med personalomkostnadspålägg (PO). Under varje år: omfattningen och vad den blir i kronor; budgetens belopp får vara avrundade till tusental.',
    en: 'Staff time is valued at cost: hours × cost per hour, or share of full time × 12 months × monthly salary, with social fees (PO). Under each year: the extent and what it comes to in kronor; the budget’s amounts may be rounded to thousands.',
  },
  costLine: { sv: 'Kostnadsrad', en: 'Cost line' },
  basis: { sv: 'Underlag', en: 'Basis' },
  perHour: { sv: '{amount} per timme', en: '{amount} per hour' },
  perMonth: { sv: 'månadslön {amount}', en: 'monthly salary {amount}' },
  socialFees: { sv: 'PO {percent}', en: 'social fees {percent}' },
  notValued: { sv: 'Värdering saknas', en: 'No valuation given' },
  indicators: { sv: 'Indikatorer', en: 'Indicators' },
  indicatorsIntro: {
    sv: 'Indikatorerna från logikmodellen (bilaga 1) och det övergripande målet, med hur de följs upp.',
    en: 'The indicators of the logic model (appendix 1) and of the overall goal, with how they are followed up.',
  },
  indicator: { sv: 'Indikator', en: 'Indicator' },
  measures: { sv: '{level}, rad {row}', en: '{level}, row {row}' },
  noLevel: { sv: 'nivå ej angiven', en: 'level not given' },
  noIndicators: { sv: 'Inga indikatorer är angivna i logikmodellen.', en: 'No indicators are given in the logic model.' },
  risks: { sv: 'Risker och riskhantering', en: 'Risks and risk management' },
  noRisks: { sv: 'Inga risker är angivna.', en: 'No risks are given.' },
  noRating: { sv: 'ej bedömd', en: 'not assessed' },
} satisfies Record<string, Localized>;

export type PlanDocKey = keyof typeof PLAN_DOC;

export function pd(ctx: DocxContext, key: PlanDocKey, params: Record<string, string | number> = {}): string {
  return PLAN_DOC[key][ctx.lang].replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}
