import type { Lang } from '../../shared/model/labels';

export const SIM_FILTERS = (lang: Lang) => [{ name: lang === 'sv' ? 'SIM-ansökan' : 'SIM application', extensions: ['simansokan'] }];
/** Opening also takes a DOCX the app exported: it carries its application. */
export const OPEN_FILTERS = (lang: Lang) => [
  { name: lang === 'sv' ? 'SIM-ansökan eller exporterad ansökan' : 'SIM application or exported application', extensions: ['simansokan', 'docx'] },
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
