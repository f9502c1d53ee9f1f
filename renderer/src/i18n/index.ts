import type { Catalog, Translate } from '../../../shared/i18n/catalog';
import i18next, { type TFunction } from 'i18next';
import { useMemo } from 'react';
import { FIELD_LABELS, STEP_LABELS, pathPattern, type Lang } from '../../../shared/model/labels';
import type { StepId } from '../../../shared/model/steps';
import { useStore } from '../store';
import type { Path } from '../store/paths';
import { sv } from './sv';
import { en } from './en';

/**
 * UI strings live in the catalogs; field and step names come from shared/model/labels.ts so a field is
 * called the same in the wizard, the rules and the DOCX. Swedish is the default.
 */
/** Where the window remembers its language between starts, so the first screen needs no round trip to main. */
export const LANGUAGE_HINT_KEY = 'sim-ansokan.language';

export function initI18n(lang: Lang = 'sv') {
  void i18next.init({
    resources: { sv: { translation: sv }, en: { translation: en } },
    lng: lang,
    fallbackLng: 'sv',
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  document.documentElement.lang = lang;
  useStore.getState().setLanguage(lang);
  return i18next;
}

export function changeLanguage(lang: Lang) {
  void i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
  useStore.getState().setLanguage(lang);
  try {
    localStorage.setItem(LANGUAGE_HINT_KEY, lang);
  } catch {
    // Storage refused (private mode, quota): the settings in main still hold the choice.
  }
}

const fixedT = new Map<string, TFunction>();

/**
 * `t` for the UI language and a namespace (the shell's own strings when none is given). react-i18next's hook of
 * the same name copies the i18next instance and subscribes to its events in every component that calls it, a
 * cost paid by each of the hundreds of fields and list items a step mounts; here a component follows the
 * language through the store, and `t` is one function per language and namespace.
 */
export function useTranslation(ns?: string): { t: TFunction } {
  const t = fixedTFor(useLang(), ns ?? 'translation');
  return useMemo(() => ({ t }), [t]);
}

function fixedTFor(lang: Lang, ns: string): TFunction {
  const key = `${lang}:${ns}`;
  let t = fixedT.get(key);
  if (!t) fixedT.set(key, (t = i18next.getFixedT(lang, ns)));
  return t;
}

export function useLang(): Lang {
  return useStore((s) => s.language);
}

export function labelFor(path: Path, lang: Lang): string {
  const entry = FIELD_LABELS[pathPattern(path)];
  return entry ? entry[lang] : String(path[path.length - 1] ?? '');
}

/** The field's name from the shared catalog, in the UI language. */
export function useLabel(path: Path): string {
  return labelFor(path, useLang());
}

export function stepLabel(step: StepId, lang: Lang): string {
  return STEP_LABELS[step][lang];
}

/** A string tree with the same keys as its Swedish original. */
export type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

const pending: { ns: string; sv: object; en: object }[] = [];

/**
 * Registers a step's own strings under its namespace, so each step keeps its catalog beside its
 * components. Call it at module level in the step's `strings.ts`; use `useTranslation(ns)` in the step.
 */
export function defineStrings<T extends object>(ns: string, strings: { sv: T; en: Strings<T> }): string {
  if (i18next.isInitialized) {
    i18next.addResourceBundle('sv', ns, strings.sv, true, true);
    i18next.addResourceBundle('en', ns, strings.en, true, true);
  } else pending.push({ ns, sv: strings.sv, en: strings.en });
  return ns;
}

i18next.on('initialized', () => {
  for (const p of pending.splice(0)) {
    i18next.addResourceBundle('sv', p.ns, p.sv, true, true);
    i18next.addResourceBundle('en', p.ns, p.en, true, true);
  }
});

/**
 * The typed catalog's `t` in the UI language (shared/i18n/catalog.ts): `const t = useT(strings)`. The same function
 * for a language every render, so it is safe in dependency lists.
 */
export function useT<T>(catalog: Catalog<T>): Translate<T> {
  return catalog.in(useLang());
}
