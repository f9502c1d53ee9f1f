import { describe, expect, it } from 'vitest';
import { checkOrgNumber, formatOrgNumber, isValidEmail, luhnValid } from '../../../shared/rules';
import { expectRule, issuesAfter, sv } from './helpers';

describe('organisationsnummer', () => {
  it.each(['232100-0131', '2321000131', '16232100-0131', '162321000131', ' 212000-1462 '])('accepts %s', (n) => {
    expect(checkOrgNumber(n)).toBe('ok');
  });
  it.each(['232100-0132', '2321000130', '16212000-1463'])('refuses the wrong check digit in %s', (n) => {
    expect(checkOrgNumber(n)).toBe('checksum');
  });
  it.each(['', '23210-0131', '232100 0131', '19232100-0131', '232100-01311', 'abcdef-ghij', '2321-000131'])('refuses the shape of "%s"', (n) => {
    expect(checkOrgNumber(n)).toBe('format');
  });
  it('runs the Luhn check over ten digits', () => {
    expect(luhnValid('5560360793')).toBe(true);
    expect(luhnValid('5560360794')).toBe(false);
  });
  it('prints any accepted form as NNNNNN-NNNN', () => {
    expect(formatOrgNumber('162321000131')).toBe('232100-0131');
    expect(formatOrgNumber('nonsense')).toBe('nonsense');
  });
});

describe('e-mail addresses', () => {
  it.each(['maria.lindqvist@bengtsfors.se', 'a+b@vgregion.se', 'åsa.öberg@kommun.se', 'x@sub.domän.se'])('accepts %s', (e) => {
    expect(isValidEmail(e)).toBe(true);
  });
  it.each(['maria', 'maria@', '@bengtsfors.se', 'maria@bengtsfors', 'maria lindqvist@x.se', 'a@@b.se', 'a..b@x.se', 'a@x.s'])('refuses %s', (e) => {
    expect(isValidEmail(e)).toBe(false);
  });
});

describe('party rules', () => {
  it('requires exactly one projektägare: none', () => {
    expectRule('parties.noOwner', (a) => (a.parties[0]!.role = 'partner'), { path: ['parties'] });
  });

  it('requires exactly one projektägare: two', () => {
    const [issue] = expectRule('parties.manyOwners', (a) => (a.parties[2]!.role = 'owner'), { path: ['parties', 2, 'role'] });
    expect(sv(issue!)).toBe('Åmåls kommun är angiven som projektägare, men det är redan Bengtsfors kommun. Ansökan ska ha exakt en projektägare.');
  });

  it('requires a kommun party', () => {
    expectRule('parties.noKommun', (a) => {
      a.parties[0]!.sector = 'annan';
      a.parties[2]!.sector = 'annan';
    });
  });

  it('requires a region party', () => {
    expectRule('parties.noRegion', (a) => (a.parties[1]!.sector = 'kommun'));
  });

  it('requires the owner and both kinds of huvudman to sign', () => {
    expectRule('parties.ownerMustSign', (a) => (a.parties[0]!.signs = false), { path: ['parties', 0, 'signs'] });
    expectRule('parties.regionMustSign', (a) => (a.parties[1]!.signs = false));
    expectRule('parties.kommunMustSign', (a) => {
      a.parties[0]!.role = 'partner';
      a.parties[1]!.role = 'owner';
      a.parties[0]!.signs = false;
      a.parties[2]!.signs = false;
    });
  });

  it('checks the organisationsnummer of every party', () => {
    const [bad] = expectRule('parties.orgNumberChecksum', (a) => (a.parties[1]!.orgNumber = '232100-0132'), { path: ['parties', 1, 'orgNumber'] });
    expect(sv(bad!)).toContain('Organisationsnumret för Västra Götalandsregionen (232100-0132) är inte giltigt');
    expectRule('parties.orgNumberFormat', (a) => (a.parties[2]!.orgNumber = '212000-147'), { path: ['parties', 2, 'orgNumber'] });
    expectRule('required', (a) => (a.parties[2]!.orgNumber = ' '), { path: ['parties', 2, 'orgNumber'] });
  });

  it('accepts the 16 prefix with or without a dash', () => {
    for (const n of ['16232100-0131', '162321000131']) {
      const issues = issuesAfter((a) => (a.parties[1]!.orgNumber = n));
      expect(issues.filter((i) => i.path.join('.') === 'parties.1.orgNumber')).toEqual([]);
    }
    expectRule('parties.orgNumberChecksum', (a) => (a.parties[1]!.orgNumber = '16232100-0132'));
  });

  it('warns when a huvudman number does not look like a municipality or region', () => {
    // 556036-0793 is a valid company number (Luhn-correct) but starts with 5.
    expectRule('parties.orgNumberSector', (a) => (a.parties[1]!.orgNumber = '556036-0793'), { severity: 'warning', path: ['parties', 1, 'orgNumber'] });
  });

  it('validates contact e-mail addresses', () => {
    const [issue] = expectRule('emailInvalid', (a) => (a.parties[0]!.contact.email = 'maria.lindqvist@bengtsfors'), {
      path: ['parties', 0, 'contact', 'email'],
    });
    expect(sv(issue!)).toBe('Parter › Bengtsfors kommun › Kontaktperson › Kontaktpersonens e-post: "maria.lindqvist@bengtsfors" är inte en giltig e-postadress.');
  });

  it('requires names for the signature page only for parties that sign', () => {
    expectRule('required', (a) => (a.parties[1]!.signatory.name = ''), { path: ['parties', 1, 'signatory', 'name'] });
    expectRule('required', (a) => (a.parties[1]!.signatory.title = ''), { path: ['parties', 1, 'signatory', 'title'] });
  });
});
