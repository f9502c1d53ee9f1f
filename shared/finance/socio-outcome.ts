import type { Report } from '../model/lifecycle';
import type { Application } from '../model/schema';
import { calculateSocioEconomics, hasSocioEconomicInputs, type SocioResult } from './socio';

/**
 * The socio-economic estimate recomputed with the outcomes beside the original: the same calculation
 * (shared/finance/socio.ts) run on the application with the assumptions replaced by what happened — the cost lines'
 * outcome in place of their budget (the investment), the people reached and the success rate of the final report.
 * An outcome not yet given keeps the original assumption, and `replaced` says which were replaced.
 */
export type SocioOutcomeComparison = {
  original: SocioResult;
  outcome: SocioResult;
  replaced: { costs: boolean; peopleReached: boolean; effect: boolean };
};

export function socioWithOutcomes(app: Application, report: Report): SocioOutcomeComparison | null {
  if (!hasSocioEconomicInputs(app)) return null;
  const outcomeOf = new Map(report.outcomes.filter((o) => o.amounts.length > 0).map((o) => [o.id, o.amounts]));
  const socio = report.final?.socio;
  const reached = socio?.peopleReached.some((p) => p > 0) ?? false;
  const effect = socio?.effect ?? null;
  const replaced = { costs: outcomeOf.size > 0, peopleReached: reached, effect: effect !== null };
  const asHappened: Application = {
    ...app,
    budget: { ...app.budget, costLines: app.budget.costLines.map((l) => (outcomeOf.has(l.id) ? { ...l, amounts: outcomeOf.get(l.id)! } : l)) },
    socioEconomics: {
      ...app.socioEconomics,
      peopleReached: reached ? socio!.peopleReached : app.socioEconomics.peopleReached,
      effect: effect ?? app.socioEconomics.effect,
    },
  };
  return { original: calculateSocioEconomics(app), outcome: calculateSocioEconomics(asHappened), replaced };
}
