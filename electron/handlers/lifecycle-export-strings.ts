import { defineCatalog } from '../../shared/i18n/catalog';

/** What the export of the idea sketch, reports and change requests says in dialogs and failures. */
export const lifecycleExportStrings = defineCatalog(
  {
    dialogTitle: 'Exportera {what} till Word',
    wordDocument: 'Word-dokument',
    idea: 'idéskiss',
    progress: 'lägesrapport {period}',
    final: 'slutrapport',
    change: 'ändringsansökan',
    draftMarker: ' (utkast)',
    noDecision: 'Ansökan har inget registrerat beslut. Rapporter och ändringsansökningar skrivs mot den beslutade ansökan.',
    noReport: 'Rapporten finns inte i ansökan längre. Den kan ha tagits bort i ett annat fönster eller av den andra parten.',
    noChange: 'Ändringsansökan finns inte i ansökan längre. Den kan ha tagits bort i ett annat fönster eller av den andra parten.',
    unknownProgramme: 'Ansökan gäller programmet "{id}", som den här versionen inte känner till. Uppdatera programmet.',
    sameFile:
      '"{name}" är samma fil som ansökan du arbetar med (eller filen den lästes från) och skrivs inte över. Välj ett annat namn för Word-dokumentet.',
    buildFailed: 'Word-dokumentet kunde inte skapas på grund av ett fel i programmet. Ansökan är oförändrad.',
  },
  {
    dialogTitle: 'Export {what} to Word',
    wordDocument: 'Word document',
    idea: 'idea sketch',
    progress: 'progress report {period}',
    final: 'final report',
    change: 'change request',
    draftMarker: ' (draft)',
    noDecision: 'The application has no recorded decision. Reports and change requests are written against the decided application.',
    noReport: 'The report is no longer in the application. It may have been removed in another window or by the other party.',
    noChange: 'The change request is no longer in the application. It may have been removed in another window or by the other party.',
    unknownProgramme: 'The application is for the programme "{id}", which this version does not know. Update the app.',
    sameFile:
      '"{name}" is the same file as the application you are working on (or the file it was read from) and is not overwritten. Choose another name for the Word document.',
    buildFailed: 'The Word document could not be created because of an error in the app. The application is unchanged.',
  },
);
