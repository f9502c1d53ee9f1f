import { describe, expect, it } from 'vitest';
import { budgetOutcome, grantedAgainstSought, needsExplanation, yearShares } from '../../../shared/finance/outcome';
import { socioWithOutcomes } from '../../../shared/finance/socio-outcome';
import { calculateSocioEconomics } from '../../../shared/finance/socio';
import type { Application, CostLine } from '../../../shared/model/schema';
import { emptyLifecycle, type Report } from '../../../shared/model/lifecycle';
import { newApplication } from '../../../shared/model/new';
import { DEFAULT_PROGRAMME } from '../../../shared/program';
import { followup, FOLLOWUP_IDS, reportOf } from './support';

const line = (id: string, partyId: string, category: CostLine['category'], kind: CostLine['kind'], amounts: number[]): CostLine => ({ id, category, description: id, partyId, kind, amounts, valuation: null });

/** Two project years from 2025-01-01; the municipality's cash staff and the region's in-kind time. */
function small(): Application {
  const app = newApplication(DEFAULT_PROGRAMME, new Date('2024-10-01T00:00:00Z'));
  const [k, r] = app.parties;
  return {
    ...app,
    project: { ...app.project, startDate: '2025-01-01', endDate: '2026-12-31' },
    budget: {
      ...app.budget,
      costLines: [line('a', k!.id, 'personnel', 'cash', [400_000, 400_000]), line('b', r!.id, 'personnel', 'inKind', [200_000, 100_000]), line('c', k!.id, 'travel', 'cash', [10_000, 0])],
      financingLines: [{ id: 'f', source: 'sim', partyId: k!.id, kind: 'cash', description: '', amounts: [300_000, 250_000] }],
    },
    lifecycle: emptyLifecycle(),
  };
}
const report = (periodEnd: string, outcomes: Report['outcomes']): Pick<Report, 'outcomes' | 'periodEnd'> => ({ periodEnd, outcomes });

describe('budget against outcome', () => {
  it('compares the outcome with the budget up to the period end, per year × party × category × kind', () => {
    const app = small();
    const [k, r] = app.parties;
    // 2025-06-30 is day 181 of 365 in project year 1.
    expect(yearShares(app, '2025-06-30', 2)).toEqual([181 / 365, 0]);
    const o = budgetOutcome(app, report('2025-06-30', [{ id: 'a', amounts: [150_000] }, { id: 'b', amounts: [110_000] }, { id: 'c', amounts: [0] }]));
    const toDateA = Math.round((400_000 * 181) / 365);
    expect(o.lines[0]!.total).toEqual({ budget: 800_000, budgetToDate: toDateA, outcome: 150_000, deviation: 150_000 - toDateA, deviationPercent: ((150_000 - toDateA) / toDateA) * 100 });
    expect(o.byKind.inKind.outcome).toBe(110_000);
    expect(o.byKind.inKind.budget).toBe(300_000);
    expect(o.byParty[k!.id]!.outcome).toBe(150_000);
    expect(o.byParty[r!.id]!.budgetToDate).toBe(Math.round((200_000 * 181) / 365));
    expect(o.byCategory.travel.budget).toBe(10_000);
    expect(o.rows.map((x) => [x.year, x.partyId === k!.id ? 'k' : 'r', x.category, x.kind])).toEqual([
      [0, 'k', 'personnel', 'cash'],
      [0, 'k', 'travel', 'cash'],
      [0, 'r', 'personnel', 'inKind'],
      [1, 'k', 'personnel', 'cash'],
      [1, 'r', 'personnel', 'inKind'],
    ]);
    expect(o.total.outcome).toBe(260_000);
    expect(o.byYear[1]).toEqual({ budget: 500_000, budgetToDate: 0, outcome: 0, deviation: 0, deviationPercent: null });
  });

  it('after the project every year counts in full; nothing budgeted to date gives no percentage', () => {
    const app = small();
    const o = budgetOutcome(app, report('2026-12-31', [{ id: 'a', amounts: [400_000, 460_000] }, { id: 'b', amounts: [200_000, 100_000] }, { id: 'c', amounts: [0, 5_000] }]));
    expect(o.yearShare).toEqual([1, 1]);
    expect(o.total.deviation).toBe(55_000);
    expect(o.lines[2]!.byYear[1]).toEqual({ budget: 0, budgetToDate: 0, outcome: 5_000, deviation: 5_000, deviationPercent: null });
    expect(needsExplanation(o.lines[0]!.byYear[1]!)).toBe(false); // 60 000 kr, 15 %: not more than 15 %
    expect(needsExplanation({ ...o.lines[0]!.byYear[1]!, outcome: 461_000, deviation: 61_000, deviationPercent: 15.25 })).toBe(true);
    expect(needsExplanation(o.lines[2]!.byYear[1]!)).toBe(false); // under 10 000 kr
  });

  it('an outcome for a line the budget does not have is named, not counted', () => {
    const o = budgetOutcome(small(), report('2026-12-31', [{ id: 'zz', amounts: [1_000_000] }]));
    expect(o.unknownLines).toEqual(['zz']);
    expect(o.total.outcome).toBe(0);
    expect(o.lines.every((l) => !l.reported)).toBe(true);
  });

  it('in the fixture: granted against sought per year, year 3 granted 90 %', () => {
    const g = grantedAgainstSought(followup());
    expect(g.years.map((y) => y.difference)).toEqual([0, 0, -127_000]);
    expect(g.granted).toBe(g.sought - 127_000);
  });

  it('the socio-economic estimate is recomputed with the outcomes through the same calculation, beside the original', () => {
    const app = followup();
    const final = reportOf(app, FOLLOWUP_IDS.final);
    const s = socioWithOutcomes(app, final)!;
    expect(s.original).toEqual(calculateSocioEconomics(app));
    expect(s.replaced).toEqual({ costs: true, peopleReached: true, effect: false });
    const asBudgeted: Report = { ...final, outcomes: app.budget.costLines.map((l) => ({ id: l.id, amounts: l.amounts })), final: { ...final.final!, socio: { ...final.final!.socio, peopleReached: app.socioEconomics.peopleReached, effect: app.socioEconomics.effect } } };
    expect(socioWithOutcomes(app, asBudgeted)!.outcome).toEqual(s.original);
    const better: Report = { ...asBudgeted, final: { ...asBudgeted.final!, socio: { ...asBudgeted.final!.socio, effect: app.socioEconomics.effect! * 2 } } };
    const b = socioWithOutcomes(app, better)!;
    expect(b.outcome.avoided.total).toBeGreaterThan(s.original.avoided.total);
    expect(b.outcome.investment.total).toBe(s.original.investment.total);
    expect(s.outcome.investment.total).toBeLessThan(s.original.investment.total);
  });
});
