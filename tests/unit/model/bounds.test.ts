/**
 * Validation bounded before it runs (issue 12, 2): lists, texts, objects and nesting past the ceilings are refused by
 * one pass over the text, before JSON.parse and the schema, with a sentence that says where; and the ceilings never
 * refuse what the schema itself accepts.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from '../../../shared/zod';
import { checkJsonBounds } from '../../../shared/model/bounds';
import { JSON_BOUNDS } from '../../../shared/model/limits';
import { formatProblems, loadApplicationText } from '../../../shared/model/load';
import { ApplicationSchema } from '../../../shared/model/schema';

const complete = JSON.parse(readFileSync(resolve(__dirname, '../../fixtures/complete.simansokan'), 'utf8')) as Record<string, unknown>;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every ceiling the value passes, found the slow, obvious way on the parsed value. */
function violations(v: Json, b = JSON_BOUNDS, depth = 0, out = new Set<string>()): Set<string> {
  if (typeof v === 'string') {
    if (v.length > b.stringLength) out.add('stringLength');
  } else if (v !== null && typeof v === 'object') {
    if (depth + 1 > b.depth) {
      out.add('depth');
      return out;
    }
    if (Array.isArray(v)) {
      if (v.length > b.arrayItems) out.add('arrayItems');
      for (const x of v) violations(x, b, depth + 1, out);
    } else {
      const keys = Object.keys(v);
      if (keys.length > b.objectKeys) out.add('objectKeys');
      for (const k of keys) {
        if (k.length > b.keyLength) out.add('keyLength');
        violations(v[k]!, b, depth + 1, out);
      }
    }
  }
  return out;
}

describe('the ceilings', () => {
  it('are at least every cap the schema has, so a file the schema accepts always passes them', () => {
    const schema = z.toJSONSchema(ApplicationSchema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
    let deepest = 0;
    const walk = (s: unknown, depth: number) => {
      if (s === null || typeof s !== 'object') return;
      const o = s as Record<string, unknown>;
      if (typeof o.maxItems === 'number') expect(o.maxItems).toBeLessThanOrEqual(JSON_BOUNDS.arrayItems);
      if (typeof o.maxLength === 'number') expect(o.maxLength).toBeLessThanOrEqual(JSON_BOUNDS.stringLength);
      const props = o.properties as Record<string, unknown> | undefined;
      if (props) {
        expect(Object.keys(props).length).toBeLessThanOrEqual(JSON_BOUNDS.objectKeys);
        for (const k of Object.keys(props)) expect(k.length).toBeLessThanOrEqual(JSON_BOUNDS.keyLength);
      }
      const nests = o.type === 'object' || o.type === 'array';
      if (nests) deepest = Math.max(deepest, depth + 1);
      for (const [k, v] of Object.entries(o)) {
        if (k === 'properties') for (const p of Object.values(v as object)) walk(p, nests ? depth + 1 : depth);
        else if (k === 'items' || k === 'additionalProperties') walk(v, nests ? depth + 1 : depth);
        else if (Array.isArray(v)) v.forEach((x) => walk(x, depth));
        else if (k === '$defs' || k === 'definitions') for (const p of Object.values(v as object)) walk(p, depth);
      }
    };
    walk(schema, 0);
    expect(deepest).toBeGreaterThan(3);
    expect(deepest).toBeLessThanOrEqual(JSON_BOUNDS.depth);
  });

  it('find exactly what the obvious check on the parsed value finds, on any JSON however it is spaced and escaped', () => {
    const small = { arrayItems: 4, stringLength: 6, objectKeys: 3, keyLength: 5, depth: 4 } as unknown as typeof JSON_BOUNDS;
    const value = fc.jsonValue({ maxDepth: 6 }) as fc.Arbitrary<Json>;
    fc.assert(
      fc.property(value, fc.constantFrom(undefined, 1, '\t', '\n  '), fc.boolean(), (v, space, ascii) => {
        let s = JSON.stringify(v, null, space);
        // Escaped spellings count as the one character they stand for.
        if (ascii) s = s.replace(/[^\x20-\x7e\n\t]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
        const found = checkJsonBounds(s, small);
        const all = violations(JSON.parse(s) as Json, small);
        // The scan stops at the first ceiling it meets, in text order: one of those there are, and none when there are none.
        if (all.size === 0) expect(found).toBeNull();
        else expect(all).toContain(found?.kind);
      }),
      { numRuns: 2000 },
    );
  });
});

/** The complete fixture with `value` put in at `path`, replacing what was there. */
function withValueAt(path: (string | number)[], value: string): string {
  const marker = '"__MARK__"';
  const copy = structuredClone(complete) as Record<string, unknown>;
  let at: Record<string | number, unknown> = copy;
  for (const p of path.slice(0, -1)) at = at[p] as Record<string | number, unknown>;
  at[path[path.length - 1]!] = '__MARK__';
  return JSON.stringify(copy, null, 2).replace(marker, value);
}

const FIELDS: (string | number)[][] = [
  ['parties'],
  ['parties', 0, 'organisation'],
  ['needs', 'need'],
  ['budget', 'costLines'],
  ['project', 'municipalities'],
  ['workflow', 'changeLog'],
  ['goals', 'logicModel'],
];

describe('a file past a ceiling', () => {
  it('is refused with one sentence that says where, whatever field holds the long list or text', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FIELDS),
        fc.oneof(
          fc.integer({ min: JSON_BOUNDS.arrayItems + 1, max: 200_000 }).map((n) => ({ json: `[${'0,'.repeat(n - 1)}0]`, sv: /för många rader: högst 500\./ })),
          fc.integer({ min: JSON_BOUNDS.stringLength + 1, max: 300_000 }).map((n) => ({ json: `"${'a'.repeat(n)}"`, sv: /för lång: högst 20\s000 tecken/ })),
          fc.integer({ min: JSON_BOUNDS.depth, max: 5000 }).map((n) => ({ json: '['.repeat(n) + ']'.repeat(n), sv: /nästlad för djupt/ })),
          fc.integer({ min: JSON_BOUNDS.objectKeys + 1, max: 50_000 }).map((n) => ({
            json: `{${Array.from({ length: n }, (_, i) => `"k${i}":0`).join(',')}}`,
            sv: /för många fält: högst 64/,
          })),
        ),
        (path, { json, sv }) => {
          const r = loadApplicationText(withValueAt(path, json));
          expect(r.ok).toBe(false);
          if (r.ok) return;
          expect(r.problems).toHaveLength(1);
          const message = formatProblems(r.problems, 'sv');
          expect(message).toMatch(sv);
          expect(message.length).toBeLessThan(300);
          // It says where: the step's or field's words, not the file as a whole.
          expect(message).not.toMatch(/^Filen som helhet/);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('names a few of its unknown fields and counts the rest, however many there are', () => {
    fc.assert(
      // Room left in the fullest of the three objects (the file's top level), so the unknown ones alone are the fault.
      fc.property(fc.integer({ min: 1, max: JSON_BOUNDS.objectKeys - Object.keys(complete).length }), fc.constantFrom([], ['project'], ['parties', 0]), (n, path) => {
        const copy = structuredClone(complete) as Record<string, unknown>;
        let at = copy as Record<string | number, unknown>;
        for (const p of path) at = at[p] as Record<string | number, unknown>;
        for (let i = 0; i < n; i++) at[`okänt${i}`] = i;
        const r = loadApplicationText(JSON.stringify(copy));
        expect(r.ok).toBe(false);
        const message = r.ok ? '' : formatProblems(r.problems, 'sv');
        expect(message).toContain('okänt0');
        if (n > 5) {
          expect(message).toContain(`och ${n - 5} till`);
          expect(message).not.toContain(`okänt5`);
        }
        expect(message.length).toBeLessThan(600);
      }),
      { numRuns: 40 },
    );
  });
});
