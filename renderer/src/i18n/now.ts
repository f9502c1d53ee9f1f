import type { Catalog, Translate } from '../../../shared/i18n/catalog';
import { useStore } from '../store';

/**
 * The catalog's `t` in the UI language, for code outside React (commands, file actions, announcements). Apart from
 * index.ts, which touches the document, so the shell's plain modules stay testable in Node.
 */
export function tNow<T>(catalog: Catalog<T>): Translate<T> {
  return catalog.in(useStore.getState().language);
}
