import { defineCatalog } from '../../i18n/catalog';

/**
 * The calculation's words, shared by the CLI, the DOCX and the wizard's catalog so a figure is called
 * the same thing everywhere.
 */
export const actorStrings = defineCatalog(
  {
    sim: 'SIM-medel (fonden)',
    kommun: 'Kommun',
    region: 'Region',
    stat: 'Staten',
    annan: 'Övriga (inkl. produktionsbortfall)',
  },
  {
    sim: 'SIM funds (the fund)',
    kommun: 'Municipality',
    region: 'Region',
    stat: 'State',
    annan: 'Others (incl. lost production)',
  },
);

export const socioStrings = defineCatalog(
  {
    notBudgetSavings: 'Samhällsekonomiska belopp visar vad samhället som helhet kan undvika att betala. De är inte besparingar i en enskild organisations budget: en undviken kostnad hos staten syns inte i kommunens eller regionens budget.',
    effectMeaning: 'Effekten är andelen av dem som riskerar det negativa utfallet som undviker det tack vare projektet.',
    method: 'Lyckade utfall per år = antal som nås × risk utan insats × effekt. Varje lyckat utfall undviker varje kostnad under dess antal år, med start året efter (plus eventuell fördröjning) och bara inom kalkylperioden. Belopp år t diskonteras med (1 + r)^(t − 1): år 1 är basår. Investeringen är budgetens kostnader; den fördelas på investerarna efter finansieringen: fonden (SIM-medlen) på en egen rad, varje parts kontanta medel och arbetstid under dess huvudman.',
    simIsOwnInvestor: 'SIM-medlen är fondens egen investering och redovisas på en egen rad, skild från den regionala partens.',
    noPayback: 'inte inom kalkylperioden',
    noRatio: 'investerar inget',
    notComputable: 'kan inte beräknas',
    unbalanced: 'Budgetens finansiering är inte lika med kostnaderna alla år; investeringen har fördelats på aktörerna i proportion till finansieringen.',
    outOfRange: `Kalkylen ger belopp över {max}, mer än någon offentlig budget: kontrollera antalet personer som nås per år och beloppen per lyckat utfall.`,
    horizonExtended: 'Kalkylperioden har förlängts så att alla budgetår räknas med.',
  },
  {
    notBudgetSavings: "Society-wide figures show what society as a whole may avoid paying. They are not savings in any one organisation's budget: a cost avoided by the state does not show in the municipality's or the region's budget.",
    effectMeaning: 'The effect is the share of those at risk of the bad outcome who avoid it thanks to the project.',
    method: 'Successes per year = people reached × baseline risk × effect. Each success avoids each cost for its number of years, starting the year after (plus any delay), and only within the horizon. Amounts in year t are discounted by (1 + r)^(t − 1): year 1 is the base year. The investment is the budget’s cost, split on the investors by its financing: the fund (SIM money) on a row of its own, each party’s cash and staff time under its principal.',
    simIsOwnInvestor: 'The SIM money is the fund’s own investment, on a row of its own apart from the regional party’s.',
    noPayback: 'not within the horizon',
    noRatio: 'invests nothing',
    notComputable: 'cannot be computed',
    unbalanced: 'The budget’s financing does not equal its costs every year; the investment has been split on the actors in proportion to the financing.',
    outOfRange: `The calculation gives amounts above {max}, more than any public budget: check the number of people reached per year and the amounts per success.`,
    horizonExtended: 'The horizon has been extended so that every budget year is counted.',
  },
);

/**
 * What a calculation lacks, as the wizard names it (with the step to go to). The document names only the input
 * (MISSING_INPUT_NAMES): the signed paper says what the applicants gave, not how to use the app.
 */
export const missingStrings = defineCatalog(
  {
    investment: 'budgetens kostnader (steget Budget)',
    peopleReached: 'antal personer som nås',
    baselineRisk: 'risk utan insats',
    effect: 'förväntad effekt',
    avoidedCosts: 'minst en undviken kostnad med belopp',
  },
  {
    investment: 'the budget’s costs (the Budget step)',
    peopleReached: 'people reached',
    baselineRisk: 'baseline risk',
    effect: 'expected effect',
    avoidedCosts: 'at least one avoided cost with an amount',
  },
);

/** The calculation's figures in words; `\u00a0` keeps a number with its unit on one line. */
export const socioFigureStrings = defineCatalog(
  {
    paybackYear: 'år\u00a0{year}',
    perKrona: '{n}\u00a0kr',
    verdict: 'Återbetalning: {payback}. Undviken kostnad per investerad krona: {perKrona}. Lyckade utfall som krävs för att investeringen ska löna sig: {breakEven}.',
  },
  {
    paybackYear: 'year\u00a0{year}',
    perKrona: 'SEK\u00a0{n}',
    verdict: 'Payback: {payback}. Avoided cost per krona invested: {perKrona}. Successes needed for the investment to pay off: {breakEven}.',
  },
);

/** What the document names a missing input: the wizard's words without the step to go to. */
export const missingInputNameStrings = defineCatalog(
  { ...missingStrings.sv, investment: 'budgetens kostnader' },
  { ...missingStrings.en, investment: 'the budget’s costs' },
);
