import type { Application } from '../../../shared/model/schema';
import type { Report } from '../../../shared/model/lifecycle';
import { computeSocioEconomics, socioInputsFromApplication, type SocioInputs, type SocioResult } from '../../../shared/finance/socio';

const sum = (a: readonly number[]) => a.reduce((x, y) => x + y, 0);

export type SocioBeside = {
  before: { inputs: SocioInputs; result: SocioResult };
  after: { inputs: SocioInputs; result: SocioResult };
  costBefore: number;
  costAfter: number;
};

/**
 * The estimate as the application made it, and the same calculation (the same unit costs, horizon and rate) with
 * the outcomes in place of the assumptions: people reached, the success rate achieved, and the costs as they fell,
 * each actor's share of a year scaled by how that year's outcome compares with its budget.
 */
export function socioBeside(app: Application, report: Report): SocioBeside {
  const before = socioInputsFromApplication(app);
  const byId = new Map(report.outcomes.map((o) => [o.id, o.amounts]));
  const years = before.investmentByYear.length;
  const budgetByYear = Array.from({ length: years }, (_, y) => sum(app.budget.costLines.map((l) => l.amounts[y] ?? 0)));
  const outcomeByYear = Array.from({ length: years }, (_, y) => sum(app.budget.costLines.map((l) => byId.get(l.id)?.[y] ?? 0)));
  const factor = budgetByYear.map((b, y) => (b > 0 ? outcomeByYear[y]! / b : 0));
  const scale = (a: readonly number[] | undefined) => (a ?? []).map((v, y) => Math.round(v * (factor[y] ?? 0)));
  const byActor = Object.fromEntries(Object.entries(before.investmentByActor).map(([k, v]) => [k, scale(v)]));
  const socio = report.final?.socio;
  const after: SocioInputs = {
    ...before,
    investmentByYear: byActorTotals(byActor, years),
    investmentByActor: byActor,
    peopleReached: socio?.peopleReached ?? before.peopleReached,
    effect: socio?.effect ?? null,
  };
  return {
    before: { inputs: before, result: computeSocioEconomics(before) },
    after: { inputs: after, result: computeSocioEconomics(after) },
    costBefore: sum(budgetByYear),
    costAfter: sum(outcomeByYear),
  };
}

function byActorTotals(byActor: Record<string, number[]>, years: number): number[] {
  return Array.from({ length: years }, (_, y) => sum(Object.values(byActor).map((a) => a[y] ?? 0)));
}
