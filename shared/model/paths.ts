import type { Application } from './schema';

/**
 * Paths into the application, checked against its schema: `['parties', 0, 'orgNumber']` compiles,
 * `['parties', 0, 'orgNumbr']` does not. A path may stop at any node (a list, an object, a leaf), because rules
 * point at a whole list when it is empty and at a field when it is wrong.
 *
 * The type is built from the zod-inferred `Application`, so a field added to or renamed in schema.ts is a path
 * here at once. The depth bound keeps tsc from unrolling recursive data forever; the deepest real path
 * (`lifecycle.changeRequests.i.proposed.budget.costLines.j.valuation.hours`) is nine steps.
 */

type Depth = [never, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

/** Keys whose values hold further fields (objects, lists); a path can go on below them. */
type Inner<T> = { [K in keyof T & string]-?: NonNullable<T[K]> extends object ? K : never }[keyof T & string];

/*
 * Every one-step path `[K]` is one tuple with a union of keys rather than a union of one-key tuples, so
 * `[...base, k]` with `k` ranging over several fields (a loop over `['text', 'baseline'] as const`) is assignable,
 * and the union tsc has to compare against stays a few hundred members.
 */
type Steps<T, D extends number> = [D] extends [never]
  ? never
  : T extends readonly (infer E)[]
    ? [] | [number, ...Steps<E, Depth[D]>]
    : T extends object
      ? [] | [keyof T & string] | { [K in Inner<T>]: [K, ...Exclude<Steps<NonNullable<T[K]>, Depth[D]>, []>] }[Inner<T>]
      : [];

/** Every path from `T` to one of its nodes; the empty path is `T` itself (an issue about the whole file). */
export type PathIn<T> = Readonly<Steps<T, 10>>;

/** A path into the application: the field a rule reports, a form control edits, an issue focuses. */
export type FieldPath = PathIn<Application>;

/**
 * Paths in `T` that lead to a value of type `V`: the base a helper extends (`[...base, 'text']`). Two steps shallower
 * than FieldPath, so a base and the two steps a helper adds (`'amounts', year`) are still a FieldPath.
 */
export type PathTo<T, V> = PathToImpl<T, V, EachStep<T, 8>>;
/** Like Steps with one tuple per key, so each path's target type is known; only PathTo needs that. */
type EachStep<T, D extends number> = [D] extends [never]
  ? never
  : T extends readonly (infer E)[]
    ? [] | [number, ...EachStep<E, Depth[D]>]
    : T extends object
      ? [] | { [K in keyof T & string]-?: [K, ...EachStep<NonNullable<T[K]>, Depth[D]>] }[keyof T & string]
      : [];
type PathToImpl<T, V, P> = P extends unknown[] ? (At<T, P> extends V ? Readonly<P> : never) : never;
type At<T, P> = P extends [infer H, ...infer R]
  ? T extends readonly (infer E)[]
    ? At<E, R>
    : H extends keyof T
      ? At<NonNullable<T[H]>, R>
      : never
  : T;

/**
 * A path through JSON whose shape is not known at compile time: merging a partner's file, walking a stored
 * snapshot. Prefer `FieldPath` wherever the data is an `Application`.
 */
export type AnyPath = (string | number)[];
/** What a reader of any path accepts: an `AnyPath` or a `FieldPath`. */
export type ReadonlyPath = Readonly<AnyPath>;

/** The value at `path`, or undefined when any step is missing; own properties only. */
export function valueAt(root: unknown, path: ReadonlyPath): unknown {
  let v = root;
  for (const seg of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, seg)) return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

/** `Object.entries` with its keys typed: an object's fields as path steps. Schema objects are strict, so no other keys. */
export function fieldEntries<T extends object>(o: T): [keyof T & string, T[keyof T & string]][] {
  return Object.entries(o) as [keyof T & string, T[keyof T & string]][];
}

/** Reads a dotted path from data (`project.title`, `parties.0.orgNumber`); numeric segments are list indexes. */
export function parseDottedPath(dotted: string): AnyPath {
  return dotted.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/**
 * Narrows a path read from data (the programme's required texts, a stored issue) to a field path, when it
 * reaches a value in `app`. Data can name a field the schema has not got; that path is refused here rather than
 * reported to the user as a place nobody can find.
 */
export function isFieldPathIn(app: Application, path: ReadonlyPath): path is FieldPath {
  return valueAt(app, path) !== undefined;
}
