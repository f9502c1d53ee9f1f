import { hasSocioEconomicInputs } from '../../finance/socio';
import { largestAvoidedCost, SOCIO_MAX_KRONOR } from '../../finance/socio/bounds';
import { budgetYearCount } from '../../finance/totals';
import { isBlank } from '../checks';
import type { RuleContext } from '../context';

export function socioEconomicsRules(ctx: RuleContext): void {
  socioPlanRules(ctx);
  ctx.app.socioEconomics.avoidedCosts.forEach((c, i) => {
    if (isBlank(c.source)) ctx.warn('socioEconomics.noSource', ['socioEconomics', 'avoidedCosts', i, 'source'], { label: c.label.trim() }, c.id);
  });
  const largest = largestAvoidedCost({ ...ctx.app.socioEconomics, budgetYears: budgetYearCount(ctx.app) });
  if (largest > SOCIO_MAX_KRONOR) {
    ctx.error('socioEconomics.outOfRange', ['socioEconomics', 'avoidedCosts'], { avoidedKr: Math.round(largest), maxKr: SOCIO_MAX_KRONOR });
  }
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
