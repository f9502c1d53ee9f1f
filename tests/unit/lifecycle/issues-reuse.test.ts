import { describe, expect, it } from 'vitest';
import { validateReport } from '../../../shared/rules/report-validate';
import { lifecycleIssuesOf } from '../../../renderer/src/store/lifecycle-issues';
import { editReport, followup, reportOf } from './support';

describe("the follow-up's issues after a keystroke in one report", () => {
  it('check that report again, reuse the others, and stay what a full check finds', () => {
    const app = followup();
    const [first, second, final] = app.lifecycle.reports;
    const before = lifecycleIssuesOf(app);
    // The final report's children field emptied: its issues change, the two progress reports' do not.
    const typed = editReport(app, final!.id, (r) => ({ ...r, children: { ...r.children, participation: '' } }));
    const after = lifecycleIssuesOf(typed);
    expect(after.byReport.get(first!.id)).toBe(before.byReport.get(first!.id));
    expect(after.byReport.get(second!.id)).toBe(before.byReport.get(second!.id));
    expect(after.byReport.get(final!.id)).not.toBe(before.byReport.get(final!.id));
    for (const r of typed.lifecycle.reports) expect(after.byReport.get(r.id)).toEqual(validateReport(typed, r.id));
    expect(after.all.length).toBeGreaterThanOrEqual(before.all.length);
    expect(after.byPath.has(['lifecycle', 'reports', 2, 'children', 'participation'].join('.'))).toBe(true);
  });

  it('check every report again when something outside the follow-up changes (the decision, the content)', () => {
    const app = followup();
    const before = lifecycleIssuesOf(app);
    const decision = app.lifecycle.decision!;
    const changed = { ...app, lifecycle: { ...app.lifecycle, decision: { ...decision, conditions: `${decision.conditions} ` } } };
    const after = lifecycleIssuesOf(changed);
    const id = app.lifecycle.reports[0]!.id;
    expect(after.byReport.get(id)).not.toBe(before.byReport.get(id));
    expect(after.byReport.get(id)).toEqual(validateReport(changed, id));
    expect(reportOf(changed, id)).toBe(reportOf(app, id));
  });
});
