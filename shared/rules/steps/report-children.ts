import type { ReportRuleInput } from '../report-context';

/** How children took part in the follow-up, and what it changed. */
export function reportChildrenRules({ ctx, report, base }: ReportRuleInput): void {
  ctx.requireText('reportChildren', report.children.participation, [...base, 'children', 'participation']);
  ctx.requireText('reportChildren', report.children.whatChanged, [...base, 'children', 'whatChanged'], undefined, report.kind === 'final' ? 'error' : 'warning');
}
