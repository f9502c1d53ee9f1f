import { defineCatalog } from '../../shared/i18n/catalog';

/** What the CLI says about the documents after the application: the idea sketch, reports and change requests. */
export const cliLifecycleStrings = defineCatalog(
  {
    wroteIdea: 'Skrev idéskissen {out} (Dokument-ID {id}).',
    ideaAndDraft: '--idea och --draft kan inte anges tillsammans: en idéskiss skrivs aldrig under.',
    wroteReport: 'Skrev {what} {out}, klar för underskrift (Dokument-ID {id}, beslutad ansökan {decided}).',
    wroteReportDraft: 'Skrev utkastet till {what} {out} (Dokument-ID {id}, beslutad ansökan {decided}).',
    wroteChange: 'Skrev ändringsansökan {out}, klar för underskrift (Dokument-ID {id}, beslutad ansökan {decided}).',
    wroteChangeDraft: 'Skrev utkastet till ändringsansökan {out} (Dokument-ID {id}, beslutad ansökan {decided}).',
    refused: '{file} exporteras inte för underskrift: {count} fel i {what} måste rättas först.',
    draftHint: 'Ett utkast (märkt UTKAST) kan exporteras ändå med --draft.',
    sameFile:
      '{out} är samma fil som ansökan som exporteras ({file}) och skrivs inte över. Välj ett annat namn för Word-dokumentet med --out.',
    noDecision: '{file} har inget registrerat beslut: rapporter och ändringsansökningar skrivs mot den beslutade ansökan, så registrera beslutet först.',
    noReport: '{file} har ingen {what}. Rapporterna i filen: {list}.',
    noReports: 'inga',
    noChange: '{file} har ingen ändringsansökan{which}.',
    periodOrFinal: 'Ange antingen --period <n> eller --final.',
    badPeriod: 'Perioden måste vara ett heltal från 1, inte "{value}".',
    progressReport: 'lägesrapport {period}',
    finalReport: 'slutrapporten',
    changeRequest: 'ändringsansökan',
  },
  {
    wroteIdea: 'Wrote the idea sketch {out} (Document ID {id}).',
    ideaAndDraft: '--idea and --draft cannot be given together: an idea sketch is never signed.',
    wroteReport: 'Wrote {what} {out}, ready for signature (Document ID {id}, decided application {decided}).',
    wroteReportDraft: 'Wrote the draft of {what} {out} (Document ID {id}, decided application {decided}).',
    wroteChange: 'Wrote the change request {out}, ready for signature (Document ID {id}, decided application {decided}).',
    wroteChangeDraft: 'Wrote the draft change request {out} (Document ID {id}, decided application {decided}).',
    refused: '{file} is not exported for signature: {count} error(s) in {what} must be corrected first.',
    draftHint: 'A draft (marked DRAFT) can still be exported with --draft.',
    sameFile:
      '{out} is the same file as the application being exported ({file}) and is not overwritten. Choose another name for the Word document with --out.',
    noDecision: '{file} has no recorded decision: reports and change requests are written against the decided application, so record the decision first.',
    noReport: '{file} has no {what}. The reports in the file: {list}.',
    noReports: 'none',
    noChange: '{file} has no change request{which}.',
    periodOrFinal: 'Give either --period <n> or --final.',
    badPeriod: 'The period must be a whole number from 1, not "{value}".',
    progressReport: 'progress report {period}',
    finalReport: 'the final report',
    changeRequest: 'the change request',
  },
);
