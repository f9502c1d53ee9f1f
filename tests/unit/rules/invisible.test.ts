/** Invisible and direction-changing characters in any text are a warning at that text's field (issue 12, 4). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadApplicationText } from '../../../shared/model/load';
import type { Application } from '../../../shared/model/schema';
import { DEFAULT_PROGRAMME } from '../../../shared/program';
import { formatIssue, validate } from '../../../shared/rules';

const loaded = loadApplicationText(readFileSync(resolve(__dirname, '../../fixtures/complete.simansokan'), 'utf8'));
if (!loaded.ok) throw new Error('complete fixture does not load');
const app: Application = loaded.application;

const INVISIBLE = ['\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2060', '\u2066', '\u2067', '\u2068', '\u2069', '\uFEFF', '\u00AD', '\u061C', '\u{E0041}'];

/** Every path to a string in the content, with its value. */
function textPaths(v: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof v === 'string') return [path];
  if (Array.isArray(v)) return v.flatMap((x, i) => textPaths(x, [...path, i]));
  if (v !== null && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => textPaths(x, [...path, k]));
  return [];
}
const FREE_TEXT = textPaths({ project: app.project, needs: app.needs, parties: app.parties, goals: app.goals, budget: app.budget })
  .filter((p) => !['id', 'partyId', 'startDate', 'endDate', 'role', 'sector', 'kind', 'source', 'category'].includes(String(p[p.length - 1])));

const invisibleWarnings = (a: Application) => validate(a, DEFAULT_PROGRAMME).filter((i) => i.message === 'invisibleCharacters');

function withText(path: (string | number)[], f: (s: string) => string): Application {
  const copy = structuredClone(app) as unknown as Record<string | number, unknown>;
  let at = copy;
  for (const p of path.slice(0, -1)) at = at[p] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  at[last] = f(at[last] as string);
  return copy as unknown as Application;
}

describe('invisible characters', () => {
  it('are not reported in the complete fixture', () => {
    expect(invisibleWarnings(app)).toEqual([]);
  });

  it('are a warning at the very field they are in, naming them, wherever they are put', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FREE_TEXT), fc.subarray(INVISIBLE, { minLength: 1, maxLength: 4 }), fc.nat(), (path, chars, at) => {
        const a = withText(path, (s) => {
          const i = s.length ? at % (s.length + 1) : 0;
          return s.slice(0, i) + chars.join('') + s.slice(i);
        });
        const found = invisibleWarnings(a);
        expect(found).toHaveLength(1);
        expect(found[0]!.severity).toBe('warning');
        expect(found[0]!.path).toEqual(path);
        expect(found[0]!.params.count).toBe(chars.length);
        const sv = formatIssue(found[0]!, 'sv');
        expect(sv).toMatch(/osynliga tecken eller tecken som vänder skrivriktningen/);
        expect(sv).toContain(`U+${chars[0]!.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
      }),
      { numRuns: 200 },
    );
  });

  it('are not confused with visible text in any script', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FREE_TEXT), fc.constantFrom('Åsa Öberg', 'مرحبا بالعالم', 'שלום', 'e\u0301', '👍🏽', '中文', '— “citat” …'), (path, visible) => {
        expect(invisibleWarnings(withText(path, () => visible))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
