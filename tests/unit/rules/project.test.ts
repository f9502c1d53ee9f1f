import { describe, expect, it } from 'vitest';
import { expectRule, sv } from './helpers';

describe('project rules', () => {
  it('requires start and end dates', () => {
    expectRule('required', (a) => (a.project.startDate = ''), { path: ['project', 'startDate'] });
    expectRule('required', (a) => (a.project.endDate = ''), { path: ['project', 'endDate'] });
  });

  it('requires the start to come before the end', () => {
    const [issue] = expectRule('project.endBeforeStart', (a) => (a.project.endDate = '2024-12-31'), { path: ['project', 'endDate'] });
    expect(sv(issue!)).toBe('Slutdatum (2024-12-31) måste vara efter startdatum (2025-01-01).');
    expectRule('project.endBeforeStart', (a) => (a.project.endDate = a.project.startDate));
  });

  it("keeps the project within the programme's maximum duration", () => {
    const [issue] = expectRule('project.tooLong', (a) => (a.project.endDate = '2028-01-01'), { path: ['project', 'endDate'] });
    expect(sv(issue!)).toBe('Projektet pågår i 37 månader, men programmet tillåter högst 36 månader.');
  });

  it('requires at least one municipality, from the programme', () => {
    expectRule('project.noMunicipality', (a) => (a.project.municipalities = []), { path: ['project', 'municipalities'] });
    const [issue] = expectRule('project.unknownMunicipality', (a) => a.project.municipalities.push('Jönköping'), {
      path: ['project', 'municipalities', 2],
    });
    expect(sv(issue!)).toBe('"Jönköping" finns inte bland programmets kommuner.');
  });

  it('checks the project leader', () => {
    expectRule('required', (a) => (a.project.leader.name = ''), { path: ['project', 'leader', 'name'] });
    expectRule('emailInvalid', (a) => (a.project.leader.email = 'maria(at)bengtsfors.se'), { path: ['project', 'leader', 'email'] });
    expectRule('unknownParty', (a) => (a.project.leader.partyId = 'gone'), { path: ['project', 'leader', 'partyId'] });
  });
});
