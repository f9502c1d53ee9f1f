import { hasSocioEconomicInputs } from '../../finance/socio';
import type { BudgetTotals } from '../../finance/totals';
import { needsValuation, valuationMismatches, valuationAmount } from '../../finance/valuation';
import { isBlank } from '../checks';
import type { RuleContext } from '../context';

/** Staff time must say how it is valued, and its amounts must be what the valuation gives. */
export function valuationRules(ctx: RuleContext): void {
  ctx.app.budget.costLines.forEach((line, i) => {
    const base = ['budget', 'costLines', i, 'valuation'] as const;
    const v = line.valuation;
    if (!v) {
      if (needsValuation(line)) ctx.error('budget.valuationMissing', base, {}, line.id);
      return;
    }
    if (v.rate === 0) ctx.error('required', [...base, 'rate'], {}, line.id);
    if (!v.quantities.some((q) => q > 0)) ctx.error('required', [...base, 'quantities'], {}, line.id);
    for (const y of valuationMismatches(line))
      ctx.error('budget.valuationMismatch', ['budget', 'costLines', i, 'amounts', y], { year: y + 1, amountKr: line.amounts[y] ?? 0, computedKr: valuationAmount(v, y) }, line.id);
  });
}

/**
 * Per party and year: the SIM money that pays its costs stays within its cash costs, and its staff time as
 * financing equals its staff time as cost (DOMAIN.md: budget).
 */
export function partyShareRules(ctx: RuleContext, t: BudgetTotals): void {
  ctx.app.budget.financingLines.forEach((line, i) => {
    if (line.source !== 'sim') return;
    const path = ['budget', 'financingLines', i, 'partyId'] as const;
    if (line.partyId === '') ctx.error('budget.simParty', path, {}, line.id);
    else if (!ctx.partyIndex.has(line.partyId)) ctx.error('unknownParty', path, {}, line.id);
  });
  ctx.app.parties.forEach((party, i) => {
    const cost = t.costByParty[party.id];
    const fin = t.parties[party.id];
    const sim = t.simByParty[party.id];
    if (!cost || !fin || !sim) return;
    for (let y = 0; y < t.years; y++) {
      const simKr = sim[y] ?? 0;
      const cashKr = cost.cash[y] ?? 0;
      if (simKr > cashKr)
        ctx.error('budget.simExceedsCosts', ['budget', 'financingLines'], { ...ctx.partyParams(party, i), year: y + 1, simKr, costsKr: cashKr }, `${party.id}.y${y + 1}`);
      const financingKr = fin.inKind[y] ?? 0;
      const costsKr = cost.inKind[y] ?? 0;
      if (financingKr !== costsKr)
        ctx.error('budget.inKindMismatch', ['budget', 'financingLines'], { ...ctx.partyParams(party, i), year: y + 1, financingKr, costsKr }, `${party.id}.y${y + 1}`);
    }
  });
}

const RANGES = [
  { value: 'baselineRisk', low: 'baselineRiskLow', high: 'baselineRiskHigh' },
  { value: 'effect', low: 'effectLow', high: 'effectHigh' },
] as const;

/** Once the calculation is begun: a source for the risk and the effect, one price base year, and low/high values. */
export function socioPlanRules(ctx: RuleContext): void {
  const se = ctx.app.socioEconomics;
  if (!hasSocioEconomicInputs(ctx.app)) return;
  if (isBlank(se.baselineRiskSource)) ctx.error('socioEconomics.sourceMissing', ['socioEconomics', 'baselineRiskSource']);
  if (isBlank(se.effectSource)) ctx.error('socioEconomics.sourceMissing', ['socioEconomics', 'effectSource']);
  if (se.priceBaseYear === null) ctx.error('socioEconomics.priceBaseYear', ['socioEconomics', 'priceBaseYear']);
  for (const r of RANGES) {
    const value = se[r.value];
    const low = se[r.low];
    const high = se[r.high];
    if (low === null) ctx.warn('socioEconomics.rangeMissing', ['socioEconomics', r.low]);
    if (high === null) ctx.warn('socioEconomics.rangeMissing', ['socioEconomics', r.high]);
    if (low !== null && high !== null && value !== null && !(low <= value && value <= high))
      ctx.error('socioEconomics.rangeOrder', ['socioEconomics', r.low], { low, high, value });
  }
}
