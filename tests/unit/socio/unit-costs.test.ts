import { describe, expect, it } from 'vitest';
import { AvoidedCostSchema } from '../../../shared/model';
import { RISK_REFERENCES, UNIT_COSTS, avoidedCostFromUnitCost, findUnitCost } from '../../../shared/program/unit-costs';
import { calculateSocioEconomics } from '../../../shared/finance/socio';
import { workedExample } from './example';

describe('unit-cost library', () => {
  it('holds the reference figures of DOMAIN.md, each with a source and year', () => {
    const amounts = Object.fromEntries(UNIT_COSTS.map((u) => [u.id, u.amount]));
    expect(amounts).toMatchObject({
      'preschool-place': 163_000,
      'extra-year-compulsory-school': 123_500,
      'extra-year-upper-secondary': 129_300,
      'bbic-investigation': 30_561,
      'psychologist-assessment': 12_397,
      'preschool-place-psynk': 96_000,
      'collaboration-meeting-hour': 2_640,
      'interpreter-hour': 255,
      'outside-work-study-adult-life': 12_500_000,
    });
    for (const u of UNIT_COSTS) {
      expect(u.source.length).toBeGreaterThan(0);
      expect(u.sourceYear).toBeGreaterThan(2000);
      expect(u.label.sv).not.toBe(u.label.en);
    }
    expect(new Set(UNIT_COSTS.map((u) => u.id)).size).toBe(UNIT_COSTS.length);
    expect(RISK_REFERENCES[0]!.percent).toBe(12);
  });

  it('spreads the lifetime society-wide figure over its years instead of counting it every year', () => {
    const entry = findUnitCost('outside-work-study-adult-life')!;
    expect(entry.societyWide).toBe(true);
    const c = avoidedCostFromUnitCost(entry, 'sv');
    // 12 500 000 kr over 45 adult years (20–65) = 277 777,8 → 277 778 kr a year for 45 years.
    expect(c).toMatchObject({ amountPerYear: 277_778, durationYears: 45, actor: 'annan', libraryId: entry.id, sourceYear: 2013 });
    expect(c.amountPerYear * c.durationYears).toBeLessThan(12_500_100);
    // A 10-year-old's adult life starts about ten years after the project: the delay is kept.
    expect(avoidedCostFromUnitCost(entry, 'sv', { delayYears: 9 }).delayYears).toBe(9);
    expect(() => AvoidedCostSchema.parse({ ...c, id: 'x' })).not.toThrow();
  });

  it('turns hourly rates into an amount per year and one-off costs into a single year', () => {
    const meeting = avoidedCostFromUnitCost(findUnitCost('collaboration-meeting-hour')!, 'sv', { hoursPerYear: 12 });
    expect(meeting).toMatchObject({ amountPerYear: 31_680, durationYears: 1 });
    expect(meeting.label).toBe('Samverkansmöte, per timme, 12 timmar per år');
    const bbic = avoidedCostFromUnitCost(findUnitCost('bbic-investigation')!, 'en', { durationYears: 7 });
    expect(bbic).toMatchObject({ amountPerYear: 30_561, durationYears: 1, label: 'Child welfare investigation (BBIC)' });
  });

  it('a picked cost is saved in the application with its source and enters the calculation', () => {
    const app = workedExample();
    const picked = avoidedCostFromUnitCost(findUnitCost('preschool-place')!, 'sv', { durationYears: 2 });
    app.socioEconomics.avoidedCosts = [{ ...picked, id: 'p1' }];
    const r = calculateSocioEconomics(app);
    // 40 successes × 163 000 × 2 years = 13 040 000 (all inside the 8-year horizon).
    expect(r.avoided.byActor.kommun.total).toBe(13_040_000);
    expect(app.socioEconomics.avoidedCosts[0]).toMatchObject({ source: 'SCB, kostnad per elev, förskola', sourceYear: 2021, libraryId: 'preschool-place' });
  });
});
