import { defineStrings } from '../../i18n';

/** The budget step's words for valuing staff time and for whose costs the SIM money pays. */
export const PLAN_NS = defineStrings('budgetPlan', {
  sv: {
    valuationSection: 'Värdering av arbetstid',
    valuationIntro:
      'Varje rad med arbetstid (in natura) ska visa hur beloppet räknats fram: timmar och kostnad per timme, eller andel av heltid och månadslön, med personalomkostnadspålägg (PO). Handläggaren kontrollerar beloppen mot detta.',
    noInKind: 'Det finns inga kostnadsrader med arbetstid.',
    lineLegend: 'Rad {{n}}: {{what}}',
    unnamedLine: 'utan beskrivning',
    addValuation: 'Ange värdering för rad {{n}}',
    removeValuation: 'Ta bort värderingen för rad {{n}}',
    hoursIn: 'Timmar år {{year}}',
    shareIn: 'Andel av heltid år {{year}} (%)',
    ratePerHour: 'Kostnad per timme (kr)',
    monthlySalary: 'Månadslön (kr)',
    computed: 'Värderingen ger: {{list}}',
    computedYear: 'år {{year}} {{amount}}',
    apply: 'Använd beräknade belopp på rad {{n}}',
    applied: 'Beloppen på rad {{n}} är nu de beräknade.',
    matches: 'Beloppen stämmer med värderingen.',
    simPartyHint: 'För sökta SIM-medel: välj vilken parts kostnader pengarna betalar. Lägg en rad per part.',
  },
  en: {
    valuationSection: 'Valuation of staff time',
    valuationIntro:
      'Every line of staff time (in kind) must show how its amount was worked out: hours and cost per hour, or share of full time and monthly salary, with social fees (PO). The case officer checks the amounts against it.',
    noInKind: 'There are no cost lines of staff time.',
    lineLegend: 'Line {{n}}: {{what}}',
    unnamedLine: 'no description',
    addValuation: 'Give a valuation for line {{n}}',
    removeValuation: 'Remove the valuation of line {{n}}',
    hoursIn: 'Hours in year {{year}}',
    shareIn: 'Share of full time in year {{year}} (%)',
    ratePerHour: 'Cost per hour (SEK)',
    monthlySalary: 'Monthly salary (SEK)',
    computed: 'The valuation gives: {{list}}',
    computedYear: 'year {{year}} {{amount}}',
    apply: 'Use the computed amounts on line {{n}}',
    applied: 'The amounts on line {{n}} are now the computed ones.',
    matches: 'The amounts agree with the valuation.',
    simPartyHint: 'For SIM funds sought: choose whose costs the money pays. Add one line per party.',
  },
});
