import { describe, expect, it } from 'vitest';
import { loadApplicationText, serializeApplication } from '../../../shared/model/load';
import { ApplicationSchema, contentOf, type Application } from '../../../shared/model/schema';
import { duplicateIds } from '../../../shared/model/unique-ids';
import { emptyLifecycle } from '../../../shared/model/lifecycle';
import { complete } from '../workflow/support';

const load = (app: Application) => loadApplicationText(serializeApplication(app));

describe('ids are unique within their list', () => {
  it('a file with two cost lines sharing an id is refused with a sentence naming both', () => {
    const app = complete();
    const lines = app.budget.costLines;
    expect(lines.length).toBeGreaterThan(1);
    const twin = { ...lines[1]!, id: lines[0]!.id };
    const r = load({ ...app, budget: { ...app.budget, costLines: [lines[0]!, twin, ...lines.slice(2)] } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.path).toEqual(['budget', 'costLines', 1]);
    expect(r.problems[0]!.message.sv).toBe(
      `Budget › Kostnadsrad 2: har samma id ("${lines[0]!.id}") som Budget › Kostnadsrad 1. Varje rad i en lista måste ha ett eget id; filen har ändrats utanför programmet och öppnas inte, så att inga rader blandas ihop.`,
    );
    expect(r.problems[0]!.message.en).toContain('has the same id');
  });

  it('is checked in every list of items, in the content and in the workflow snapshots', () => {
    const app = complete();
    const dup = <T extends { id: string }>(xs: T[]): T[] => (xs.length ? [...xs, { ...xs[0]! }] : xs);
    const cases: [string, Application][] = [
      ['parties', { ...app, parties: dup(app.parties) }],
      ['activities', { ...app, activities: dup(app.activities) }],
      ['logicModel', { ...app, goals: { ...app.goals, logicModel: dup(app.goals.logicModel) } }],
      ['projectGoals', { ...app, goals: { ...app.goals, projectGoals: dup(app.goals.projectGoals) } }],
      ['financingLines', { ...app, budget: { ...app.budget, financingLines: dup(app.budget.financingLines) } }],
      ['priorities', { ...app, priorities: dup(app.priorities) }],
      ['avoidedCosts', { ...app, socioEconomics: { ...app.socioEconomics, avoidedCosts: dup(app.socioEconomics.avoidedCosts) } }],
    ];
    for (const [name, broken] of cases) {
      expect(ApplicationSchema.safeParse(broken).success, name).toBe(false);
      const r = load(broken);
      expect(r.ok, name).toBe(false);
      if (!r.ok) expect(r.problems[0]!.message.sv, name).toContain('har samma id');
    }
    const snapshot = { ...contentOf(app), activities: dup(app.activities) };
    const exchange = { base: snapshot, baseAt: app.updatedAt, sentAt: '', sentByPartyId: '', sentBy: '', baseLifecycle: emptyLifecycle() };
    const r = load({ ...app, workflow: { ...app.workflow, exchange } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.path.slice(0, 4)).toEqual(['workflow', 'exchange', 'base', 'activities']);
  });

  it('finds repeats in any list of id-bearing objects, however deep, and nothing else', () => {
    expect(duplicateIds({ a: [{ id: 'x' }, { id: 'y' }], b: { c: [{ id: 'z', d: [{ id: 'q' }, { id: 'q' }] }, { id: 'z' }] }, e: ['x', 'x'] })).toEqual([
      { path: ['b', 'c', 0, 'd', 1], id: 'q', firstIndex: 0 },
      { path: ['b', 'c', 1], id: 'z', firstIndex: 0 },
    ]);
    expect(duplicateIds(complete())).toEqual([]);
  });
});
