import { describe, expect, it } from 'vitest';
import { isFieldPathIn, parseDottedPath, valueAt, type FieldPath, type PathTo } from '../../../shared/model/paths';
import type { Application, Indicator } from '../../../shared/model/schema';
import { newApplication } from '../../../shared/model/new';
import { DEFAULT_PROGRAMME } from '../../../shared/program';

// The compile-time half: `npm run typecheck` fails if a typo stops failing or a real path stops compiling.
export const real: FieldPath[] = [
  ['parties', 0, 'orgNumber'],
  ['parties', 0, 'address', 'city'],
  ['goals', 'logicModel', 2, 'indicators', 0, 'level'],
  ['budget', 'costLines', 1, 'valuation', 'rate'],
  ['workflow', 'exchange', 'base', 'parties', 0, 'organisation'],
  ['activities'],
  [],
];
// @ts-expect-error a misspelt field
export const typo: FieldPath = ['parties', 0, 'orgNumbr'];
// @ts-expect-error a list needs an index before its items' fields
export const noIndex: FieldPath = ['parties', 'orgNumber'];
// @ts-expect-error a field of another object
export const elsewhere: FieldPath = ['project', 'orgNumber'];
const fields = ['text', 'baseline'] as const;
const base: PathTo<Application, Indicator> = ['goals', 'overallIndicators', 0];
export const extended: FieldPath[] = fields.map((k) => [...base, k] as const);
// @ts-expect-error an indicator has no such field
export const badExtension: FieldPath = [...base, 'orgNumber'];
// @ts-expect-error a cost line is not an indicator
export const wrongBase: PathTo<Application, Indicator> = ['budget', 'costLines', 0];

describe('field paths', () => {
  it('recognises a path that reaches a value of the application and refuses one that does not', () => {
    const app = newApplication(DEFAULT_PROGRAMME);
    expect(isFieldPathIn(app, ['project', 'title'])).toBe(true);
    expect(isFieldPathIn(app, parseDottedPath('project.titel'))).toBe(false);
    expect(isFieldPathIn(app, ['parties', 99, 'orgNumber'])).toBe(false);
    // Inherited properties are not fields.
    expect(isFieldPathIn(app, ['project', 'constructor'])).toBe(false);
    expect(valueAt(app, ['project', 'title'])).toBe(app.project.title);
  });

  it('reads dotted paths with numeric segments as list indexes', () => {
    expect(parseDottedPath('parties.0.orgNumber')).toEqual(['parties', 0, 'orgNumber']);
  });

});
