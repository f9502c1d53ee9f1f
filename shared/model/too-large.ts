import type { Localized } from './labels';
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
  const size: Localized = shown > cap ? { sv: `${shown} MB`, en: `${shown} MB` } : { sv: `mer än ${cap} MB`, en: `more than ${cap} MB` };
  return {
    sv: `Filen är för stor (${size.sv}). En ansökan får vara högst ${cap} MB.`,
    en: `The file is too large (${size.en}). An application may be at most ${cap} MB.`,
  };
}
