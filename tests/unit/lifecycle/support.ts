import { fixture } from '../workflow/support';
import type { Application } from '../../../shared/model/schema';
import type { Report } from '../../../shared/model/lifecycle';
import { FOLLOWUP_IDS } from '../../fixtures/build/followup';

export { FOLLOWUP_IDS };
export const followup = () => fixture('followup.simansokan');

/** The app with one report replaced by `edit(report)`. */
export function editReport(app: Application, reportId: string, edit: (r: Report) => Report): Application {
  return { ...app, lifecycle: { ...app.lifecycle, reports: app.lifecycle.reports.map((r) => (r.id === reportId ? edit(structuredClone(r)) : r)) } };
}
export const reportOf = (app: Application, id: string) => app.lifecycle.reports.find((r) => r.id === id)!;
