import { describe, expect, it } from 'vitest';
import { validate } from '../../../shared/rules';
import { DEFAULT_PROGRAMME } from '../../../shared/program';
import { completeApp, expectRule, sv, withMessage } from './helpers';

describe("the case officer's questions", () => {
  it('warns, naming the organisation, when a principal is responsible for no activity', () => {
    const region = completeApp().parties.find((p) => p.sector === 'region')!;
    const [issue] = expectRule(
      'officer.principalNoActivity',
      (a) => {
        const other = a.parties.find((p) => p.sector === 'kommun')!.id;
        for (const act of a.activities) if (act.responsiblePartyId === region.id) act.responsiblePartyId = other;
      },
      { severity: 'warning', path: ['activities'] },
    );
    expect(sv(issue!)).toContain(`${region.organisation} är huvudman men ansvarar inte för någon aktivitet`);
    expect(sv(issue!)).not.toMatch(/Part \d/);
  });

  it('asks about every principal, the municipal one too, but not about other partners', () => {
    const app = completeApp();
    const kommuner = app.parties.filter((p) => p.sector === 'kommun');
    const region = app.parties.find((p) => p.sector === 'region')!;
    for (const act of app.activities) act.responsiblePartyId = region.id;
    const found = withMessage(validate(app, DEFAULT_PROGRAMME), 'officer.principalNoActivity');
    expect(found.map((i) => i.params.party).sort()).toEqual(kommuner.map((p) => p.organisation).sort());
    app.parties.find((p) => p.id === kommuner[0]!.id)!.sector = 'annan';
    const after = withMessage(validate(app, DEFAULT_PROGRAMME), 'officer.principalNoActivity');
    expect(after.map((i) => i.params.party)).not.toContain(kommuner[0]!.organisation);
  });

  it('warns when the calculation reaches a different number of people than the target group', () => {
    const [issue] = expectRule('officer.reachMismatch', (a) => (a.targetGroup.childrenReached = 300), {
      severity: 'warning',
      path: ['socioEconomics', 'peopleReached'],
    });
    const calc = completeApp().socioEconomics.peopleReached.reduce((x, y) => x + y, 0);
    expect(sv(issue!)).toContain(`Kalkylen räknar med ${calc} personer som nås, men målgruppen anger 300 barn`);
  });

  it('warns when the project starts before the day the application was last saved', () => {
    const [issue] = expectRule('officer.startsBeforeApplication', (a) => (a.updatedAt = '2025-03-01T10:00:00.000Z'), {
      severity: 'warning',
      path: ['project', 'startDate'],
    });
    expect(sv(issue!)).toContain('Projektet startar 2025-01-01, före ansökans datum 2025-03-01');
    // The Swedish calendar day: 23:30 UTC on 31 December is already New Year's Day in Sweden.
    const app = completeApp();
    app.updatedAt = '2024-12-31T23:30:00.000Z';
    expect(withMessage(validate(app, DEFAULT_PROGRAMME), 'officer.startsBeforeApplication')).toHaveLength(0);
    app.updatedAt = '2025-01-01T23:30:00.000Z';
    expect(withMessage(validate(app, DEFAULT_PROGRAMME), 'officer.startsBeforeApplication')).toHaveLength(1);
  });

  it("names a party by its organisation, not its number, in every message about that party's fields", () => {
    const app = completeApp();
    const i = app.parties.findIndex((p) => p.sector === 'region');
    app.parties[i]!.signatory.name = '';
    app.parties[i]!.contact.email = 'fel@';
    const issues = validate(app, DEFAULT_PROGRAMME).filter((x) => x.path[0] === 'parties' && x.path[1] === i);
    expect(issues.length).toBeGreaterThanOrEqual(2);
    for (const issue of issues) {
      expect(sv(issue)).toContain(app.parties[i]!.organisation);
      expect(sv(issue)).not.toMatch(/Part \d/);
    }
    expect(issues.map(sv)).toContain(`Parter › ${app.parties[i]!.organisation} › Firmatecknare eller behörig företrädare › Undertecknarens namn måste fyllas i.`);
    // Still unnamed: the number is all there is.
    app.parties[i]!.organisation = '';
    const unnamed = validate(app, DEFAULT_PROGRAMME).find((x) => x.path.join('.') === `parties.${i}.signatory.name`)!;
    expect(sv(unnamed)).toContain(`Part ${i + 1}`);
  });
});
