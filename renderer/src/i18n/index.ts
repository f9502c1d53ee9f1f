import type { Catalog, Translate } from '../../../shared/i18n/catalog';
export { tNow } from './now';
import { STEP_LABELS, fieldLabel, type Lang } from '../../../shared/model/labels';
import type { StepId } from '../../../shared/model/steps';
import { useStore } from '../store';
import { useQuietLang } from '../store/quiet';
import type { ReadonlyPath } from '../store/paths';

/**
 * Every UI string is in a typed catalog (shared/i18n/catalog.ts): the shell's in ./strings.ts, each step's beside
 * its components. Field and step names come from shared/model/labels.ts so a field is called the same in the wizard,
 * the rules and the DOCX. Swedish is the default. The language lives in the store, so a component re-renders when it
 * changes and code outside React reads it from there.
 */
/** Where the window remembers its language between starts, so the first screen needs no round trip to main. */
export const LANGUAGE_HINT_KEY = 'sim-ansokan.language';

export function initI18n(lang: Lang = 'sv') {
  document.documentElement.lang = lang;
  useStore.getState().setLanguage(lang);
}

export function changeLanguage(lang: Lang) {
  document.documentElement.lang = lang;
  useStore.getState().setLanguage(lang);
  try {
    localStorage.setItem(LANGUAGE_HINT_KEY, lang);
  } catch {
    // Storage refused (private mode, quota): the settings in main still hold the choice.
  }
}

/** The UI language, from the store's quiet mirror: thousands of fields ask, and none should run on each keystroke. */
export function useLang(): Lang {
  return useQuietLang();
}

/**
 * The catalog's `t` in the UI language: `const t = useT(strings)`. The same function for a language every render,
 * so it is safe in dependency lists, and a component follows the language through the store alone.
 */
export function useT<T>(catalog: Catalog<T>): Translate<T> {
  return catalog.in(useLang());
}

/** A field's name; any path, since the review's preview names fields from the data it walks. */
export function labelFor(path: ReadonlyPath, lang: Lang): string {
  return fieldLabel(path, lang) ?? String(path[path.length - 1] ?? '');
}

/** The field's name from the shared catalog, in the UI language. */
export function useLabel(path: ReadonlyPath): string {
  return labelFor(path, useLang());
}

export function stepLabel(step: StepId, lang: Lang): string {
  return STEP_LABELS[step][lang];
}
