import type { Localized } from '../model/labels';

/**
 * What the rules say about how the project is measured, financed and guarded (format version 3): indicators,
 * in-kind valuation, SIM per party, the calculation's sources and ranges, risks. Spread into MESSAGES.
 */
export const PLAN_MESSAGES = {
  'goals.rowNoIndicator': {
    sv: 'Rad {row} i logikmodellen har ingen indikator. Ange hur minst en av radens effekter mäts.',
    en: 'Row {row} of the logic model has no indicator. Say how at least one of the row’s effects is measured.',
  },
  'goals.indicatorLevel': {
    sv: '{field}: välj vilken nivå i kedjan indikatorn mäter (prestationer eller effekter på kort, medellång eller lång sikt).',
    en: '{field}: choose which level of the chain the indicator measures (outputs, or short-, medium- or long-term effects).',
  },
  'goals.indicatorFollowUp': {
    sv: '{field} är tom. Uppföljningstabellen visar för varje indikator hur ofta den mäts och av vem.',
    en: '{field} is empty. The follow-up table shows, for each indicator, how often it is measured and by whom.',
  },
  'goals.overallNoIndicator': {
    sv: 'Det övergripande målet har ingen indikator. Ange hur ni ser att målet nås.',
    en: 'The overall goal has no indicator. Say how you will see that the goal is reached.',
  },
  'budget.valuationMissing': {
    sv: '{field}: ange hur arbetstiden värderas (timmar och kostnad per timme, eller andel av heltid och månadslön, med PO), så att beloppet går att kontrollera.',
    en: '{field}: say how the staff time is valued (hours and cost per hour, or share of full time and monthly salary, with social fees), so the amount can be checked.',
  },
  'budget.valuationMismatch': {
    sv: '{field}: år {year} är beloppet {amountKr}, men värderingen ger {computedKr}. Rätta beloppet eller värderingen (avrundning till närmaste tusental godtas).',
    en: '{field}: in year {year} the amount is {amountKr}, but the valuation gives {computedKr}. Correct the amount or the valuation (rounding to the nearest thousand is accepted).',
  },
  'budget.simParty': {
    sv: '{field}: ange vilken parts kostnader de sökta SIM-medlen betalar, så att varje parts egen andel syns.',
    en: '{field}: say whose costs the SIM funds sought pay for, so each party’s own share shows.',
  },
  'budget.simExceedsCosts': {
    sv: 'År {year} betalar SIM-medlen {simKr} av kostnaderna för {party}, men partens kontanta kostnader är bara {costsKr}.',
    en: 'In year {year} the SIM funds pay {simKr} of the costs of {party}, but the party’s cash costs are only {costsKr}.',
  },
  'budget.inKindMismatch': {
    sv: 'År {year} finansierar {party} {financingKr} med arbetstid, men partens kostnader i arbetstid är {costsKr}. En parts arbetstid som finansiering ska vara lika med dess kostnader i arbetstid.',
    en: 'In year {year} {party} finances {financingKr} in staff time, but the party’s in-kind costs are {costsKr}. A party’s in-kind financing must equal its in-kind costs.',
  },
  'socioEconomics.sourceMissing': {
    sv: '{field} måste fyllas i: en siffra utan källa går inte att granska.',
    en: '{field} must be filled in: a figure without a source cannot be checked.',
  },
  'socioEconomics.priceBaseYear': {
    sv: 'Ange prisbasåret: det år vars prisnivå alla belopp i kalkylen anges i (äldre belopp räknas om, t.ex. med SCB:s KPI).',
    en: 'Give the price base year: the year whose price level every amount in the calculation is given in (older figures converted, e.g. with the CPI).',
  },
  'socioEconomics.rangeMissing': {
    sv: '{field} saknas. Känslighetsanalysen räknar med ett lågt och ett högt värde för de osäkra antagandena.',
    en: '{field} is missing. The sensitivity analysis uses a low and a high value for the uncertain assumptions.',
  },
  'socioEconomics.rangeOrder': {
    sv: '{field}: det låga värdet ({low} %) och det höga ({high} %) ska ligga på var sin sida om det antagna värdet ({value} %).',
    en: '{field}: the low value ({low} %) and the high value ({high} %) must lie either side of the assumed value ({value} %).',
  },
  'followUp.noRisks': {
    sv: 'Ansökan beskriver inga risker. Lägg till de viktigaste riskerna med sannolikhet, konsekvens, åtgärd och ansvarig.',
    en: 'The application describes no risks. Add the main risks with likelihood, consequence, measure and who is responsible.',
  },
} as const satisfies Record<string, Localized>;
