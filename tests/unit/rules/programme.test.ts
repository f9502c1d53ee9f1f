import { describe, expect, it } from 'vitest';
import { DEFAULT_PROGRAMME } from '../../../shared/program';
import { ProgrammeSchema } from '../../../shared/program/schema';
import { hasErrors, validate } from '../../../shared/rules';
import { TEST_PROGRAMME } from '../../fixtures/programme-test';
import { completeApp, sv, withMessage } from './helpers';

/** The same application judged by two programmes: every programme-specific rule reads the programme. */
describe('a second programme changes the verdicts', () => {
  const app = completeApp();
  const vgr = validate(app, DEFAULT_PROGRAMME);
  const other = validate(app, TEST_PROGRAMME);

  it('is a valid programme definition', () => {
    expect(ProgrammeSchema.safeParse(TEST_PROGRAMME).success).toBe(true);
  });

  it('passes under VGR and fails under the test programme', () => {
    expect(hasErrors(vgr)).toBe(false);
    expect(hasErrors(other)).toBe(true);
  });

  it('applies the age range 6–18', () => {
    const [issue, ...rest] = withMessage(other, 'targetGroup.ageOutside');
    expect(rest).toEqual([]);
    expect(sv(issue!)).toBe('Målgrupp › Lägsta ålder (0 år) ligger utanför programmets målgrupp, 6–18 år.');
    const older = completeApp();
    older.targetGroup.ageMin = 6;
    older.targetGroup.ageMax = 18;
    expect(withMessage(validate(older, TEST_PROGRAMME), 'targetGroup.ageOutside')).toEqual([]);
    expect(withMessage(validate(older, DEFAULT_PROGRAMME), 'targetGroup.ageOutside')).toHaveLength(1);
  });

  it('applies the 24-month limit', () => {
    const [issue] = withMessage(other, 'project.tooLong');
    expect(sv(issue!)).toBe('Projektet pågår i 36 månader, men programmet tillåter högst 24 månader.');
  });

  it('applies the 50 % cap on the fund share', () => {
    const [issue] = withMessage(other, 'budget.fundShareCap');
    expect(sv(issue!)).toBe('De sökta medlen är 61,2 % av kostnaderna, men programmet tillåter högst 50 %.');
  });

  it('allows exactly the cap', () => {
    const capped = completeApp();
    // Make SIM exactly half of the costs, year by year: each party's cash pays its own costs, then SIM half the
    // total, all of it toward the owner's costs (which are large enough), taken off the owner's cash.
    const costs = [0, 1, 2].map((y) => capped.budget.costLines.reduce((s, l) => s + l.amounts[y]!, 0));
    const lines = capped.budget.financingLines;
    const cashOf = (partyId: string) => lines.find((l) => l.source === 'party' && l.kind === 'cash' && l.partyId === partyId)!;
    const sim = lines[0]!;
    const ownerCash = cashOf(sim.partyId);
    for (let y = 0; y < 3; y++) {
      for (const l of lines.filter((x) => x.source === 'sim')) {
        cashOf(l.partyId).amounts[y]! += l.amounts[y]!;
        l.amounts[y] = 0;
      }
      const half = costs[y]! / 2;
      ownerCash.amounts[y]! -= half;
      sim.amounts[y] = half;
    }
    const issues = validate(capped, TEST_PROGRAMME);
    expect(withMessage(issues, 'budget.unbalanced')).toEqual([]);
    expect(withMessage(issues, 'budget.fundShareCap')).toEqual([]);
  });

  it("applies the test programme's summary limit, mandatory article and required texts", () => {
    expect(withMessage(other, 'textTooLong').map((i) => i.path)).toEqual([['project', 'summary']]);
    expect(withMessage(other, 'childRights.articleMissing').map((i) => i.params.article)).toEqual([31]);
    expect(withMessage(vgr, 'textTooLong')).toEqual([]);
    expect(withMessage(vgr, 'childRights.articleMissing')).toEqual([]);
  });
});
