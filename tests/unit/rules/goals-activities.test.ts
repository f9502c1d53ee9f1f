import { describe, expect, it } from 'vitest';
import { expectRule, sv } from './helpers';

describe('logic model', () => {
  it('requires at least one complete chain', () => {
    expectRule('goals.noCompleteChain', (a) => (a.goals.logicModel = []), { path: ['goals', 'logicModel'] });
    const [issue] = expectRule('goals.noCompleteChain', (a) => {
      for (const row of a.goals.logicModel) row.mediumTerm = '';
    }, { path: ['goals', 'logicModel', 0, 'mediumTerm'] });
    expect(sv(issue!)).toContain('minst en komplett kedja');
  });
  it('warns about an unfinished row while another chain is complete', () => {
    const [issue] = expectRule('goals.rowIncomplete', (a) => (a.goals.logicModel[2]!.longTerm = ''), {
      severity: 'warning',
      path: ['goals', 'logicModel', 2, 'longTerm'],
    });
    expect(sv(issue!)).toBe('Mål och logikmodell › Rad i logikmodellen 3 › Långsiktiga effekter är tom, så kedjan på rad 3 i logikmodellen är inte komplett.');
  });
  it('checks project goals and their links to the model', () => {
    expectRule('required', (a) => (a.goals.projectGoals[0]!.text = ''), { path: ['goals', 'projectGoals', 0, 'text'] });
    expectRule('goals.goalUnlinked', (a) => (a.goals.projectGoals[1]!.logicRowIds = []), { severity: 'warning' });
    expectRule('goals.unknownRow', (a) => a.goals.projectGoals[1]!.logicRowIds.push('deleted-row'), {
      severity: 'warning',
      path: ['goals', 'projectGoals', 1, 'logicRowIds', 1],
    });
  });
});

describe('activities', () => {
  it('requires at least one', () => {
    expectRule('activities.none', (a) => (a.activities = []), { path: ['activities'] });
  });
  it('requires a responsible party that exists', () => {
    expectRule('required', (a) => (a.activities[3]!.responsiblePartyId = ''), { path: ['activities', 3, 'responsiblePartyId'] });
    expectRule('unknownParty', (a) => (a.activities[3]!.responsiblePartyId = 'removed-party'), { path: ['activities', 3, 'responsiblePartyId'] });
  });
  it('requires dates in order', () => {
    expectRule('required', (a) => (a.activities[0]!.endDate = ''), { path: ['activities', 0, 'endDate'] });
    expectRule('activities.endBeforeStart', (a) => (a.activities[0]!.endDate = '2024-12-01'), { path: ['activities', 0, 'endDate'] });
  });
  it('keeps activities inside the project period', () => {
    const [issue] = expectRule('activities.outsidePeriod', (a) => (a.activities[7]!.endDate = '2028-03-31'), {
      path: ['activities', 7, 'endDate'],
    });
    expect(sv(issue!)).toBe(
      'Aktiviteten "Utvärdering, implementering och spridning" (2026-03-01 – 2028-03-31) ligger utanför projektperioden 2025-01-01 – 2027-12-31.',
    );
    expectRule('activities.outsidePeriod', (a) => (a.project.startDate = '2025-02-01'), { path: ['activities', 0, 'startDate'] });
  });
});

describe('collaboration', () => {
  it('requires each huvudman to describe its contribution', () => {
    const [issue] = expectRule('collaboration.contributionMissing', (a) => (a.collaboration.contributions[1]!.text = ''), {
      path: ['collaboration', 'contributions', 1, 'text'],
    });
    expect(sv(issue!)).toBe('Beskriv vad Västra Götalandsregionen bidrar med i samverkan.');
    expectRule('collaboration.contributionMissing', (a) => a.collaboration.contributions.splice(2, 1), { path: ['collaboration', 'contributions'] });
  });
  it('warns about a contribution from a party that was removed', () => {
    expectRule('unknownParty', (a) => a.collaboration.contributions.push({ partyId: 'gone', text: 'x' }), { severity: 'warning' });
  });
});
