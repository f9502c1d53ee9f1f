import { diffValues, type Difference } from '../merge/diff';
import type { Json } from '../merge/merge';
import { newId } from '../model/ids';
import type { ChangeRequest, ProposedChange, Report } from '../model/lifecycle';
import type { Application, EffectLevel, Indicator } from '../model/schema';

/** An indicator of the decided application, wherever the logic model or the overall goal holds it. */
export type IndicatorRef = {
  indicator: Indicator;
  /** The logic-model row it belongs to; null for an overall-goal indicator. */
  rowId: string | null;
  level: EffectLevel | '' | 'overall';
};

/** Every indicator a report follows up, in the order the application prints them: the overall goal's, then the rows'. */
export function indicatorsOf(app: Application): IndicatorRef[] {
  const out: IndicatorRef[] = app.goals.overallIndicators.map((indicator) => ({ indicator, rowId: null, level: 'overall' as const }));
  for (const row of app.goals.logicModel) for (const ind of row.indicators) out.push({ indicator: ind, rowId: row.id, level: ind.level });
  return out;
}

/** The report answering a reporting date, or undefined. */
export const reportFor = (app: Application, reportingDateId: string): Report | undefined =>
  app.lifecycle.reports.find((r) => r.id === reportingDateId);

/** The report whose period comes last before `report` (the outcome so far carries over from it). */
export function previousReport(app: Application, report: Pick<Report, 'kind' | 'period'>): Report | undefined {
  const order = (r: Pick<Report, 'kind' | 'period'>) => (r.kind === 'final' ? 1e6 : 0) + r.period;
  let best: Report | undefined;
  for (const r of app.lifecycle.reports) if (order(r) < order(report) && (!best || order(r) > order(best))) best = r;
  return best;
}

/**
 * A new report for one of the decision's reporting dates, prefilled from the decided application: every indicator
 * and activity, every cost line with the outcome so far carried over from the previous report, and in the final report
 * the application's own implementation and spreading plans to start from. Nothing is typed twice. Returns the app
 * unchanged if there is no such reporting date or it already has its report.
 */
export function startReport(app: Application, reportingDateId: string): Application {
  const d = app.lifecycle.decision;
  const date = d?.reportingDates.find((r) => r.id === reportingDateId);
  if (!d || !date || reportFor(app, reportingDateId)) return app;
  const prev = previousReport(app, date);
  const carried = new Map(prev?.outcomes.map((o) => [o.id, o.amounts]) ?? []);
  const report: Report = {
    id: date.id,
    kind: date.kind,
    period: date.period,
    periodStart: date.periodStart,
    periodEnd: date.periodEnd,
    summary: '',
    indicators: uniqueById(indicatorsOf(app).map((x) => ({ id: x.indicator.id, values: [], comment: '' }))),
    activities: app.activities.map((a) => ({ id: a.id, status: '' as const, comment: '', newStart: '', newEnd: '' })),
    outcomes: app.budget.costLines.map((l) => ({ id: l.id, amounts: [...(carried.get(l.id) ?? [])] })),
    outcomeComment: '',
    deviations: [],
    children: { participation: '', whatChanged: '' },
    final:
      date.kind === 'final'
        ? {
            implementation: app.followUp.implementation.trim() ? [{ id: newId(), what: app.followUp.implementation, partyId: '', financing: '' }] : [],
            spreading: app.followUp.spreading,
            socio: { peopleReached: [], effect: null, effectSource: '', comment: '' },
          }
        : null,
    freeze: null,
  };
  return { ...app, lifecycle: { ...app.lifecycle, reports: [...app.lifecycle.reports, report] } };
}

/** An indicator listed in two places of the logic model is followed up once. */
function uniqueById<T extends { id: string }>(xs: T[]): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => (seen.has(x.id) ? false : (seen.add(x.id), true)));
}

/** The decided version of what a change request can change. */
export function decidedParts(app: Application): ProposedChange {
  return { project: app.project, parties: app.parties, activities: app.activities, budget: app.budget };
}

/** A new change request starting from the decided version, to be edited into the proposal. */
export function startChangeRequest(app: Application, now: Date, id: string = newId()): Application {
  const cr: ChangeRequest = { id, createdAt: now.toISOString(), reason: '', proposed: structuredClone(decidedParts(app)), status: 'draft', freeze: null };
  return { ...app, lifecycle: { ...app.lifecycle, changeRequests: [...app.lifecycle.changeRequests, cr] } };
}

/**
 * What a change request changes, field by field against the decided application; paths start at the part
 * (`['budget', 'costLines', 3, 'amounts']`), so they read like the application's own paths.
 */
export function changeRequestDifferences(app: Application, cr: ChangeRequest): Difference[] {
  return diffValues(decidedParts(app) as unknown as Json, cr.proposed as unknown as Json);
}
