import { defineCatalog, type KeyOf } from '../i18n/catalog';

/** The follow-up's rule messages (rules/steps/decision.ts, report-*.ts, change-request.ts). */
export const reportRuleStrings = defineCatalog(
  {
    required: 'Fyll i det här fältet.',
    decision: {
      noGranted: 'Ange det beviljade beloppet per projektår.',
      grantedMoreThanSought: 'Det beviljade beloppet ({granted}) är större än de SIM-medel som söktes ({sought}).',
      noReportingDates: 'Ange minst ett rapporteringstillfälle ur beslutet.',
      noFinal: 'Ange när slutrapporten ska lämnas.',
      severalFinal: 'Beslutet har fler än ett tillfälle för slutrapport; behåll ett.',
      samePeriod: 'Två rapporteringstillfällen av samma slag har period {period}.',
      dueBeforeEnd: 'Sista dag ({due}) ligger före periodens slut ({end}).',
    },
    period: {
      endBeforeStart: 'Periodens slut ({end}) ligger före dess början ({start}).',
      outsideProject: 'Perioden {start}–{end} ligger utanför projektperioden {projectStart}–{projectEnd}.',
    },
    report: {
      noReportingDate: 'Rapporten hör inte till något av beslutets rapporteringstillfällen.',
      finalPartMissing: 'Slutrapportens delar saknas.',
    },
    indicators: {
      missingRow: 'Indikatorn "{name}" i den beslutade ansökan saknas i rapporten.',
      unknown: 'Raden gäller en indikator som inte finns i den beslutade ansökan.',
      noValue: 'Ange minst ett mätvärde för indikatorn "{name}", med datum och källa.',
      valueMissing: 'Ange det uppmätta värdet.',
      dateAfterPeriod: 'Mätdatumet {date} ligger efter rapportperiodens slut ({end}).',
    },
    activities: {
      missingRow: 'Aktiviteten "{name}" i den beslutade ansökan saknas i rapporten.',
      unknown: 'Raden gäller en aktivitet som inte finns i den beslutade ansökan.',
      noStatus: 'Ange status för aktiviteten "{name}": genomförd, pågår, flyttad eller struken.',
      movedDates: 'Ange de nya datumen för den flyttade aktiviteten "{name}".',
      newEndBeforeStart: 'Det nya slutdatumet ({end}) ligger före det nya startdatumet ({start}).',
      needsDeviation: 'Aktiviteten "{name}" är {status}: förklara avvikelsen och åtgärden under Avvikelser.',
      status: { moved: 'flyttad', dropped: 'struken' },
    },
    costs: {
      missingLine: 'Ange utfallet för kostnadsraden "{name}" (0 kr om inget har använts än).',
      unknown: 'Utfallet gäller en kostnadsrad som inte finns i den beslutade budgeten.',
      beyondYears: 'Utfallet har belopp för {years} år, fler än projektets.',
      needsDeviation: 'Kostnadsraden "{name}" avviker med {deviation} ({percent}) från budgeten hittills: förklara avvikelsen och åtgärden under Avvikelser.',
    },
    deviations: {
      unknownSubject: 'Avvikelsen gäller något som inte finns i den beslutade ansökan.',
    },
    final: {
      noImplementation: 'Beskriv vad som går in i ordinarie verksamhet, av vem och hur det finansieras.',
      unknownParty: 'Välj en av ansökans parter.',
      noReach: 'Ange hur många som nåddes per år, så att den samhällsekonomiska kalkylen kan räknas om med utfallet.',
      noEffect: 'Ange den effekt som uppnåddes (andel i procent), så att kalkylen kan räknas om med utfallet.',
    },
    change: {
      noChange: 'Ändringsansökan föreslår ingen ändring mot den beslutade ansökan.',
    },
  },
  {
    required: 'Fill in this field.',
    decision: {
      noGranted: 'Give the amount granted per project year.',
      grantedMoreThanSought: 'The amount granted ({granted}) is more than the SIM funding applied for ({sought}).',
      noReportingDates: 'Give at least one reporting date from the decision.',
      noFinal: 'Give when the final report is due.',
      severalFinal: 'The decision has more than one final report date; keep one.',
      samePeriod: 'Two reporting dates of the same kind have period {period}.',
      dueBeforeEnd: 'The due date ({due}) is before the end of the period ({end}).',
    },
    period: {
      endBeforeStart: 'The end of the period ({end}) is before its start ({start}).',
      outsideProject: 'The period {start}–{end} lies outside the project period {projectStart}–{projectEnd}.',
    },
    report: {
      noReportingDate: 'The report belongs to none of the decision’s reporting dates.',
      finalPartMissing: 'The final report’s parts are missing.',
    },
    indicators: {
      missingRow: 'The indicator "{name}" of the decided application is missing from the report.',
      unknown: 'This row is about an indicator the decided application does not have.',
      noValue: 'Give at least one measured value for the indicator "{name}", with its date and source.',
      valueMissing: 'Give the measured value.',
      dateAfterPeriod: 'The measurement date {date} is after the end of the reporting period ({end}).',
    },
    activities: {
      missingRow: 'The activity "{name}" of the decided application is missing from the report.',
      unknown: 'This row is about an activity the decided application does not have.',
      noStatus: 'Give the status of the activity "{name}": done, ongoing, moved or dropped.',
      movedDates: 'Give the new dates of the moved activity "{name}".',
      newEndBeforeStart: 'The new end date ({end}) is before the new start date ({start}).',
      needsDeviation: 'The activity "{name}" is {status}: explain the deviation and the action under Deviations.',
      status: { moved: 'moved', dropped: 'dropped' },
    },
    costs: {
      missingLine: 'Give the outcome of the cost line "{name}" (0 kr if nothing has been spent yet).',
      unknown: 'This outcome is for a cost line the decided budget does not have.',
      beyondYears: 'The outcome has amounts for {years} years, more than the project has.',
      needsDeviation: 'The cost line "{name}" deviates by {deviation} ({percent}) from the budget to date: explain the deviation and the action under Deviations.',
    },
    deviations: {
      unknownSubject: 'This deviation is about something the decided application does not have.',
    },
    final: {
      noImplementation: 'Describe what goes into ordinary operations, by whom and how it is financed.',
      unknownParty: 'Choose one of the application’s parties.',
      noReach: 'Give how many were reached per year, so that the socio-economic estimate can be recomputed with the outcome.',
      noEffect: 'Give the effect achieved (a share in percent), so that the estimate can be recomputed with the outcome.',
    },
    change: {
      noChange: 'The change request proposes no change from the decided application.',
    },
  },
);

export type ReportRuleKey = Exclude<KeyOf<typeof reportRuleStrings.sv>, `activities.status.${string}`>;
