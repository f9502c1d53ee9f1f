import type { Lang } from '../../../shared/i18n/catalog';
import { ui } from './strings';

/** "Bengtsfors kommuns", "Västra Götalandsregionens", "Borås" (Swedish adds no s after s, x or z), "Borås's". */
export function genitive(name: string, lang: Lang): string {
  return ui.t(lang, /[sxz]$/i.test(name) ? 'grammar.genitiveAfterSibilant' : 'grammar.genitive', { name });
}
