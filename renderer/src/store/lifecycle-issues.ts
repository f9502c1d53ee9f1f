import type { Application } from '../../../shared/model/schema';
import type { Lang } from '../../../shared/i18n/catalog';
import { sameElements } from './useStoreArray';
import { reportIssueText, validateChangeRequest, validateDecision, validateReport, type ReportIssue } from '../../../shared/rules';

export type LifecycleIssues = {
  /** Every issue of the decision, each report and each change request. */
  all: ReportIssue[];
  byReport: Map<string, ReportIssue[]>;
  byChange: Map<string, ReportIssue[]>;
  /** By path key (`lifecycle.reports.0.children.participation`), for the field that shows them. */
  byPath: Map<string, ReportIssue[]>;
};

const cache = new WeakMap<Application, LifecycleIssues>();

/**
 * The follow-up's issues for one version of the file, worked out once per version and only when asked for (the
 * settled application, as the application's own rules are). An application without a decision has none.
 */
export function lifecycleIssuesOf(app: Application): LifecycleIssues {
  let r = cache.get(app);
  if (r) return r;
  const byReport = new Map<string, ReportIssue[]>();
  const byChange = new Map<string, ReportIssue[]>();
  const all: ReportIssue[] = [];
  if (app.lifecycle.decision) {
    all.push(...validateDecision(app));
    const around = surroundings(app);
    app.lifecycle.reports.forEach((rep, index) => {
      const issues = reused(rep, index, around, () => validateReport(app, rep.id));
      byReport.set(rep.id, issues);
      all.push(...issues);
    });
    app.lifecycle.changeRequests.forEach((cr, index) => {
      const issues = reused(cr, index, around, () => validateChangeRequest(app, cr.id));
      byChange.set(cr.id, issues);
      all.push(...issues);
    });
  }
  const byPath = new Map<string, ReportIssue[]>();
  for (const i of all) {
    const k = i.path.join('.');
    const list = byPath.get(k);
    if (list) list.push(i);
    else byPath.set(k, [i]);
  }
  cache.set(app, (r = { all, byReport, byChange, byPath }));
  return r;
}

/**
 * A report's (or change request's) rules read the report itself, its place in the list, the decision and the rest of
 * the file outside the follow-up, never another report (tests/unit/lifecycle/report-rules.test.ts). So typing in one
 * report of seven checks that one again and reuses the others' issues: the stress follow-up's settle would otherwise
 * run every report's rules after each pause in typing.
 */
type Around = readonly unknown[];
const byPart = new WeakMap<object, { index: number; around: Around; issues: ReportIssue[] }>();

function surroundings(app: Application): Around {
  const out: unknown[] = [app.lifecycle.decision];
  for (const [k, v] of Object.entries(app)) if (k !== 'lifecycle') out.push(v);
  return out;
}

function reused(part: object, index: number, around: Around, check: () => ReportIssue[]): ReportIssue[] {
  const hit = byPart.get(part);
  if (hit && hit.index === index && sameElements(hit.around, around)) return hit.issues;
  const issues = check();
  byPart.set(part, { index, around, issues });
  return issues;
}

export const lifecycleIssueText = (issue: ReportIssue, lang: Lang): string => reportIssueText(issue, lang);
