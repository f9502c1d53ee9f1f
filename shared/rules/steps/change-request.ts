import type { ChangeRequest } from '../../model/lifecycle';
import { changeRequestDifferences } from '../../workflow/report';
import type { ReportContext } from '../report-context';

/** A change request gives its reason and proposes an actual change, with a project period in order. */
export function changeRequestRules(ctx: ReportContext, cr: ChangeRequest, index: number): void {
  const base = ['lifecycle', 'changeRequests', index];
  ctx.requireText('changeRequest', cr.reason, [...base, 'reason'], cr.id);
  if (changeRequestDifferences(ctx.app, cr).length === 0) ctx.error('changeRequest', 'change.noChange', [...base, 'proposed'], {}, cr.id);
  const { startDate, endDate } = cr.proposed.project;
  if (startDate && endDate && endDate < startDate)
    ctx.error('changeRequest', 'period.endBeforeStart', [...base, 'proposed', 'project', 'endDate'], { start: startDate, end: endDate }, cr.id);
}
