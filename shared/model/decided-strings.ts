import { defineCatalog } from '../i18n/catalog';

/** What the model says about a decided application's content (shared/model/decided.ts). */
export const decidedStrings = defineCatalog(
  {
    changed:
      'Den beslutade ansökan har ändrats utanför programmet: innehållet har inte längre Dokument-ID {documentId} som beslutet gäller. Filen öppnas inte, så att det som beslutades inte byts ut i det tysta. Öppna säkerhetskopian (.bak) eller en kopia från din samverkanspart.',
  },
  {
    changed:
      'The decided application was changed outside the app: its content no longer has the Dokument-ID {documentId} that the decision is for. The file is not opened, so that what was decided is never silently replaced. Open the backup (.bak) or a copy from your co-owner.',
  },
);
