import { indicatorsOf } from '../../workflow/report';
import type { ReportRuleInput } from '../report-context';

/**
 * Every indicator of the decided application is followed up: each measurement has its value, date and source. A
 * progress report may not have measured everything yet (a warning); the final report must have (an error).
 */
export function reportIndicatorsRules({ ctx, report, base }: ReportRuleInput): void {
  const decided = indicatorsOf(ctx.app);
  const names = new Map(decided.map((x) => [x.indicator.id, x.indicator.text.trim() || x.indicator.id]));
  const at = new Map(report.indicators.map((x, i) => [x.id, i]));
  for (const [id, name] of names)
    if (!at.has(id)) ctx.error('reportIndicators', 'indicators.missingRow', [...base, 'indicators'], { name }, id);
  report.indicators.forEach((ind, i) => {
    const p = [...base, 'indicators', i];
    const name = names.get(ind.id);
    if (name === undefined) {
      ctx.warn('reportIndicators', 'indicators.unknown', p, {}, ind.id);
      return;
    }
    if (ind.values.length === 0) ctx.add(report.kind === 'final' ? 'error' : 'warning', 'reportIndicators', 'indicators.noValue', [...p, 'values'], { name }, ind.id, true);
    ind.values.forEach((v, j) => {
      const vp = [...p, 'values', j];
      if (v.value === null) ctx.add('error', 'reportIndicators', 'indicators.valueMissing', [...vp, 'value'], {}, v.id, true);
      ctx.requireText('reportIndicators', v.date, [...vp, 'date'], v.id);
      ctx.requireText('reportIndicators', v.source, [...vp, 'source'], v.id);
      if (v.date && report.periodEnd && v.date > report.periodEnd)
        ctx.warn('reportIndicators', 'indicators.dateAfterPeriod', [...vp, 'date'], { date: v.date, end: report.periodEnd }, v.id);
    });
  });
}
