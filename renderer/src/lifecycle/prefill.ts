import { newId } from '../../../shared/model/ids';
import type { Application } from '../../../shared/model/schema';
import type { Decision, Report, ReportingDate } from '../../../shared/model/lifecycle';
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

/** Every indicator of the decided application: the overall goal's, then each chain's. */
export function allIndicators(app: Application) {
  return [...app.goals.overallIndicators, ...app.goals.logicModel.flatMap((r) => r.indicators)];
}

/**
 * A report for a reporting date, prefilled from the decided application and the report before it: every
 * indicator and activity listed, the outcomes carried on (a report holds the outcome up to its period's end).
 */
export function newReport(app: Application, date: ReportingDate): Report {
  const years = budgetYearCount(app);
  const previous = [...app.lifecycle.reports].filter((r) => r.period < date.period).sort((a, b) => b.period - a.period)[0];
  const prevOutcome = new Map(previous?.outcomes.map((o) => [o.id, o.amounts]) ?? []);
  const prevActivity = new Map(previous?.activities.map((a) => [a.id, a]) ?? []);
  return {
    id: date.id,
    kind: date.kind,
    period: date.period,
    periodStart: date.periodStart,
    periodEnd: date.periodEnd,
    summary: '',
    indicators: allIndicators(app).map((i) => ({ id: i.id, values: [], comment: '' })),
    activities: app.activities.map((a) => {
      const p = prevActivity.get(a.id);
      return { id: a.id, status: p?.status === 'done' || p?.status === 'dropped' ? p.status : '', comment: '', newStart: p?.newStart ?? '', newEnd: p?.newEnd ?? '' };
    }),
    outcomes: app.budget.costLines.map((l) => ({ id: l.id, amounts: (prevOutcome.get(l.id) ?? []).slice(0, years).concat(Array(years).fill(0)).slice(0, years) })),
    outcomeComment: '',
    deviations: [],
    children: { participation: '', whatChanged: '' },
    final:
      date.kind === 'final'
        ? {
            implementation: app.followUp.implementation.trim()
              ? [{ id: newId(), what: app.followUp.implementation, partyId: '', financing: '' }]
              : [],
            spreading: app.followUp.spreading,
            socio: { peopleReached: app.socioEconomics.peopleReached.slice(), effect: null, effectSource: '', comment: '' },
          }
        : null,
    freeze: null,
  };
}

/** Project years wholly over by `periodEnd` (year 1 is the twelve months from the project's start). */
export function elapsedYears(projectStart: string, periodEnd: string, years: number): number {
  let n = 0;
  while (n < years && projectStart && periodEnd && addMonths(projectStart, 12 * (n + 1), 1) <= periodEnd) n++;
  return n;
}
