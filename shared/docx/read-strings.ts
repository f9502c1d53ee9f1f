import { defineCatalog } from '../i18n/catalog';

/** What the user is told on opening a DOCX: why it is refused, or what to know about what was read from it. */
export const readStrings = defineCatalog(
  {
    notWord: 'Filen är inte ett Word-dokument eller är skadad.',
    damagedApp: 'Ansökan i Word-dokumentet är skadad och kan inte läsas in.',
    partTooLarge: 'Word-dokumentet innehåller en del ({part}) som packad upp är större än appen läser in, och öppnas därför inte.',
    duplicatePart: 'Word-dokumentet innehåller delen {part} mer än en gång. Olika program skulle visa olika innehåll, så det öppnas inte.',
    unsupported: 'Word-dokumentet är packat på ett sätt som appen inte läser (för många delar, kryptering eller okänd komprimering).',
    badReference: 'Word-dokumentet innehåller en ogiltig teckenreferens ({reference}) och kan inte läsas in.',
    noApplication: 'Word-dokumentet innehåller ingen ansökan från SIM-ansökan. Bara dokument som exporterats från appen kan öppnas här.',
    manyApplications:
      'Word-dokumentet innehåller {count} ansökningar i stället för en. Det går inte att veta vilken dokumentet visar, så det öppnas inte.',
    unreadable: 'Ansökan i Word-dokumentet kan inte läsas in.\n{problems}',
    idMismatch:
      'Ansökan i Word-dokumentet stämmer inte med dokumentets Dokument-ID ({documentId}): den har ändrats efter exporten och läses därför inte in.',
    idNotPrinted:
      'Word-dokumentet visar inte Dokument-ID {documentId}, som ansökan inuti det har. Dokumentet och ansökan kan vara olika, så det öppnas inte.',
    otherIdPrinted:
      'Word-dokumentet visar Dokument-ID {other}, men ansökan inuti det har {documentId}. Det som visas är inte det som läses in, så dokumentet öppnas inte.',
    wordEditsNotRead:
      'Dokumentet har ändrats eller sparats om i Word efter exporten. Ändringar gjorda i Word läses inte in: du ser ansökan som den var när den exporterades.',
    legacyId:
      'Dokumentet exporterades av en äldre version av SIM-ansökan, med ett kortare Dokument-ID som är lättare att förfalska. Exportera det igen för att få det nya, längre Dokument-ID:t.',
  },
  {
    notWord: 'The file is not a Word document, or it is damaged.',
    damagedApp: 'The application inside the Word document is damaged and cannot be read.',
    partTooLarge: 'The Word document holds a part ({part}) that is larger unpacked than the app reads, so it is not opened.',
    duplicatePart: 'The Word document holds the part {part} more than once. Different programs would show different content, so it is not opened.',
    unsupported: 'The Word document is packed in a way the app does not read (too many parts, encryption or an unknown compression).',
    badReference: 'The Word document contains an invalid character reference ({reference}) and cannot be read.',
    noApplication: 'The Word document holds no application from SIM-ansökan. Only documents exported from the app can be opened here.',
    manyApplications: 'The Word document holds {count} applications instead of one. There is no telling which one it shows, so it is not opened.',
    unreadable: 'The application inside the Word document cannot be read.\n{problems}',
    idMismatch:
      "The application inside the Word document does not match the document's ID ({documentId}): it was changed after export and is therefore not read.",
    idNotPrinted:
      'The Word document does not show Document ID {documentId}, which the application inside it has. The document and the application may differ, so it is not opened.',
    otherIdPrinted:
      'The Word document shows Document ID {other}, but the application inside it has {documentId}. What it shows is not what would be read, so it is not opened.',
    wordEditsNotRead:
      'The document was edited or re-saved in Word after export. Edits made in Word are not read back: you see the application as it was when exported.',
    legacyId:
      'The document was exported by an older version of SIM-ansökan, with a shorter Document ID that is easier to forge. Export it again to get the new, longer Document ID.',
  },
);
