import { formatKronor, formatNumber } from '../../finance/money';
import { budgetOutcome, needsExplanation } from '../../finance/outcome';
import type { ReportRuleInput } from '../report-context';

/**
 * The outcome of every cost line of the decided budget; a line that deviates much from its budget to date
 * (finance/outcome.ts: needsExplanation) needs a deviation about it, or about the costs as a whole, with an action.
 */
export function reportCostsRules({ ctx, report, base }: ReportRuleInput): void {
  const outcome = budgetOutcome(ctx.app, report);
  const years = Math.max(outcome.years, 1);
  const index = new Map(report.outcomes.map((o, i) => [o.id, i]));
  const explained = new Set(report.deviations.filter((d) => d.subject === 'cost').map((d) => d.subjectId));
  ctx.app.budget.costLines.forEach((line, li) => {
    const name = line.description.trim() || `${li + 1}`;
    const i = index.get(line.id);
    const lo = outcome.lines[li]!;
    if (i === undefined || !lo.reported) {
      ctx.add('error', 'reportCosts', 'costs.missingLine', i === undefined ? [...base, 'outcomes'] : [...base, 'outcomes', i, 'amounts'], { name }, line.id, true);
      return;
    }
    if (needsExplanation(lo.total) && !explained.has(line.id) && !explained.has(''))
      ctx.error(
        'reportCosts',
        'costs.needsDeviation',
        [...base, 'outcomes', i, 'amounts'],
        { name, deviation: formatKronor(lo.total.deviation), percent: lo.total.deviationPercent === null ? '–' : `${formatNumber(lo.total.deviationPercent, 0)} %` },
        line.id,
      );
  });
  const known = new Set(ctx.app.budget.costLines.map((l) => l.id));
  report.outcomes.forEach((o, i) => {
    if (!known.has(o.id)) ctx.warn('reportCosts', 'costs.unknown', [...base, 'outcomes', i], {}, o.id);
    else if (o.amounts.length > years && o.amounts.slice(years).some((a) => a > 0))
      ctx.error('reportCosts', 'costs.beyondYears', [...base, 'outcomes', i, 'amounts'], { years: o.amounts.length }, o.id);
  });
}
