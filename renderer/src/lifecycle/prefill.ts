import { newId } from '../../../shared/model/ids';
import type { Application } from '../../../shared/model/schema';
import type { Decision, ReportingDate } from '../../../shared/model/lifecycle';
import { startReport } from '../../../shared/workflow/report';
import { budgetTotals, budgetYearCount } from '../../../shared/finance/totals';

/** `2025-01-01` plus `months`, minus `minusDays` days, as an ISO date ('' for no date). */
export function addMonths(iso: string, months: number, minusDays = 0): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return '';
  const d = new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1 + months, Number(iso.slice(8, 10))));
  return new Date(d.getTime() - minusDays * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A report every six months over the project period (the usual rhythm; Tillväxtverket wants the first within six
 * months), the last one the final report, each due a month after its period. The user corrects them to the decision.
 */
export function defaultReportingDates(start: string, end: string): ReportingDate[] {
  if (!start || !end || end < start) return [];
  const out: ReportingDate[] = [];
  for (let n = 1; n <= 12; n++) {
    const periodStart = addMonths(start, 6 * (n - 1));
    let periodEnd = addMonths(start, 6 * n, 1);
    const last = periodEnd >= end;
    if (last) periodEnd = end;
    out.push({ id: newId(), kind: last ? 'final' : 'progress', period: n, periodStart, periodEnd, dueDate: addMonths(periodEnd, 1) });
    if (last) break;
  }
  return out;
}

/** The decision as first recorded: what was sought, the signed Dokument-ID, the usual reporting dates. */
export function draftDecision(app: Application, now: Date): Decision | null {
  const freeze = app.workflow.freeze;
  if (!freeze) return null;
  return {
    date: '',
    diarienummer: app.project.diarienummer,
    funder: '',
    grantedPerYear: budgetTotals(app).simByYear.slice(),
    conditions: '',
    reportingDates: defaultReportingDates(app.project.startDate, app.project.endDate),
    decidedDocumentId: freeze.documentId,
    signedDocumentId: freeze.signedDocumentId ?? '',
    recordedAt: now.toISOString(),
  };
}

/**
 * A report started for a reporting date (shared/workflow/report.ts prefills it from the decided application), with
 * every per-year list as long as the budget's years: a cell of year 3 can then be typed before year 1.
 */
export function startPaddedReport(app: Application, reportingDateId: string): Application {
  const next = startReport(app, reportingDateId);
  if (next === app) return app;
  const years = budgetYearCount(app);
  const pad = (a: readonly number[]) => (a.length >= years ? a.slice() : [...a, ...Array<number>(years - a.length).fill(0)]);
  const reports = next.lifecycle.reports.map((r) =>
    r.id !== reportingDateId
      ? r
      : {
          ...r,
          outcomes: r.outcomes.map((o) => ({ ...o, amounts: pad(o.amounts) })),
          final: r.final ? { ...r.final, socio: { ...r.final.socio, peopleReached: pad(r.final.socio.peopleReached) } } : null,
        },
  );
  return { ...next, lifecycle: { ...next.lifecycle, reports } };
}

/** Project years wholly over by `periodEnd` (year 1 is the twelve months from the project's start). */
export function elapsedYears(projectStart: string, periodEnd: string, years: number): number {
  let n = 0;
  while (n < years && projectStart && periodEnd && addMonths(projectStart, 12 * (n + 1), 1) <= periodEnd) n++;
  return n;
}
