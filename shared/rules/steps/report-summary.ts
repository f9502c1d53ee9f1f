import type { ReportContext, ReportRuleInput, ReportStepId } from '../report-context';

type Period = { periodStart: string; periodEnd: string };

/** A period's dates: both given, in order, and inside the project period (ISO dates compare as strings). */
export function periodRules(ctx: ReportContext, step: ReportStepId, p: Period, at: (string | number)[], subject?: string): void {
  ctx.requireText(step, p.periodStart, [...at, 'periodStart'], subject);
  ctx.requireText(step, p.periodEnd, [...at, 'periodEnd'], subject);
  if (!p.periodStart || !p.periodEnd) return;
  const dates = { start: p.periodStart, end: p.periodEnd };
  if (p.periodEnd < p.periodStart) {
    ctx.error(step, 'period.endBeforeStart', [...at, 'periodEnd'], dates, subject);
    return;
  }
  const { startDate, endDate } = ctx.app.project;
  if (startDate && endDate && (p.periodStart < startDate || p.periodEnd > endDate))
    ctx.warn(step, 'period.outsideProject', [...at, p.periodStart < startDate ? 'periodStart' : 'periodEnd'], { ...dates, projectStart: startDate, projectEnd: endDate }, subject);
}

/** The report's period, its reporting date and its summary. */
export function reportSummaryRules({ ctx, report, base }: ReportRuleInput): void {
  if (!ctx.decision.reportingDates.some((r) => r.id === report.id)) ctx.warn('reportSummary', 'report.noReportingDate', [...base, 'period']);
  periodRules(ctx, 'reportSummary', report, base);
  ctx.requireText('reportSummary', report.summary, [...base, 'summary']);
  if (report.kind === 'final' && !report.final) ctx.error('reportSummary', 'report.finalPartMissing', [...base, 'final']);
}
