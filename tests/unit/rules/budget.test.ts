import { describe, expect, it } from 'vitest';
import { expectRule, issuesAfter, sv, withMessage } from './helpers';

describe('budget rules', () => {
  it('requires costs', () => {
    expectRule('budget.noCosts', (a) => (a.budget.costLines = []), { path: ['budget', 'costLines'] });
  });

  it('requires financing to equal costs in every year', () => {
    const [issue, ...rest] = expectRule('budget.unbalanced', (a) => (a.budget.costLines[4]!.amounts[1] = 65_000), {
      path: ['budget', 'financingLines'],
    });
    expect(rest).toEqual([]);
    expect(sv(issue!)).toBe(
      'År 2 är finansieringen 3\u00a0130\u00a0000\u00a0kr men kostnaderna 3\u00a0155\u00a0000\u00a0kr – en skillnad på 25\u00a0000\u00a0kr. Finansieringen ska vara lika stor som kostnaderna varje år.',
    );
  });

  it('reports each unbalanced year separately', () => {
    const issues = issuesAfter((a) => {
      a.budget.financingLines[0]!.amounts[0]! += 1;
      a.budget.financingLines[0]!.amounts[2]! -= 1;
    });
    expect(withMessage(issues, 'budget.unbalanced').map((i) => i.params.year)).toEqual([1, 3]);
  });

  it('requires each huvudman to contribute cash or in-kind', () => {
    const regionId = '5a1e0000-0000-4000-8000-000000000002';
    const [issue] = expectRule('budget.partyNoContribution', (a) => {
      a.budget.financingLines = a.budget.financingLines.filter((l) => l.partyId !== regionId);
    });
    expect(sv(issue!)).toContain('Västra Götalandsregionen är huvudman men bidrar inte till finansieringen');
    // In-kind alone is enough.
    const inKindOnly = issuesAfter((a) => {
      a.budget.financingLines = a.budget.financingLines.filter((l) => !(l.partyId === regionId && l.kind === 'cash'));
    });
    expect(withMessage(inKindOnly, 'budget.partyNoContribution')).toEqual([]);
  });

  it('requires an amount sought from the programme', () => {
    expectRule('budget.noSim', (a) => a.budget.financingLines.forEach((l) => l.source === 'sim' && (l.amounts = [0, 0, 0])));
    expectRule('budget.noSim', (a) => (a.budget.financingLines = a.budget.financingLines.filter((l) => l.source !== 'sim')));
  });

  it('requires a party on every cost line and on party financing', () => {
    expectRule('required', (a) => (a.budget.costLines[0]!.partyId = ''), { path: ['budget', 'costLines', 0, 'partyId'] });
    expectRule('unknownParty', (a) => (a.budget.financingLines[1]!.partyId = 'gone'), { path: ['budget', 'financingLines', 1, 'partyId'] });
    expectRule('required', (a) => (a.budget.costLines[5]!.description = ''), { path: ['budget', 'costLines', 5, 'description'] });
  });

  it('keeps funds sought and other financing in cash', () => {
    expectRule('budget.externalInKind', (a) => (a.budget.financingLines[0]!.kind = 'inKind'), { path: ['budget', 'financingLines', 0, 'kind'] });
  });

  it('warns about amounts after the project period', () => {
    const [issue] = expectRule('budget.beyondYears', (a) => a.budget.costLines[0]!.amounts.push(10_000), {
      severity: 'warning',
      path: ['budget', 'costLines', 0, 'amounts', 3],
    });
    expect(sv(issue!)).toBe('Budget › Kostnadsrad 1 › Belopp 4 gäller år 4 och ligger efter projektperioden, som bara omfattar 3 år.');
  });

  it('warns about a line with no amounts', () => {
    expectRule('budget.lineEmpty', (a) => (a.budget.costLines[13]!.amounts = [0, 0, 0]), { severity: 'warning' });
  });
});

describe('socio-economic rules', () => {
  it('warns about an avoided cost without a source', () => {
    const [issue] = expectRule('socioEconomics.noSource', (a) => (a.socioEconomics.avoidedCosts[1]!.source = ''), {
      severity: 'warning',
      path: ['socioEconomics', 'avoidedCosts', 1, 'source'],
    });
    expect(sv(issue!)).toContain('"Ett extra år i grundskolan"');
  });
});
