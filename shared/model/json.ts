/** Strict JSON for untrusted files: refuses keys that could reach an object's prototype machinery. */

export class ForbiddenKeyError extends Error {
  constructor(public readonly key: string) {
    super(`forbidden key ${key}`);
  }
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
// A key can be spelled with \u escapes, so any backslash-u also takes the careful path.
const MAYBE_FORBIDDEN = /__proto__|constructor|prototype|\\u/;

export function parseStrictJson(text: string): unknown {
  if (!MAYBE_FORBIDDEN.test(text)) return JSON.parse(text);
  return JSON.parse(text, function (key, value) {
    if (FORBIDDEN.has(key)) throw new ForbiddenKeyError(key);
    return value;
  });
}

/** Keys that open the file, in this order, so a person reading it sees what it is first. */
const TOP_ORDER = ['format', 'formatVersion', 'id', 'programme', 'language', 'createdAt', 'updatedAt'];

function ordered(value: unknown, top: boolean): unknown {
  if (Array.isArray(value)) return value.map((v) => ordered(v, false));
  if (value === null || typeof value !== 'object') return value;
  const src = value as Record<string, unknown>;
  const keys = Object.keys(src).sort();
  const first = top ? TOP_ORDER.filter((k) => k in src) : [];
  // The workflow holds whole snapshots; it closes the file so the content reads first.
  const last = top && 'workflow' in src ? ['workflow'] : [];
  const out: Record<string, unknown> = {};
  for (const k of [...first, ...keys.filter((k) => !first.includes(k) && !last.includes(k)), ...last]) {
    if (src[k] !== undefined) out[k] = ordered(src[k], false);
  }
  return out;
}

/** Stable, diff-friendly text: fixed key order, 2-space indent, trailing newline. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(ordered(value, true), null, 2) + '\n';
}
