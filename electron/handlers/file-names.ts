import type { Lang } from '../../shared/i18n/catalog';
import { dialogText } from './dialog-strings';

export const SIM_FILTERS = (lang: Lang) => [{ name: dialogText.t(lang, 'filter.application'), extensions: ['simansokan'] }];
/** Opening also takes a DOCX the app exported: it carries its application. */
export const OPEN_FILTERS = (lang: Lang) => [
  { name: dialogText.t(lang, 'filter.openable'), extensions: ['simansokan', 'docx'] },
  ...SIM_FILTERS(lang),
];

/** A file name that Windows, macOS and shared drives all accept, from a free-text title. */
export function safeFileName(title: string, fallback: string): string {
  const cleaned = title
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '')
    .slice(0, 100)
    .trim();
  if (cleaned === '' || /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(cleaned)) return fallback;
  return cleaned;
}
