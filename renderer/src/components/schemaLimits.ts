import type { z } from 'zod';
import { ApplicationSchema } from '../../../shared/model/schema';
import { pathPattern } from '../../../shared/model/labels';
import type { Programme } from '../../../shared/program/schema';
import type { Path } from '../store/paths';

type AnySchema = z.ZodType & { _zod: { def: Record<string, unknown> & { type: string } } };

/** The schema node for a path, read from the file schema itself so limits are never written twice. */
function schemaAt(path: Path): AnySchema | null {
  let node = ApplicationSchema as unknown as AnySchema;
  for (const key of path) {
    node = unwrap(node);
    const def = node._zod.def;
    if (def.type === 'object') node = (def.shape as Record<string, AnySchema>)[String(key)]!;
    else if (def.type === 'array') node = def.element as AnySchema;
    else return null;
    if (!node) return null;
  }
  return unwrap(node);
}

function unwrap(node: AnySchema): AnySchema {
  while (node._zod.def.type === 'nullable' || node._zod.def.type === 'optional') node = node._zod.def.innerType as AnySchema;
  return node;
}

const maxCache = new Map<string, number | null>();

/** The file format's hard cap on a text field's length (e.g. 20 000), or null if the path is not text. */
export function schemaMaxLength(path: Path): number | null {
  const key = pathPattern(path);
  if (!maxCache.has(key)) {
    const node = schemaAt(path);
    maxCache.set(key, node && node._zod.def.type === 'string' ? ((node as unknown as z.ZodString).maxLength ?? null) : null);
  }
  return maxCache.get(key)!;
}

/** The limit a person should write to: the funder's where the programme sets one, else the format's cap. */
export function textLimit(path: Path, programme: Programme): number | null {
  return programme.textLimits[pathPattern(path)] ?? schemaMaxLength(path);
}

/** Numeric bounds of a number field in the file schema, so a field can never hold a value the file refuses. */
export function schemaRange(path: Path): { min: number; max: number } {
  const node = schemaAt(path) as unknown as z.ZodNumber | null;
  return { min: node?.minValue ?? 0, max: node?.maxValue ?? Number.MAX_SAFE_INTEGER };
}
