import { formatKronor } from '../../finance/money';
import { grantedAgainstSought } from '../../finance/outcome';
import type { ReportContext } from '../report-context';
import { periodRules } from './report-summary';

/** The decision step: what the funder decided, and when it wants the reports. */
export function decisionRules(ctx: ReportContext): void {
  const d = ctx.decision;
  const base = ['lifecycle', 'decision'];
  ctx.requireText('decision', d.date, [...base, 'date']);
  ctx.requireText('decision', d.diarienummer, [...base, 'diarienummer']);
  ctx.requireText('decision', d.funder, [...base, 'funder'], undefined, 'warning');
  const g = grantedAgainstSought(ctx.app);
  if (g.granted === 0) ctx.add('error', 'decision', 'decision.noGranted', [...base, 'grantedPerYear'], {}, undefined, true);
  else if (g.granted > g.sought && g.sought > 0)
    ctx.warn('decision', 'decision.grantedMoreThanSought', [...base, 'grantedPerYear'], { granted: formatKronor(g.granted), sought: formatKronor(g.sought) });
  const dates = d.reportingDates;
  if (dates.length === 0) {
    ctx.add('error', 'decision', 'decision.noReportingDates', [...base, 'reportingDates'], {}, undefined, true);
    return;
  }
  const finals = dates.filter((r) => r.kind === 'final').length;
  if (finals === 0) ctx.add('error', 'decision', 'decision.noFinal', [...base, 'reportingDates'], {}, undefined, true);
  if (finals > 1) ctx.error('decision', 'decision.severalFinal', [...base, 'reportingDates']);
  const seen = new Set<string>();
  dates.forEach((r, i) => {
    const at = [...base, 'reportingDates', i];
    const key = `${r.kind}|${r.period}`;
    if (seen.has(key)) ctx.error('decision', 'decision.samePeriod', [...at, 'period'], { period: r.period }, r.id);
    seen.add(key);
    ctx.requireText('decision', r.dueDate, [...at, 'dueDate'], r.id);
    periodRules(ctx, 'decision', r, at, r.id);
    if (r.dueDate && r.periodEnd && r.dueDate < r.periodEnd) ctx.warn('decision', 'decision.dueBeforeEnd', [...at, 'dueDate'], { due: r.dueDate, end: r.periodEnd }, r.id);
  });
}
