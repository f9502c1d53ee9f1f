import { describe, expect, it } from 'vitest';
import { loadApplicationText, serializeApplication } from '../../../shared/model/load';
import { applyPartnerMerge, mergePartnerCopy, prepareCopyForPartner } from '../../../shared/workflow/exchange';
import { changeRequestDocumentId, lockReport, reportDocumentId, reportLockStatus } from '../../../shared/workflow/report-id';
import { changeRequestDifferences, indicatorsOf, startReport } from '../../../shared/workflow/report';
import { DOCUMENT_ID_PATTERN } from '../../../shared/model/fingerprint';
import { setIn } from '../../../renderer/src/store/paths';
import { editReport, followup, FOLLOWUP_IDS, reportOf } from './support';

const at = new Date('2028-09-13T08:00:00Z');

/** Both parties start from the copy the municipality sent; each then reports in the final report. */
function parties() {
  const { mine, copy } = prepareCopyForPartner(followup(), null, at);
  // The partner's file is the copy as read back, so it records the same common version.
  const theirs = loadApplicationText(serializeApplication(copy));
  if (!theirs.ok) throw new Error('copy must load');
  return { mine, theirs: theirs.application };
}

describe('merging two parties’ report edits', () => {
  it('edits to different fields of one report, and an item each added, are all kept, without conflicts', () => {
    const { mine, theirs } = parties();
    const m = editReport(mine, FOLLOWUP_IDS.final, (r) => {
      r.indicators[3]!.values.push({ id: 'v-mine', date: '2028-06-30', value: 1.5, source: 'Närhälsans väntetidsuppföljning', comment: '' });
      r.final!.spreading = 'Rutinen sprids till Skaraborgs 15 kommuner genom Skaraborgs kommunalförbund.';
      return r;
    });
    const t = editReport(theirs, FOLLOWUP_IDS.final, (r) => {
      r.indicators[7]!.values.push({ id: 'v-theirs', date: '2028-06-30', value: 52, source: 'BUP Skaraborgs remissregister', comment: '' });
      r.final!.implementation[1]!.financing = 'Närhälsans basprogram från 2029.';
      r.children.whatChanged = 'Barnen bad om en egen broschyr; den finns nu på fem språk.';
      return r;
    });
    const r = mergePartnerCopy(m, t);
    if (!r.ok) throw new Error('must merge');
    expect(r.base).toBe('shared');
    expect(r.conflicts).toEqual([]);
    const merged = applyPartnerMerge(m, t, r.merged, at);
    const final = reportOf(merged, FOLLOWUP_IDS.final);
    expect(final.indicators[3]!.values.map((v) => v.id)).toContain('v-mine');
    expect(final.indicators[7]!.values.map((v) => v.id)).toContain('v-theirs');
    expect(final.final!.spreading).toContain('Skaraborgs 15 kommuner');
    expect(final.final!.implementation[1]!.financing).toBe('Närhälsans basprogram från 2029.');
    expect(final.children.whatChanged).toContain('broschyr');
    expect(r.takenOver).toBe(3);
    // The merged file is a valid, still decided file, whose next common version has the partner's follow-up.
    const saved = loadApplicationText(serializeApplication(merged));
    expect(saved.ok).toBe(true);
    expect(merged.workflow.exchange!.baseLifecycle).toEqual(t.lifecycle);
  });

  it('the same field reported differently by both is a conflict with its follow-up path, never silently dropped', () => {
    const { mine, theirs } = parties();
    const m = setIn(mine, ['lifecycle', 'reports', 2, 'summary'], 'Vår sammanfattning.');
    const t = setIn(theirs, ['lifecycle', 'reports', 2, 'summary'], 'Deras sammanfattning.');
    const r = mergePartnerCopy(m, t);
    if (!r.ok) throw new Error('must merge');
    expect(r.conflicts.map((c) => [c.path, c.mine, c.theirs])).toEqual([[['lifecycle', 'reports', 2, 'summary'], 'Vår sammanfattning.', 'Deras sammanfattning.']]);
  });

  it('a report one party started and the decision the other recorded both arrive', () => {
    const { mine, theirs } = parties();
    const withoutFinal = { ...theirs, lifecycle: { ...theirs.lifecycle, reports: theirs.lifecycle.reports.filter((x) => x.id !== FOLLOWUP_IDS.final) } };
    const m = { ...mine, lifecycle: { ...mine.lifecycle, reports: mine.lifecycle.reports.filter((x) => x.id !== FOLLOWUP_IDS.final) }, workflow: { ...mine.workflow, exchange: { ...mine.workflow.exchange!, baseLifecycle: withoutFinal.lifecycle } } };
    const t = startReport(withoutFinal, FOLLOWUP_IDS.final);
    const r = mergePartnerCopy(m, t);
    if (!r.ok) throw new Error('must merge');
    expect(r.conflicts).toEqual([]);
    expect(r.merged.lifecycle.reports.map((x) => x.id)).toEqual([FOLLOWUP_IDS.progress1, FOLLOWUP_IDS.progress2, FOLLOWUP_IDS.final]);
  });
});

describe('a report’s own Dokument-ID', () => {
  it('is 128 bits, names the decided application, and a locked report that is edited no longer matches', () => {
    const app = followup();
    const d = app.lifecycle.decision!;
    const p1 = reportOf(app, FOLLOWUP_IDS.progress1);
    const id = reportDocumentId(d, p1);
    expect(id).toMatch(DOCUMENT_ID_PATTERN);
    expect(id).not.toBe(d.decidedDocumentId);
    expect(reportLockStatus(app, p1.id)).toEqual({ locked: true, documentId: id, at: p1.freeze!.at, matches: true, currentId: id });
    // Locking itself, or the lock's time, never changes the ID.
    expect(reportDocumentId(d, { ...p1, freeze: null })).toBe(id);
    expect(reportDocumentId({ ...d, decidedDocumentId: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-0000-1111' }, p1)).not.toBe(id);
    const edited = editReport(app, p1.id, (r) => ({ ...r, summary: r.summary + ' Tillägg.' }));
    const status = reportLockStatus(edited, p1.id);
    expect(status.locked && status.matches).toBe(false);
    const relocked = lockReport(edited, p1.id, new Date('2026-10-01T08:00:00Z'));
    expect(reportLockStatus(relocked, p1.id)).toMatchObject({ locked: true, matches: true });
    expect(reportLockStatus(lockReport(edited, p1.id, null), p1.id)).toEqual({ locked: false });
    const cr = app.lifecycle.changeRequests[0]!;
    expect(changeRequestDocumentId(d, cr)).toBe(changeRequestDocumentId(d, { ...cr, status: 'sent' }));
  });
});

describe('a new report is prefilled from the decided application', () => {
  it('every indicator and activity, every cost line with the outcome carried over from the previous report', () => {
    const app = followup();
    const without = { ...app, lifecycle: { ...app.lifecycle, reports: app.lifecycle.reports.filter((r) => r.id !== FOLLOWUP_IDS.progress2 && r.id !== FOLLOWUP_IDS.final) } };
    const started = startReport(without, FOLLOWUP_IDS.progress2);
    const r = reportOf(started, FOLLOWUP_IDS.progress2);
    expect(r.indicators.map((x) => x.id)).toEqual(indicatorsOf(app).map((x) => x.indicator.id));
    expect(r.activities.map((x) => [x.id, x.status])).toEqual(app.activities.map((a) => [a.id, '']));
    expect(r.outcomes).toEqual(reportOf(app, FOLLOWUP_IDS.progress1).outcomes);
    expect([r.kind, r.period, r.periodStart, r.periodEnd]).toEqual(['progress', 2, '2026-08-01', '2027-07-31']);
    expect(startReport(started, FOLLOWUP_IDS.progress2)).toBe(started);
    expect(startReport(started, 'no-such-date')).toBe(started);
    expect(loadApplicationText(serializeApplication(started)).ok).toBe(true);
  });

  it('a change request is shown field by field against the decided version', () => {
    const app = followup();
    const diffs = changeRequestDifferences(app, app.lifecycle.changeRequests[0]!);
    expect(diffs.map((d) => [d.path.map((p) => (typeof p === 'number' ? '#' : p)).join('.'), d.before, d.after])).toEqual([
      ['activities.#.endDate', '2028-05-31', '2028-06-30'],
      // A list of amounts per year is one field, as everywhere in the app's differences.
      ['budget.costLines.#.amounts', [120_000, 80_000, 40_000], [120_000, 80_000, 80_000]],
    ]);
  });
});
