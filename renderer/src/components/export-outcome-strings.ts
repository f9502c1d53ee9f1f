import { defineCatalog } from '../../../shared/i18n/catalog';

/** What every export panel says while it runs and when it is done (the refusal's own words are the panel's). */
export const exportOutcomeStrings = defineCatalog(
  {
    busy: 'Exporterar …',
    saved: 'Dokumentet är sparat: {path}',
    failed: 'Exporten misslyckades: {message}',
  },
  {
    busy: 'Exporting …',
    saved: 'The document is saved: {path}',
    failed: 'The export failed: {message}',
  },
);
