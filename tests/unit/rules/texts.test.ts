import { describe, expect, it } from 'vitest';
import { DEFAULT_PROGRAMME } from '../../../shared/program';
import { expectRule, issuesAfter, sv, withMessage } from './helpers';

describe('required texts and limits, from the programme', () => {
  it.each(DEFAULT_PROGRAMME.requiredTexts)('requires %s', (dotted) => {
    const path = dotted.split('.');
    expectRule('required', (a) => {
      let o: any = a;
      for (const k of path.slice(0, -1)) o = o[k];
      o[path[path.length - 1]!] = '   ';
    }, { path });
  });

  it("refuses a summary over the programme's limit", () => {
    const [issue] = expectRule('textTooLong', (a) => (a.project.summary = 'x'.repeat(1501)), { path: ['project', 'summary'] });
    expect(sv(issue!)).toBe('Projekt › Sammanfattning är för lång: 1\u00a0501 tecken, men programmet tillåter högst 1\u00a0500.');
  });

  it('warns when a limited text is close to its limit, and not before', () => {
    expectRule('textNearLimit', (a) => (a.project.summary = 'x'.repeat(1350)), { severity: 'warning' });
    expect(withMessage(issuesAfter((a) => (a.project.summary = 'x'.repeat(1349))), 'textNearLimit')).toEqual([]);
    expect(withMessage(issuesAfter((a) => (a.project.summary = 'x'.repeat(1500))), 'textTooLong')).toEqual([]);
  });
});
