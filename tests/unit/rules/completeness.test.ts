import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadApplicationText } from '../../../shared/model/load';
import { STEP_IDS } from '../../../shared/model/steps';
import { DEFAULT_PROGRAMME } from '../../../shared/program';
import { completeness, validate } from '../../../shared/rules';
import { COMPLETE_IDS } from '../../fixtures/build/ids';
import { completeApp, FIXTURES } from './helpers';

const of = (mutate: (a: ReturnType<typeof completeApp>) => void) => {
  const app = completeApp();
  mutate(app);
  return completeness(app, DEFAULT_PROGRAMME);
};

describe('completeness', () => {
  it('is 100 % everywhere for the complete application', () => {
    const c = completeness(completeApp(), DEFAULT_PROGRAMME);
    expect(c.overall).toBe(100);
    for (const s of STEP_IDS) expect(c.steps[s], s).toBe(100);
    expect(Object.values(c.parties)).toEqual([100, 100, 100]);
  });

  it('is 0 % for a new, empty application', () => {
    const r = loadApplicationText(readFileSync(join(FIXTURES, 'minimal.simansokan'), 'utf8'));
    if (!r.ok) throw new Error('minimal fixture does not load');
    const c = completeness(r.application, DEFAULT_PROGRAMME);
    expect(c.overall).toBe(0);
    expect(Object.values(c.parties)).toEqual([0, 0]);
  });

  it('gives whole numbers from 0 to 100, and review equals overall', () => {
    const c = of((a) => {
      a.needs.causes = '';
      a.activities[0]!.endDate = '';
    });
    for (const v of [...Object.values(c.steps), ...Object.values(c.parties), c.overall]) {
      expect(Number.isInteger(v)).toBe(true);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(100);
    }
    expect(c.steps.review).toBe(c.overall);
    expect(c.steps.needs).toBe(88); // 7 of 8
    expect(c.overall).toBeLessThan(100);
  });

  it('keeps a step below 100 % while it has an error, even when every field is filled', () => {
    const c = of((a) => (a.budget.financingLines[0]!.amounts[0]! += 1));
    expect(c.steps.budget).toBeLessThan(100);
    expect(c.steps.budget).toBeGreaterThan(90);
    expect(c.overall).toBeLessThan(100);
  });

  it('counts a filled but invalid field as not done', () => {
    const c = of((a) => (a.parties[1]!.orgNumber = '232100-0132'));
    expect(c.steps.parties).toBeLessThan(100);
    expect(c.parties[COMPLETE_IDS.region]).toBeLessThan(100);
    expect(c.parties[COMPLETE_IDS.owner]).toBe(100);
  });

  it("attributes activities, contributions and budget lines to their party", () => {
    const { owner, region, partnerKommun } = COMPLETE_IDS;
    // Activity 4 is Närhälsan's; its end date is one of the region's own parts.
    expect(of((a) => (a.activities[3]!.endDate = '')).parties[region]).toBeLessThan(100);
    expect(of((a) => (a.activities[3]!.endDate = '')).parties[owner]).toBe(100);
    expect(of((a) => (a.collaboration.contributions[2]!.text = '')).parties[partnerKommun]).toBeLessThan(100);
    const noCost = of((a) => (a.budget.costLines[10]!.description = ''));
    expect(noCost.parties[partnerKommun]).toBeLessThan(100);
    expect(noCost.parties[region]).toBe(100);
    const noFinancing = of((a) => {
      a.budget.financingLines = a.budget.financingLines.filter((l) => l.partyId !== partnerKommun);
    });
    expect(noFinancing.parties[partnerKommun]).toBeLessThan(100);
  });

  it('accepts precomputed issues and gives the same answer', () => {
    const app = completeApp();
    app.needs.extent = '';
    expect(completeness(app, DEFAULT_PROGRAMME, validate(app, DEFAULT_PROGRAMME))).toEqual(completeness(app, DEFAULT_PROGRAMME));
  });
});
