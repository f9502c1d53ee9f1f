import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { loadApplicationText } from '../../../shared/model/load';
import type { Application } from '../../../shared/model/schema';
import { DEFAULT_PROGRAMME } from '../../../shared/program';
import type { Programme } from '../../../shared/program/schema';
import { formatIssue, validate, type Issue } from '../../../shared/rules';

export const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const completeText = readFileSync(join(FIXTURES, 'complete.simansokan'), 'utf8');

/** A fresh copy of the committed complete fixture, read the way the app reads it. */
export function completeApp(): Application {
  const r = loadApplicationText(completeText);
  if (!r.ok) throw new Error('complete fixture does not load: ' + r.problems.map((p) => p.message.en).join('; '));
  return r.application;
}

/** The complete application with one change, validated. */
export function issuesAfter(mutate: (app: Application) => void, programme: Programme = DEFAULT_PROGRAMME): Issue[] {
  const app = completeApp();
  mutate(app);
  return validate(app, programme);
}

export const withMessage = (issues: readonly Issue[], message: string) => issues.filter((i) => i.message === message);

/**
 * The rule passes on the complete application and fails after `mutate`, with the given message at the given path.
 * Returns the failing issues for further checks.
 */
export function expectRule(
  message: string,
  mutate: (app: Application) => void,
  expected: { path?: (string | number)[]; severity?: 'error' | 'warning'; programme?: Programme } = {},
): Issue[] {
  const programme = expected.programme ?? DEFAULT_PROGRAMME;
  expect(withMessage(validate(completeApp(), programme), message)).toEqual([]);
  const found = withMessage(issuesAfter(mutate, programme), message);
  expect(found.length, `expected an issue "${message}"`).toBeGreaterThan(0);
  for (const i of found) expect(i.severity).toBe(expected.severity ?? 'error');
  if (expected.path) expect(found.map((i) => i.path)).toContainEqual(expected.path);
  return found;
}

export const sv = (i: Issue) => formatIssue(i, 'sv');
