import { reportRuleStrings } from '../report-strings';
import type { ReportRuleInput } from '../report-context';

/** Every planned activity has a status; a moved one its new dates; a moved or dropped one an explained deviation. */
export function reportActivitiesRules({ ctx, report, base }: ReportRuleInput): void {
  const names = new Map(ctx.app.activities.map((a) => [a.id, a.name.trim() || a.id]));
  const starts = new Map(ctx.app.activities.map((a) => [a.id, a.startDate]));
  const present = new Set(report.activities.map((a) => a.id));
  for (const [id, name] of names) if (!present.has(id)) ctx.error('reportActivities', 'activities.missingRow', [...base, 'activities'], { name }, id);
  const explained = new Set(report.deviations.filter((d) => d.subject === 'activity').map((d) => d.subjectId));
  const lang = ctx.app.language;
  report.activities.forEach((a, i) => {
    const p = [...base, 'activities', i];
    const name = names.get(a.id);
    if (name === undefined) {
      ctx.warn('reportActivities', 'activities.unknown', p, {}, a.id);
      return;
    }
    // An activity planned to start after the period has nothing to report yet.
    const notYet = report.periodEnd !== '' && (starts.get(a.id) ?? '') > report.periodEnd;
    if (a.status === '' && !notYet) ctx.add('error', 'reportActivities', 'activities.noStatus', [...p, 'status'], { name }, a.id, true);
    if (a.status === 'moved') {
      if (!a.newStart || !a.newEnd) ctx.add('error', 'reportActivities', 'activities.movedDates', [...p, a.newStart ? 'newEnd' : 'newStart'], { name }, a.id, true);
      else if (a.newEnd < a.newStart) ctx.error('reportActivities', 'activities.newEndBeforeStart', [...p, 'newEnd'], { start: a.newStart, end: a.newEnd }, a.id);
    }
    if ((a.status === 'moved' || a.status === 'dropped') && !explained.has(a.id))
      ctx.error('reportActivities', 'activities.needsDeviation', [...p, 'status'], { name, status: reportRuleStrings.t(lang, `activities.status.${a.status}`) }, a.id);
  });
}
