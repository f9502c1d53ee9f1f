import type { Lang } from '../shared/i18n/catalog';
import type { Localized } from '../shared/model/labels';

/**
 * A message in both languages, for answers that cross to the renderer as `Localized` (it shows the one the person
 * reads in, and may switch language while it is on screen). `text` says it once, with a catalog: `(l) => t(l, key)`.
 */
export const inBoth = (text: (lang: Lang) => string): Localized => ({ sv: text('sv'), en: text('en') });
