import { indicatorsOf } from '../../workflow/report';
import type { ReportRuleInput } from '../report-context';

/** Every deviation is explained and has an action, and is about something the decided application has. */
export function reportDeviationsRules({ ctx, report, base }: ReportRuleInput): void {
  let ids: Record<string, Set<string>> | null = null;
  const known = () =>
    (ids ??= {
      indicator: new Set(indicatorsOf(ctx.app).map((x) => x.indicator.id)),
      activity: new Set(ctx.app.activities.map((a) => a.id)),
      cost: new Set(ctx.app.budget.costLines.map((l) => l.id)),
      party: new Set(ctx.app.parties.map((p) => p.id)),
    });
  report.deviations.forEach((d, i) => {
    const p = [...base, 'deviations', i];
    ctx.requireText('reportDeviations', d.explanation, [...p, 'explanation'], d.id);
    ctx.requireText('reportDeviations', d.action, [...p, 'action'], d.id);
    const set = known()[d.subject];
    if (set && d.subjectId !== '' && !set.has(d.subjectId)) ctx.warn('reportDeviations', 'deviations.unknownSubject', [...p, 'subjectId'], {}, d.id);
  });
}
