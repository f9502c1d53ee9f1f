import type { Localized } from '../i18n/catalog';
import { inBoth } from '../i18n/localized';
import { loadStrings } from './load-strings';
import { MAX_FILE_BYTES } from './limits';

const MB = 1024 * 1024;

/**
 * The one sentence for a file over the size cap, whoever refuses it (the app, the CLI, the loader), for an
 * application file and a DOCX alike. A size that rounds to the cap itself is said as "more than", so the
 * sentence never reads "20 MB is too large; at most 20 MB".
 */
export function tooLargeMessage(bytes: number): Localized {
  const cap = Math.round(MAX_FILE_BYTES / MB);
  const shown = Math.round(bytes / MB);
  const size = inBoth(loadStrings, shown > cap ? 'sizeMb' : 'moreThanMb', { n: shown > cap ? shown : cap });
  return inBoth(loadStrings, 'tooLarge', (lang) => ({ size: size[lang], cap }));
}
