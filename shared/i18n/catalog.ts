/**
 * The one way to write user-facing text, in the renderer, in main and in shared/.
 *
 * A catalog is a Swedish tree of strings (the default language) and an English tree with exactly the same keys:
 *
 *   export const strings = defineCatalog(
 *     { saved: 'Sparat {time}', lines: plural('{count} rad', '{count} rader') },
 *     { saved: 'Saved {time}', lines: plural('{count} line', '{count} lines') },
 *   );
 *   strings.t('sv', 'saved', { time: '14:02' });
 *
 * - A key that is not in the catalog fails `tsc`, and so does a missing or misspelt placeholder value.
 * - English must have every key Swedish has (a missing one fails `tsc`); `tests/unit/i18n/catalogs.test.ts` checks
 *   that both languages use the same placeholders.
 * - One placeholder syntax: `{name}`. A plural leaf picks its form from `count` by the language's plural rules.
 * - A catalog is a plain module export: nothing registers itself by being imported.
 */

export type Lang = 'sv' | 'en';
export const LANGS: readonly Lang[] = ['sv', 'en'];

/** A string with a form per plural category; both languages use "one" and "other". */
export interface PluralLeaf {
  readonly one: string;
  readonly other: string;
  readonly [PLURAL]: true;
}
declare const PLURAL: unique symbol;
const PLURAL_TAG = Symbol.for('sim-ansokan.plural');

export type Leaf = string | PluralLeaf;
export interface Tree {
  readonly [key: string]: Leaf | Tree;
}

/** The English side: the same keys as the Swedish, every leaf any string (or plural). */
export type Mirror<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : T[K] extends PluralLeaf ? PluralLeaf : Mirror<T[K]>;
};

/** Every leaf's key, dotted: `{ a: { b: 'x' } }` has the key `'a.b'`. */
export type KeyOf<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends Leaf ? `${P}${K}` : KeyOf<T[K], `${P}${K}.`>;
}[keyof T & string];

type ValueAt<T, K extends string> = K extends keyof T
  ? T[K]
  : K extends `${infer H}.${infer R}`
    ? H extends keyof T
      ? ValueAt<T[H], R>
      : never
    : never;

type Names<S extends string> = S extends `${string}{${infer P}}${infer R}` ? P | Names<R> : never;
type LeafNames<V> = V extends PluralLeaf ? Names<V['one']> | Names<V['other']> | 'count' : V extends string ? Names<V> : never;

export type ParamValue = string | number;
/** The values a leaf needs: none, or exactly its placeholders. */
export type ArgsOf<V> = string extends (V extends PluralLeaf ? V['other'] : V)
  ? [params?: Record<string, ParamValue>]
  : [LeafNames<V>] extends [never]
    ? []
    : [params: Record<LeafNames<V>, ParamValue>];

export type Translate<T> = <K extends KeyOf<T>>(key: K, ...params: ArgsOf<ValueAt<T, K>>) => string;

export interface Catalog<T> {
  readonly sv: T;
  readonly en: Mirror<T>;
  /** The text for `key` in `lang`, with its placeholders filled in. */
  t<K extends KeyOf<T>>(lang: Lang, key: K, ...params: ArgsOf<ValueAt<T, K>>): string;
  /** `t` bound to one language (the same function each time for a language). */
  in(lang: Lang): Translate<T>;
  /** Every key, for tests and tools. */
  keys(): readonly KeyOf<T>[];
  /** A key's raw leaf (string or plural), for tests and tools. */
  raw(lang: Lang, key: string): Leaf | undefined;
  /** True when the catalog has this key (for keys computed at run time, checked before use). */
  has(key: string): key is KeyOf<T>;
}

/** A plural leaf: the form for one and for every other count. */
export function plural(one: string, other: string): PluralLeaf {
  return Object.freeze({ one, other, [PLURAL_TAG]: true }) as unknown as PluralLeaf;
}

function isPlural(v: unknown): v is PluralLeaf {
  return typeof v === 'object' && v !== null && (v as Record<symbol, unknown>)[PLURAL_TAG] === true;
}

function flatten(tree: Tree, prefix: string, into: Map<string, Leaf>): Map<string, Leaf> {
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix + k;
    if (typeof v === 'string' || isPlural(v)) into.set(key, v);
    else flatten(v as Tree, key + '.', into);
  }
  return into;
}

const pluralRules: Record<Lang, Intl.PluralRules> = {
  sv: new Intl.PluralRules('sv'),
  en: new Intl.PluralRules('en'),
};

/** Fills `{name}` placeholders; a placeholder without a value stays visible, so a slip is seen, never blank. */
export function fill(text: string, params: Readonly<Record<string, ParamValue>> | undefined): string {
  if (!params || text.indexOf('{') < 0) return text;
  let out = '';
  let i = 0;
  for (;;) {
    const open = text.indexOf('{', i);
    if (open < 0) break;
    const close = text.indexOf('}', open + 1);
    if (close < 0) break;
    const name = text.slice(open + 1, close);
    const value = Object.prototype.hasOwnProperty.call(params, name) ? params[name] : undefined;
    out += text.slice(i, open) + (value === undefined ? text.slice(open, close + 1) : String(value));
    i = close + 1;
  }
  return out + text.slice(i);
}

/** The placeholder names a text uses, sorted (for the catalog test). */
export function placeholders(text: string): string[] {
  const names = new Set<string>();
  let i = 0;
  for (;;) {
    const open = text.indexOf('{', i);
    if (open < 0) break;
    const close = text.indexOf('}', open + 1);
    if (close < 0) break;
    names.add(text.slice(open + 1, close));
    i = close + 1;
  }
  return [...names].sort();
}

export function defineCatalog<const T extends Tree>(sv: T, en: Mirror<T>): Catalog<T> {
  const flat: Record<Lang, Map<string, Leaf>> = {
    sv: flatten(sv, '', new Map()),
    en: flatten(en as Tree, '', new Map()),
  };
  const bound = new Map<Lang, Translate<T>>();
  const t = (lang: Lang, key: string, params?: Record<string, ParamValue>): string => {
    const leaf = flat[lang].get(key) ?? flat.sv.get(key);
    if (leaf === undefined) return key;
    if (typeof leaf === 'string') return fill(leaf, params);
    const count = Number(params?.count ?? 0);
    const form = pluralRules[lang].select(count) === 'one' ? leaf.one : leaf.other;
    return fill(form, params);
  };
  const catalog: Catalog<T> = {
    sv,
    en,
    t: t as Catalog<T>['t'],
    in(lang) {
      let fn = bound.get(lang);
      if (!fn) bound.set(lang, (fn = ((key: string, params?: Record<string, ParamValue>) => t(lang, key, params)) as Translate<T>));
      return fn;
    },
    keys: () => [...flat.sv.keys()] as KeyOf<T>[],
    raw: (lang, key) => flat[lang].get(key),
    has: (key): key is KeyOf<T> => flat.sv.has(key),
  };
  return Object.freeze(catalog);
}

/** True for a value made by defineCatalog (the catalog test finds every exported catalog with it). */
export function isCatalog(v: unknown): v is Catalog<Tree> {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as Catalog<Tree>).t === 'function' &&
    typeof (v as Catalog<Tree>).raw === 'function' &&
    typeof (v as Catalog<Tree>).keys === 'function'
  );
}

/** A piece of text in both languages, for data that carries its own words (a programme's call, a unit cost's source). */
export interface Localized {
  readonly sv: string;
  readonly en: string;
}

export function localize(text: Localized, lang: Lang): string {
  return text[lang];
}
