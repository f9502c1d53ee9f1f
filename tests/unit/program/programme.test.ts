import { describe, expect, it } from 'vitest';
import { DEFAULT_PROGRAMME, getProgramme, PROGRAMMES } from '../../../shared/program';
import { allMunicipalities, allPriorities, findPriority, ProgrammeSchema, subRegionOf } from '../../../shared/program/schema';
import { STEP_IDS } from '../../../shared/model/steps';
import { newApplication } from '../../../shared/model/new';
import { VGR_SIM_2022_2024 } from '../../../shared/program/vgr-sim-2022-2024';
import { TEST_PROGRAMME } from '../../fixtures/programme-test';

describe('the VGR SIM 2022–2024 programme', () => {
  const p = DEFAULT_PROGRAMME;

  it('is the default and is found by id', () => {
    expect(p.id).toBe('vgr-sim-2022-2024');
    expect(getProgramme('vgr-sim-2022-2024')).toBe(p);
    expect(getProgramme('unknown')).toBeUndefined();
    expect(PROGRAMMES).toContain(p);
  });

  it('has the four inriktningar and six priorities with unique ids, titled in both languages', () => {
    expect(p.themes.map((t) => t.id)).toEqual(['ph', 'fr', 'ls', 'mf']);
    const ids = allPriorities(p).map((x) => x.id);
    expect(ids).toEqual(['ph-1', 'ph-2', 'fr-1', 'ls-1', 'mf-1', 'mf-2']);
    for (const pr of allPriorities(p)) {
      expect(pr.title.sv && pr.title.en && pr.description.sv && pr.description.en).toBeTruthy();
    }
    expect(findPriority(p, 'fr-1')?.themeId).toBe('fr');
  });

  it('targets ages 0–15, runs at most 36 months and has no fund-share cap', () => {
    expect(p.ageRange).toEqual({ min: 0, max: 15 });
    expect(p.maxDurationMonths).toBe(36);
    expect(p.fundShareCapPercent).toBeNull();
    expect(p.mandatoryArticles).toEqual([2, 3, 6, 12]);
  });

  it('lists the 49 municipalities in four sub-regions', () => {
    const all = allMunicipalities(p);
    expect(all).toHaveLength(49);
    expect(new Set(all.map((m) => m.name)).size).toBe(49);
    expect(p.subRegions.map((r) => [r.name, r.municipalities.length])).toEqual([
      ['Fyrbodal', 14],
      ['Skaraborg', 15],
      ['Sjuhärad', 8],
      ['Göteborgsregionen', 12],
    ]);
    expect(subRegionOf(p, 'Bengtsfors')).toBe('Fyrbodal');
    expect(subRegionOf(p, 'Jönköping')).toBeNull();
  });

  it('has help for every wizard step in both languages', () => {
    for (const s of STEP_IDS) expect(p.help[s]?.sv && p.help[s]?.en, s).toBeTruthy();
  });

  it('names only real application text fields as required or limited', () => {
    // Every dotted path must be a text field of an application, or the rule would silently never fire.
    const app = newApplication(p) as unknown as Record<string, unknown>;
    expect(p.requiredTexts.length).toBeGreaterThan(10);
    for (const dotted of [...p.requiredTexts, ...Object.keys(p.textLimits)]) {
      const value = dotted.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)?.[k], app);
      expect(typeof value, dotted).toBe('string');
    }
  });
});

describe('the programme schema', () => {
  it('holds for every programme shipped (the app does not check them as it starts)', () => {
    for (const programme of PROGRAMMES) expect(ProgrammeSchema.parse(programme)).toEqual(programme);
  });

  it('refuses an age range upside down and a mandatory article that is not listed', () => {
    expect(ProgrammeSchema.safeParse({ ...VGR_SIM_2022_2024, ageRange: { min: 16, max: 15 } }).success).toBe(false);
    expect(ProgrammeSchema.safeParse({ ...VGR_SIM_2022_2024, mandatoryArticles: [2, 42] }).success).toBe(false);
  });

  it('accepts the second, test-only programme with its different settings', () => {
    expect(TEST_PROGRAMME.ageRange).toEqual({ min: 6, max: 18 });
    expect(TEST_PROGRAMME.fundShareCapPercent).toBe(50);
    expect(TEST_PROGRAMME.maxDurationMonths).toBe(24);
    expect(TEST_PROGRAMME.textLimits['project.summary']).toBe(800);
  });
});
