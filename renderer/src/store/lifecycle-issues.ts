import type { Application } from '../../../shared/model/schema';
import type { Lang } from '../../../shared/i18n/catalog';
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
    for (const rep of app.lifecycle.reports) {
      const issues = validateReport(app, rep.id);
      byReport.set(rep.id, issues);
      all.push(...issues);
    }
    for (const cr of app.lifecycle.changeRequests) {
      const issues = validateChangeRequest(app, cr.id);
      byChange.set(cr.id, issues);
      all.push(...issues);
    }
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

export const lifecycleIssueText = (issue: ReportIssue, lang: Lang): string => reportIssueText(issue, lang);
