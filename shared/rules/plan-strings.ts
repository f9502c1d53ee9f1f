import { defineCatalog } from '../i18n/catalog';

/**
 * What the rules say about how the project is measured, financed and guarded (format version 3): indicators,
 * in-kind valuation, SIM per party, the calculation's sources and ranges, risks. Spread into MESSAGES.
 */
export const planStrings = defineCatalog(
  {
    'goals.rowNoIndicator': 'Rad {row} i logikmodellen har ingen indikator. Ange hur minst en av radens effekter mäts.',
    'goals.indicatorLevel': '{field}: välj vilken nivå i kedjan indikatorn mäter (prestationer eller effekter på kort, medellång eller lång sikt).',
    'goals.indicatorFollowUp': '{field} är tom. Uppföljningstabellen visar för varje indikator hur ofta den mäts och av vem.',
    'goals.overallNoIndicator': 'Det övergripande målet har ingen indikator. Ange hur ni ser att målet nås.',
    'budget.valuationMissing': '{field}: ange hur arbetstiden värderas (timmar och kostnad per timme, eller andel av heltid och månadslön, med PO), så att beloppet går att kontrollera.',
    'budget.valuationMismatch': '{field}: år {year} är beloppet {amountKr}, men värderingen ger {computedKr}. Rätta beloppet eller värderingen (avrundning till närmaste tusental godtas).',
    'budget.simParty': '{field}: ange vilken parts kostnader de sökta SIM-medlen betalar, så att varje parts egen andel syns.',
    'budget.simExceedsCosts': 'År {year} betalar SIM-medlen {simKr} av kostnaderna för {party}, men partens kontanta kostnader är bara {costsKr}.',
    'budget.inKindMismatch': 'År {year} finansierar {party} {financingKr} med arbetstid, men partens kostnader i arbetstid är {costsKr}. En parts arbetstid som finansiering ska vara lika med dess kostnader i arbetstid.',
    'socioEconomics.sourceMissing': '{field} måste fyllas i: en siffra utan källa går inte att granska.',
    'socioEconomics.priceBaseYear': 'Ange prisbasåret: det år vars prisnivå alla belopp i kalkylen anges i (äldre belopp räknas om, t.ex. med SCB:s KPI).',
    'socioEconomics.rangeMissing': '{field} saknas. Känslighetsanalysen räknar med ett lågt och ett högt värde för de osäkra antagandena.',
    'socioEconomics.rangeOrder': '{field}: det låga värdet ({low} %) och det höga ({high} %) ska ligga på var sin sida om det antagna värdet ({value} %).',
    'followUp.noRisks': 'Ansökan beskriver inga risker. Lägg till de viktigaste riskerna med sannolikhet, konsekvens, åtgärd och ansvarig.',
  },
  {
    'goals.rowNoIndicator': 'Row {row} of the logic model has no indicator. Say how at least one of the row’s effects is measured.',
    'goals.indicatorLevel': '{field}: choose which level of the chain the indicator measures (outputs, or short-, medium- or long-term effects).',
    'goals.indicatorFollowUp': '{field} is empty. The follow-up table shows, for each indicator, how often it is measured and by whom.',
    'goals.overallNoIndicator': 'The overall goal has no indicator. Say how you will see that the goal is reached.',
    'budget.valuationMissing': '{field}: say how the staff time is valued (hours and cost per hour, or share of full time and monthly salary, with social fees), so the amount can be checked.',
    'budget.valuationMismatch': '{field}: in year {year} the amount is {amountKr}, but the valuation gives {computedKr}. Correct the amount or the valuation (rounding to the nearest thousand is accepted).',
    'budget.simParty': '{field}: say whose costs the SIM funds sought pay for, so each party’s own share shows.',
    'budget.simExceedsCosts': 'In year {year} the SIM funds pay {simKr} of the costs of {party}, but the party’s cash costs are only {costsKr}.',
    'budget.inKindMismatch': 'In year {year} {party} finances {financingKr} in staff time, but the party’s in-kind costs are {costsKr}. A party’s in-kind financing must equal its in-kind costs.',
    'socioEconomics.sourceMissing': '{field} must be filled in: a figure without a source cannot be checked.',
    'socioEconomics.priceBaseYear': 'Give the price base year: the year whose price level every amount in the calculation is given in (older figures converted, e.g. with the CPI).',
    'socioEconomics.rangeMissing': '{field} is missing. The sensitivity analysis uses a low and a high value for the uncertain assumptions.',
    'socioEconomics.rangeOrder': '{field}: the low value ({low} %) and the high value ({high} %) must lie either side of the assumed value ({value} %).',
    'followUp.noRisks': 'The application describes no risks. Add the main risks with likelihood, consequence, measure and who is responsible.',
  },
);
