import type { Decision, Report } from '../model/lifecycle';
import type { Application } from '../model/schema';
import type { Severity } from './types';
import type { ReportRuleKey } from './report-strings';

/** The steps of the follow-up in the wizard; each has its rules file under rules/steps/, named after it. */
export const REPORT_STEP_IDS = [
  'decision',
  'reportSummary',
  'reportIndicators',
  'reportActivities',
  'reportCosts',
  'reportDeviations',
  'reportChildren',
  'reportFinal',
  'changeRequest',
] as const;
export type ReportStepId = (typeof REPORT_STEP_IDS)[number];

/**
 * One finding of the follow-up's rules: like the application's Issue, with a follow-up step and a path from the file's
 * root (`['lifecycle', 'reports', 1, 'indicators', 3, 'values', 0, 'source']`). Errors block the signed export of the
 * report (a draft is still allowed); warnings do not.
 */
export type ReportIssue = {
  id: string;
  severity: Severity;
  step: ReportStepId;
  path: (string | number)[];
  message: ReportRuleKey;
  params: Record<string, string | number>;
  /** Something not filled in yet, rather than a wrong value. */
  missing?: true;
};

type Params = Record<string, string | number>;

export class ReportContext {
  readonly issues: ReportIssue[] = [];
  constructor(
    readonly app: Application,
    readonly decision: Decision,
  ) {}

  add(severity: Severity, step: ReportStepId, message: ReportRuleKey, path: (string | number)[], params: Params = {}, subject?: string, missing?: boolean) {
    const fields = path.filter((p) => typeof p === 'string').join('.');
    const issue: ReportIssue = { id: `${message}:${subject ?? ''}:${fields}`, severity, step, path, message, params };
    if (missing) issue.missing = true;
    this.issues.push(issue);
  }
  error(step: ReportStepId, message: ReportRuleKey, path: (string | number)[], params?: Params, subject?: string) {
    this.add('error', step, message, path, params, subject);
  }
  warn(step: ReportStepId, message: ReportRuleKey, path: (string | number)[], params?: Params, subject?: string) {
    this.add('warning', step, message, path, params, subject);
  }
  /** A blank required text: an error that is work to do. */
  requireText(step: ReportStepId, value: string, path: (string | number)[], subject?: string, severity: Severity = 'error') {
    if (value.trim() === '') this.add(severity, step, 'required', path, {}, subject, true);
  }
}

/** What a report's rules get: the context, the report and where it sits in the file. */
export type ReportRuleInput = { ctx: ReportContext; report: Report; base: (string | number)[] };
