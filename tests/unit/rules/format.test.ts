import { describe, expect, it } from 'vitest';
import { newApplication } from '../../../shared/model/new';
import { DEFAULT_PROGRAMME } from '../../../shared/program';
import { formatIssue, hasErrors, RULE_MESSAGES, validate, type Issue } from '../../../shared/rules';
import { TEST_PROGRAMME } from '../../fixtures/programme-test';
import { completeApp } from './helpers';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalog', () => {
  it('has both languages with the same placeholders for every message', () => {
    for (const [key, m] of Object.entries(RULE_MESSAGES)) {
      expect(m.sv.length, key).toBeGreaterThan(0);
      expect(m.en.length, key).toBeGreaterThan(0);
      expect(placeholders(m.en), key).toEqual(placeholders(m.sv));
    }
  });

  it('has a message for every issue the rules produce, and fills every placeholder', () => {
    const empty = newApplication(DEFAULT_PROGRAMME);
    const issues = [...validate(empty, DEFAULT_PROGRAMME), ...validate(completeApp(), TEST_PROGRAMME)];
    for (const issue of issues) {
      expect(RULE_MESSAGES[issue.message], issue.message).toBeDefined();
      for (const lang of ['sv', 'en'] as const) {
        const text = formatIssue(issue, lang);
        expect(text, text).not.toMatch(/\{\w+\}/);
        expect(text, text).toMatch(/[.!?]$/);
      }
    }
  });
});

describe('formatIssue', () => {
  const issue = (over: Partial<Issue>): Issue => ({ id: 'x', severity: 'error', step: 'budget', path: [], message: 'required', params: {}, ...over });

  it('names the field with the labels catalog in either language', () => {
    const i = issue({ path: ['parties', 1, 'orgNumber'], step: 'parties' });
    expect(formatIssue(i, 'sv')).toBe('Parter › Part 2 › Organisationsnummer måste fyllas i.');
    expect(formatIssue(i, 'en')).toBe('Parties › Party 2 › Organisation number must be filled in.');
  });

  it('prints amounts as Swedish kronor and other numbers with Swedish separators', () => {
    const i = issue({ message: 'budget.unbalanced', params: { year: 1, financingKr: 1_250_000, costsKr: 1_300_000, differenceKr: 50_000 } });
    expect(formatIssue(i, 'sv')).toContain('finansieringen 1\u00a0250\u00a0000\u00a0kr men kostnaderna 1\u00a0300\u00a0000\u00a0kr');
    expect(formatIssue(i, 'en')).toContain('financing is 1\u00a0250\u00a0000\u00a0kr');
    const share = issue({ message: 'budget.fundShareCap', params: { share: 61.25, cap: 50 } });
    expect(formatIssue(share, 'sv')).toBe('De sökta medlen är 61,3 % av kostnaderna, men programmet tillåter högst 50 %.');
  });

  it('names a party by its number until it has a name', () => {
    const i = issue({ message: 'budget.partyNoContribution', params: { party: '', partyNo: 2 } });
    expect(formatIssue(i, 'sv')).toMatch(/^Part 2 är huvudman/);
    expect(formatIssue(i, 'en')).toMatch(/^Party 2 is a principal/);
  });

  it('still says something for an unknown message key', () => {
    expect(formatIssue(issue({ message: 'nope', path: ['budget'] }), 'sv')).toBe('Budget: nope');
  });
});

describe('hasErrors', () => {
  it('is true only when an error is present', () => {
    const w: Issue = { id: 'w', severity: 'warning', step: 'budget', path: [], message: 'budget.lineEmpty', params: {} };
    expect(hasErrors([])).toBe(false);
    expect(hasErrors([w])).toBe(false);
    expect(hasErrors([w, { ...w, severity: 'error' }])).toBe(true);
  });
});

describe('issue order and ids', () => {
  it('lists issues in wizard order with unique ids', () => {
    const issues = validate(newApplication(DEFAULT_PROGRAMME), DEFAULT_PROGRAMME);
    const steps = issues.map((i) => i.step);
    expect(steps[0]).toBe('parties');
    expect(steps[steps.length - 1]).toBe('followUp');
    expect(new Set(issues.map((i) => i.id)).size).toBe(issues.length);
  });
});
