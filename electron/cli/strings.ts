import { defineCatalog, plural } from '../../shared/i18n/catalog';

/** What the command-line tool says about the file it reads, its check and its export (`--lang sv|en`). */
export const cliText = defineCatalog(
  {
    read: {
      folder: '{file} är en mapp, inte en fil.',
      cannotOpen: '{name} kan inte öppnas:\n{reason}',
      missing: 'Filen {file} finns inte.',
      forbidden: 'Filen {file} kan inte läsas: behörighet saknas.',
      failed: 'Filen {file} kunde inte läsas.',
      unknownProgramme: 'Ansökan hör till programmet "{id}", som den här versionen av SIM-ansökan inte känner till.',
    },
    check: {
      heading: 'Kontroll av {name}',
      error: 'Fel',
      warning: 'Varning',
      none: 'Inga fel och inga varningar',
      counts: '{errors} och {warnings}',
      errors: plural('{count} fel', '{count} fel'),
      warnings: plural('{count} varning', '{count} varningar'),
      blocked: '{what}: ansökan kan inte exporteras för underskrift förrän felen är åtgärdade (ifylld till {percent} %).',
      ready: '{what}: ansökan är ifylld till {percent} % och kan exporteras för underskrift.',
    },
    export: {
      sameFile:
        '{out} är samma fil som ansökan som exporteras ({input}) och skrivs inte över. Välj ett annat namn för Word-dokumentet med --out.',
      refused: '{name} exporteras inte för underskrift: {count} fel måste rättas först.',
      draftHint: 'Ett utkast (märkt UTKAST) kan exporteras ändå med --draft.',
      wroteDraft: 'Skrev utkastet {out} (Dokument-ID {id}).',
      wrote: 'Skrev {out}, klar för underskrift (Dokument-ID {id}).',
    },
  },
  {
    read: {
      folder: '{file} is a folder, not a file.',
      cannotOpen: '{name} cannot be opened:\n{reason}',
      missing: 'The file {file} does not exist.',
      forbidden: 'The file {file} cannot be read: permission denied.',
      failed: 'The file {file} could not be read.',
      unknownProgramme: 'The application belongs to the programme "{id}", which this version of SIM-ansökan does not know.',
    },
    check: {
      heading: 'Check of {name}',
      error: 'Error',
      warning: 'Warning',
      none: 'No errors and no warnings',
      counts: '{errors} and {warnings}',
      errors: plural('{count} error', '{count} errors'),
      warnings: plural('{count} warning', '{count} warnings'),
      blocked: '{what}: the application cannot be exported for signature until the errors are fixed ({percent} % complete).',
      ready: '{what}: the application is {percent} % complete and can be exported for signature.',
    },
    export: {
      sameFile:
        '{out} is the same file as the application being exported ({input}) and is not overwritten. Choose another name for the Word document with --out.',
      refused: '{name} is not exported for signature: {count} error(s) must be corrected first.',
      draftHint: 'A draft (marked DRAFT) can still be exported with --draft.',
      wroteDraft: 'Wrote the draft {out} (Document ID {id}).',
      wrote: 'Wrote {out}, ready for signature (Document ID {id}).',
    },
  },
);
