import { describe, expect, it } from 'vitest';
import { validate } from '../../../shared/rules';
import { DEFAULT_PROGRAMME } from '../../../shared/program';
import { newApplication } from '../../../shared/model/new';

const fresh = () => newApplication(DEFAULT_PROGRAMME, new Date('2025-01-01T00:00:00Z'));

describe('issues about what is not filled in yet are told apart from wrong values', () => {
  it('a new application has only things to do: every issue it has is marked missing, and they are still errors', () => {
    const issues = validate(fresh(), DEFAULT_PROGRAMME);
    expect(issues.length).toBeGreaterThan(20);
    expect(issues.filter((i) => !i.missing).map((i) => i.message)).toEqual([]);
    expect(issues.every((i) => i.severity === 'error')).toBe(true);
  });

  it('a wrong organisationsnummer, an e-mail address and an end before the start are wrong values, not to-dos', () => {
    const app = fresh();
    app.parties[0]!.orgNumber = '232100-0132';
    app.parties[0]!.contact.email = 'anna@';
    app.project.startDate = '2025-06-01';
    app.project.endDate = '2025-01-01';
    const wrong = validate(app, DEFAULT_PROGRAMME).filter((i) => !i.missing);
    expect(wrong.map((i) => [i.message, i.path.join('.')])).toEqual([
      ['parties.orgNumberChecksum', 'parties.0.orgNumber'],
      ['emailInvalid', 'parties.0.contact.email'],
      ['project.endBeforeStart', 'project.endDate'],
    ]);
  });

});
