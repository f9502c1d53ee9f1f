import type { Lang } from '../i18n/catalog';
import type { Application } from '../model/schema';
import { ReportContext, REPORT_STEP_IDS, type ReportIssue, type ReportRuleInput } from './report-context';
import { reportRuleStrings } from './report-strings';
import { decisionRules } from './steps/decision';
import { reportSummaryRules } from './steps/report-summary';
import { reportIndicatorsRules } from './steps/report-indicators';
import { reportActivitiesRules } from './steps/report-activities';
import { reportCostsRules } from './steps/report-costs';
import { reportDeviationsRules } from './steps/report-deviations';
import { reportChildrenRules } from './steps/report-children';
import { reportFinalRules } from './steps/report-final';
import { changeRequestRules } from './steps/change-request';

const REPORT_RULES: ((input: ReportRuleInput) => void)[] = [
  reportSummaryRules,
  reportIndicatorsRules,
  reportActivitiesRules,
  reportCostsRules,
  reportDeviationsRules,
  reportChildrenRules,
  reportFinalRules,
];

const ORDER = new Map(REPORT_STEP_IDS.map((s, i) => [s, i]));
const sorted = (issues: ReportIssue[]) =>
  issues.sort((a, b) => ORDER.get(a.step)! - ORDER.get(b.step)! || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));

/** The decision's issues; none without a decision. */
export function validateDecision(app: Application): ReportIssue[] {
  const d = app.lifecycle.decision;
  if (!d) return [];
  const ctx = new ReportContext(app, d);
  decisionRules(ctx);
  return sorted(ctx.issues);
}

/**
 * One report's issues, in step order (errors first within a step). Errors block its signed export. Linear in the
 * report and the decided application, so it can run after every edit.
 */
export function validateReport(app: Application, reportId: string): ReportIssue[] {
  const d = app.lifecycle.decision;
  const index = app.lifecycle.reports.findIndex((r) => r.id === reportId);
  if (!d || index < 0) return [];
  const ctx = new ReportContext(app, d);
  const input = { ctx, report: app.lifecycle.reports[index]!, base: ['lifecycle', 'reports', index] };
  for (const rule of REPORT_RULES) rule(input);
  return sorted(ctx.issues);
}

export function validateChangeRequest(app: Application, id: string): ReportIssue[] {
  const d = app.lifecycle.decision;
  const index = app.lifecycle.changeRequests.findIndex((c) => c.id === id);
  if (!d || index < 0) return [];
  const ctx = new ReportContext(app, d);
  changeRequestRules(ctx, app.lifecycle.changeRequests[index]!, index);
  return sorted(ctx.issues);
}

/** The sentence a person reads for an issue. */
export function reportIssueText(issue: ReportIssue, lang: Lang): string {
  return reportRuleStrings.t(lang, issue.message, issue.params);
}

export const reportHasErrors = (issues: readonly ReportIssue[]) => issues.some((i) => i.severity === 'error');
