import { lifecycleFieldStrings as S } from './lifecycle-strings';
import type { Lang } from './labels';

/**
 * The name of a follow-up field (a path under `lifecycle`, or the partner's base of it), or null. Inside a change
 * request's proposal the application's own names apply, so the caller falls back to them (`proposedPath`).
 */
export function lifecycleFieldLabel(path: readonly (string | number)[], lang: Lang): string | null {
  if (path[0] === 'workflow' && path[1] === 'exchange' && path[2] === 'baseLifecycle') {
    if (path.length === 3) return S.t(lang, 'exchangeBase');
    return lifecycleFieldLabel(['lifecycle', ...path.slice(3)], lang);
  }
  if (path[0] !== 'lifecycle') return null;
  const key = path.map((p) => (typeof p === 'number' || /^\d+$/.test(String(p)) ? 'item' : String(p))).join('.');
  for (const k of [key, `${key}._`]) {
    const leaf = S.raw(lang, k);
    if (typeof leaf === 'string') return leaf;
  }
  return null;
}

/** Where a change request's proposal sits, as the application path it proposes to change; null elsewhere. */
export function proposedPath(path: readonly (string | number)[]): (string | number)[] | null {
  return path[0] === 'lifecycle' && path[1] === 'changeRequests' && path[3] === 'proposed' && path.length > 4 ? path.slice(4) : null;
}
