import type { FieldPath, ReadonlyPath } from '../../../shared/model/paths';

/**
 * A path into the application, as the rules report it: `['parties', 1, 'orgNumber']`. Checked against the schema
 * (shared/model/paths.ts), so a misspelt field in a step fails to compile.
 */
export type Path = FieldPath;
/** Any path, for the helpers that walk whatever data they are given. */
export type { ReadonlyPath };

export function getIn(root: unknown, path: ReadonlyPath): unknown {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return cur;
}

/**
 * Returns a copy of `root` with `value` at `path`, copying only the objects along the path so every
 * untouched branch keeps its identity and the components selecting it do not re-render.
 */
export function setIn<T>(root: T, path: ReadonlyPath, value: unknown): T {
  if (path.length === 0) return value as T;
  const [key, ...rest] = path;
  const node = root as unknown;
  if (Array.isArray(node)) {
    const index = Number(key);
    if (!Number.isInteger(index) || index < 0 || index > node.length) throw new Error(`bad index ${String(key)}`);
    const next = node.slice();
    next[index] = setIn(node[index], rest, value);
    return next as T;
  }
  if (node === null || typeof node !== 'object') throw new Error(`cannot set ${String(key)} on a non-object`);
  const obj = node as Record<string, unknown>;
  const current = obj[key as string];
  const updated = setIn(current, rest, value);
  if (updated === current) return root;
  return { ...obj, [key as string]: updated } as T;
}

export function pathKey(path: ReadonlyPath): string {
  return path.join('.');
}

/** A DOM id for the control editing `path`; the validation panel focuses fields by it. */
export function fieldId(path: ReadonlyPath): string {
  return 'f-' + path.map(idPart).join('-');
}

/** Letters outside ASCII (Åmål) become `_c5` codes, so two names never share an id. */
export function idPart(segment: string | number): string {
  return String(segment).replace(/[^A-Za-z0-9_]/g, (c) => `_${c.charCodeAt(0).toString(16)}`);
}

/** The path of one item of the list at `L`: `ItemPath<['parties']>` is `readonly ['parties', number]`. */
export type ItemPath<L extends Path> = readonly [...L, number];
