import { defineCatalog, plural } from '../../../shared/i18n/catalog';

export const exportStrings = defineCatalog(
  {
    heading: { report: 'Exportera rapporten', change: 'Exportera ändringsansökan', idea: 'Exportera idéskiss' },
    draft: 'Exportera utkast',
    signed: 'Exportera för underskrift',
    idea: 'Exportera idéskiss (DOCX)',
    ideaLead: 'En kort DOCX på 1–2 sidor från de första stegen, för dialogen med VGR innan ansökan.',
    busy: 'Exporterar …',
    saved: 'Dokumentet är sparat: {path}',
    refused: plural('Det kan inte exporteras för underskrift: en sak återstår.', 'Det kan inte exporteras för underskrift: {count} saker återstår.'),
    failed: 'Exporten misslyckades: {message}',
    unavailable: 'Den här exporten finns inte i den här versionen av programmet.',
  },
  {
    heading: { report: 'Export the report', change: 'Export the change request', idea: 'Export the idea sketch' },
    draft: 'Export a draft',
    signed: 'Export for signing',
    idea: 'Export the idea sketch (DOCX)',
    ideaLead: 'A short DOCX of 1–2 pages from the first steps, for the dialogue with VGR before the application.',
    busy: 'Exporting …',
    saved: 'The document is saved: {path}',
    refused: plural('It cannot be exported for signing: one thing remains.', 'It cannot be exported for signing: {count} things remain.'),
    failed: 'The export failed: {message}',
    unavailable: 'This export is not available in this version of the app.',
  },
);
