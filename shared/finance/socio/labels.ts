import type { Lang, Localized } from '../../model/labels';
import { formatKronor, formatNumber, NBSP } from '../money';
import { SOCIO_MAX_KRONOR } from './bounds';
import type { Investor } from './investment';
import type { MissingInput, SocioResult } from './types';

/**
 * The calculation's words, shared by the CLI, the DOCX and the wizard's catalog so a figure is called
 * the same thing everywhere.
 */
export const ACTOR_LABELS: Record<Investor, Localized> = {
  sim: { sv: 'SIM-medel (fonden)', en: 'SIM funds (the fund)' },
  kommun: { sv: 'Kommun', en: 'Municipality' },
  region: { sv: 'Region', en: 'Region' },
  stat: { sv: 'Staten', en: 'State' },
  annan: { sv: 'Övriga (inkl. produktionsbortfall)', en: 'Others (incl. lost production)' },
};

export const SOCIO_TEXT = {
  notBudgetSavings: {
    sv: 'Samhällsekonomiska belopp visar vad samhället som helhet kan undvika att betala. De är inte besparingar i en enskild organisations budget: en undviken kostnad hos staten syns inte i kommunens eller regionens budget.',
    en: "Society-wide figures show what society as a whole may avoid paying. They are not savings in any one organisation's budget: a cost avoided by the state does not show in the municipality's or the region's budget.",
  },
  effectMeaning: {
    sv: 'Effekten är andelen av dem som riskerar det negativa utfallet som undviker det tack vare projektet.',
    en: 'The effect is the share of those at risk of the bad outcome who avoid it thanks to the project.',
  },
  method: {
    sv: 'Lyckade utfall per år = antal som nås × risk utan insats × effekt. Varje lyckat utfall undviker varje kostnad under dess antal år, med start året efter (plus eventuell fördröjning) och bara inom kalkylperioden. Belopp år t diskonteras med (1 + r)^(t − 1): år 1 är basår. Investeringen är budgetens kostnader; den fördelas på investerarna efter finansieringen: fonden (SIM-medlen) på en egen rad, varje parts kontanta medel och arbetstid under dess huvudman.',
    en: 'Successes per year = people reached × baseline risk × effect. Each success avoids each cost for its number of years, starting the year after (plus any delay), and only within the horizon. Amounts in year t are discounted by (1 + r)^(t − 1): year 1 is the base year. The investment is the budget’s cost, split on the investors by its financing: the fund (SIM money) on a row of its own, each party’s cash and staff time under its principal.',
  },
  simIsOwnInvestor: {
    sv: 'SIM-medlen är fondens egen investering och redovisas på en egen rad, skild från den regionala partens.',
    en: 'The SIM money is the fund’s own investment, on a row of its own apart from the regional party’s.',
  },
  noPayback: { sv: 'inte inom kalkylperioden', en: 'not within the horizon' },
  noRatio: { sv: 'investerar inget', en: 'invests nothing' },
  notComputable: { sv: 'kan inte beräknas', en: 'cannot be computed' },
  unbalanced: {
    sv: 'Budgetens finansiering är inte lika med kostnaderna alla år; investeringen har fördelats på aktörerna i proportion till finansieringen.',
    en: 'The budget’s financing does not equal its costs every year; the investment has been split on the actors in proportion to the financing.',
  },
  outOfRange: {
    sv: `Kalkylen ger belopp över ${formatKronor(SOCIO_MAX_KRONOR)}, mer än någon offentlig budget: kontrollera antalet personer som nås per år och beloppen per lyckat utfall.`,
    en: `The calculation gives amounts above ${formatKronor(SOCIO_MAX_KRONOR)}, more than any public budget: check the number of people reached per year and the amounts per success.`,
  },
  horizonExtended: {
    sv: 'Kalkylperioden har förlängts så att alla budgetår räknas med.',
    en: 'The horizon has been extended so that every budget year is counted.',
  },
} satisfies Record<string, Localized>;

/**
 * What a calculation lacks, as the wizard names it (with the step to go to). The document names only the input
 * (MISSING_INPUT_NAMES): the signed paper says what the applicants gave, not how to use the app.
 */
export const MISSING_LABELS: Record<MissingInput, Localized> = {
  investment: { sv: 'budgetens kostnader (steget Budget)', en: 'the budget’s costs (the Budget step)' },
  peopleReached: { sv: 'antal personer som nås', en: 'people reached' },
  baselineRisk: { sv: 'risk utan insats', en: 'baseline risk' },
  effect: { sv: 'förväntad effekt', en: 'expected effect' },
  avoidedCosts: { sv: 'minst en undviken kostnad med belopp', en: 'at least one avoided cost with an amount' },
};

export const MISSING_INPUT_NAMES: Record<MissingInput, Localized> = {
  ...MISSING_LABELS,
  investment: { sv: 'budgetens kostnader', en: 'the budget’s costs' },
};

/** A number in the reader's convention: `1 234,5` in Swedish, `1,234.5` in English; trailing zeros dropped. */
export function numberText(value: number, lang: Lang, decimals = 2, fixed = false): string {
  let sv = formatNumber(value, decimals);
  // Ratios in a column read better with every decimal shown: 6,10 under 0,22.
  if (fixed && decimals > 0 && Number.isFinite(value)) {
    const [, frac = ''] = sv.split(',');
    sv = (frac ? sv : `${sv},`) + '0'.repeat(decimals - frac.length);
  }
  return lang === 'sv' ? sv : sv.replace(/,/g, '.').replace(/\u00a0/g, ',').replace(/\u2212/g, '-');
}

/** `4` → "år 4"; null → "inte inom kalkylperioden". */
export function paybackText(year: number | null, lang: Lang): string {
  if (year === null) return SOCIO_TEXT.noPayback[lang];
  return lang === 'sv' ? `år${NBSP}${year}` : `year${NBSP}${year}`;
}

/** `2.52` → "2,52 kr"; null → the reason there is no ratio. */
export function ratioText(ratio: number | null, lang: Lang, none: Localized = SOCIO_TEXT.noRatio): string {
  if (ratio === null) return none[lang];
  const n = numberText(ratio, lang, 2, true);
  return lang === 'sv' ? `${n}${NBSP}kr` : `SEK${NBSP}${n}`;
}

/** A count that may have decimals: `15.86` → "15,86"; null → "kan inte beräknas". */
export function countText(value: number | null, lang: Lang, decimals = 2): string {
  return value === null ? SOCIO_TEXT.notComputable[lang] : numberText(value, lang, decimals);
}

/** A percentage entered by the user (0–100): `3.5` → "3,5 %". */
export function percentText(value: number | null, lang: Lang): string {
  return value === null ? SOCIO_TEXT.notComputable[lang] : `${numberText(value, lang, 2)}${NBSP}%`;
}

/** A share 0–1 as percent: `0.0991` → "9,91 %". */
export function shareText(share: number | null, lang: Lang): string {
  return share === null ? SOCIO_TEXT.notComputable[lang] : percentText(Math.round(share * 10000) / 100, lang);
}

/** A one-line verdict for summaries: payback, return per krona and break-even. */
export function verdictText(r: SocioResult, lang: Lang): string {
  const ret = ratioText(r.returnPerKrona, lang, SOCIO_TEXT.notComputable);
  const be = countText(r.breakEvenSuccesses, lang);
  return lang === 'sv'
    ? `Återbetalning: ${paybackText(r.paybackYear, lang)}. Undviken kostnad per investerad krona: ${ret}. Lyckade utfall som krävs för att investeringen ska löna sig: ${be}.`
    : `Payback: ${paybackText(r.paybackYear, lang)}. Avoided cost per krona invested: ${ret}. Successes needed for the investment to pay off: ${be}.`;
}
