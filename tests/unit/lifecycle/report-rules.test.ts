import { describe, expect, it } from 'vitest';
import { validateDecision, validateReport, validateChangeRequest, reportIssueText, reportHasErrors } from '../../../shared/rules/report-validate';
import { reportRuleStrings } from '../../../shared/rules/report-strings';
import { setIn } from '../../../renderer/src/store/paths';
import { editReport, followup, FOLLOWUP_IDS, reportOf } from './support';

const errors = (app: ReturnType<typeof followup>, id: string) => validateReport(app, id).filter((i) => i.severity === 'error');
const keys = (app: ReturnType<typeof followup>, id: string) => errors(app, id).map((i) => `${i.message} ${i.path.slice(3).join('.')}`);

describe('rules of the follow-up', () => {
  it('the fixture’s decision and both locked progress reports have no errors; the final report in progress lists what is left', () => {
    const app = followup();
    expect(validateDecision(app)).toEqual([]);
    expect(errors(app, FOLLOWUP_IDS.progress1)).toEqual([]);
    expect(errors(app, FOLLOWUP_IDS.progress2)).toEqual([]);
    const left = keys(app, FOLLOWUP_IDS.final);
    expect(left).toContain('required final.spreading');
    expect(left).toContain('final.noEffect final.socio.effect');
    expect(left).toContain('required final.implementation.1.financing');
    expect(left).toContain('required children.whatChanged');
    expect(left.filter((k) => k.startsWith('indicators.noValue'))).toHaveLength(6);
    expect(reportHasErrors(validateReport(app, FOLLOWUP_IDS.final))).toBe(true);
  });

  it('a measured value needs its value, date and source, at the path of the field', () => {
    let app = followup();
    app = editReport(app, FOLLOWUP_IDS.progress2, (r) => {
      r.indicators[1]!.values[0]!.source = ' ';
      r.indicators[1]!.values[1]!.value = null;
      r.indicators[2]!.values[0]!.date = '';
      return r;
    });
    const found = validateReport(app, FOLLOWUP_IDS.progress2).filter((i) => i.severity === 'error').map((i) => i.path);
    expect(found).toContainEqual(['lifecycle', 'reports', 1, 'indicators', 1, 'values', 0, 'source']);
    expect(found).toContainEqual(['lifecycle', 'reports', 1, 'indicators', 1, 'values', 1, 'value']);
    expect(found).toContainEqual(['lifecycle', 'reports', 1, 'indicators', 2, 'values', 0, 'date']);
  });

  it('an unmeasured indicator is a warning in a progress report and an error in the final report', () => {
    const app = followup();
    const p1 = validateReport(app, FOLLOWUP_IDS.progress1).filter((i) => i.message === 'indicators.noValue');
    expect(p1.length).toBeGreaterThan(0);
    expect(p1.every((i) => i.severity === 'warning')).toBe(true);
    expect(validateReport(app, FOLLOWUP_IDS.final).filter((i) => i.message === 'indicators.noValue').every((i) => i.severity === 'error')).toBe(true);
  });

  it('every indicator, activity and cost line of the decided application must be in the report', () => {
    const app = editReport(followup(), FOLLOWUP_IDS.progress2, (r) => ({ ...r, indicators: r.indicators.slice(1), activities: r.activities.slice(1), outcomes: r.outcomes.slice(1) }));
    const k = keys(app, FOLLOWUP_IDS.progress2);
    expect(k).toContain('indicators.missingRow indicators');
    expect(k).toContain('activities.missingRow activities');
    expect(k).toContain('costs.missingLine outcomes');
  });

  it('a moved or dropped activity needs its new dates and an explained deviation', () => {
    let app = editReport(followup(), FOLLOWUP_IDS.progress2, (r) => {
      r.activities[4] = { ...r.activities[4]!, status: 'moved', newStart: '', newEnd: '' };
      r.activities[5] = { ...r.activities[5]!, status: 'dropped' };
      return r;
    });
    const k = keys(app, FOLLOWUP_IDS.progress2);
    expect(k).toContain('activities.movedDates activities.4.newStart');
    expect(k).toContain('activities.needsDeviation activities.4.status');
    expect(k).toContain('activities.needsDeviation activities.5.status');
    const text = errors(app, FOLLOWUP_IDS.progress2).find((i) => i.message === 'activities.needsDeviation' && i.path[4] === 5)!;
    expect(reportIssueText(text, 'sv')).toBe('Aktiviteten "Utvärdering och implementering" är struken: förklara avvikelsen och åtgärden under Avvikelser.');
    app = editReport(app, FOLLOWUP_IDS.progress2, (r) => {
      r.deviations.push({ id: 'd-x', subject: 'activity', subjectId: r.activities[5]!.id, explanation: 'Utvärderingen görs av regionen.', action: 'Ny upphandling.' });
      return r;
    });
    expect(keys(app, FOLLOWUP_IDS.progress2)).not.toContain('activities.needsDeviation activities.5.status');
  });

  it('a cost line far from its budget to date needs an explained deviation; within 15 % it does not', () => {
    const app = followup();
    const withOutcome = (f: number) =>
      editReport(app, FOLLOWUP_IDS.progress2, (r) => {
        const line = app.budget.costLines.find((l) => l.id === r.outcomes[6]!.id)!;
        r.outcomes[6]!.amounts = line.amounts.slice(0, 2).map((a) => Math.round(a * f));
        return r;
      });
    expect(keys(withOutcome(1.1), FOLLOWUP_IDS.progress2)).toEqual([]);
    const over = errors(withOutcome(1.5), FOLLOWUP_IDS.progress2);
    expect(over.map((i) => i.message)).toEqual(['costs.needsDeviation']);
    // Logoped 610 000 + 625 000 kr budgeted to date; 1,5 × that is 617 500 kr over, 50 %.
    expect(reportIssueText(over[0]!, 'sv')).toBe('Kostnadsraden "Logoped i språkteamet 100 %" avviker med 617\u00a0500\u00a0kr (50 %) från budgeten hittills: förklara avvikelsen och åtgärden under Avvikelser.');
  });

  it('a deviation needs an explanation and an action; the final report its implementation, spreading and outcome estimate', () => {
    let app = editReport(followup(), FOLLOWUP_IDS.progress1, (r) => {
      r.deviations[0]!.action = '';
      return r;
    });
    expect(keys(app, FOLLOWUP_IDS.progress1)).toEqual(['required deviations.0.action']);
    app = editReport(app, FOLLOWUP_IDS.final, (r) => ({ ...r, final: { ...r.final!, implementation: [] } }));
    expect(keys(app, FOLLOWUP_IDS.final)).toContain('final.noImplementation final.implementation');
  });

  it('the decision needs its date, number, grant and a final report date', () => {
    let app = followup();
    app = setIn(app, ['lifecycle', 'decision', 'diarienummer'], '');
    app = setIn(app, ['lifecycle', 'decision', 'grantedPerYear'], []);
    app = setIn(app, ['lifecycle', 'decision', 'reportingDates'], app.lifecycle.decision!.reportingDates.filter((r) => r.kind !== 'final'));
    const k = validateDecision(app).filter((i) => i.severity === 'error').map((i) => `${i.message} ${i.path.slice(2).join('.')}`);
    expect(k).toEqual(['required diarienummer', 'decision.noGranted grantedPerYear', 'decision.noFinal reportingDates']);
  });

  it('a change request gives its reason and changes something', () => {
    const app = followup();
    const cr = app.lifecycle.changeRequests[0]!;
    expect(validateChangeRequest(app, cr.id)).toEqual([]);
    const same = setIn(setIn(app, ['lifecycle', 'changeRequests', 0, 'proposed'], structuredClone({ project: app.project, parties: app.parties, activities: app.activities, budget: app.budget })), ['lifecycle', 'changeRequests', 0, 'reason'], '');
    expect(validateChangeRequest(same, cr.id).map((i) => i.message)).toEqual(['required', 'change.noChange']);
  });

  it('every message reads in both languages with its placeholders filled', () => {
    const app = editReport(followup(), FOLLOWUP_IDS.progress2, (r) => ({ ...r, activities: r.activities.map((a) => ({ ...a, status: 'dropped' as const })) }));
    const issues = [...validateReport(app, FOLLOWUP_IDS.final), ...validateReport(app, FOLLOWUP_IDS.progress2), ...validateReport(app, FOLLOWUP_IDS.progress1)];
    for (const i of issues)
      for (const lang of ['sv', 'en'] as const) {
        const t = reportIssueText(i, lang);
        expect(t).not.toMatch(/\{\w+\}/);
        expect(t.length).toBeGreaterThan(10);
      }
    expect(reportRuleStrings.keys().length).toBeGreaterThan(20);
    expect(reportOf(app, FOLLOWUP_IDS.final).kind).toBe('final');
  });
});
