import type { Catalog, KeyOf, Lang, Localized, ParamValue, Tree } from './catalog';

/**
 * A catalog's texts as `{ sv, en }` pairs, placeholders left as written. For callers that still index a table by
 * key and language (the renderer and the CLI, until they call the catalog's `t`); the catalog stays the one source.
 */
export function localizedTable<T extends Tree>(catalog: Catalog<T>): Record<KeyOf<T>, Localized> {
  const out: Record<string, Localized> = {};
  for (const key of catalog.keys()) {
    const sv = catalog.raw('sv', key);
    const en = catalog.raw('en', key);
    if (typeof sv === 'string' && typeof en === 'string') out[key] = { sv, en };
  }
  return out as Record<KeyOf<T>, Localized>;
}

/**
 * The text for a key chosen at run time from a fixed set (a document helper's `key` argument), with whatever
 * parameters the caller has; `catalog.t` checks both at compile time where the key is a literal.
 */
export function textOf<T extends Tree>(catalog: Catalog<T>, lang: Lang, key: KeyOf<T>, params?: Readonly<Record<string, ParamValue>>): string {
  return (catalog.t as (lang: Lang, key: string, params?: Readonly<Record<string, ParamValue>>) => string)(lang, key, params);
}
