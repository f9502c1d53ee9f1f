import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadApplicationText } from '../../../shared/model/load';
import type { Application } from '../../../shared/model/schema';
import { freezeForSigning, recordDecision } from '../../../shared/workflow';
import { useStore } from '../../../renderer/src/store';
import { draftDecision, defaultReportingDates, elapsedYears, startPaddedReport, addMonths } from '../../../renderer/src/lifecycle/prefill';

const s = () => useStore.getState();

function decidedExample(): Application {
  const text = readFileSync(fileURLToPath(new URL('../../fixtures/complete.simansokan', import.meta.url)), 'utf8');
  const loaded = loadApplicationText(text);
  if (!loaded.ok) throw new Error('fixture did not load');
  const frozen = freezeForSigning(loaded.application, 'Undertecknad', new Date('2025-01-20T10:00:00Z'));
  const draft = draftDecision(frozen, new Date('2025-02-14T10:00:00Z'))!;
  const { decidedDocumentId: _a, signedDocumentId: _b, recordedAt: _c, ...input } = draft;
  const res = recordDecision(frozen, { ...input, date: '2025-02-14', diarienummer: 'RUN 2025-00123' }, new Date('2025-02-14T10:00:00Z'));
  if (!res.ok) throw new Error(res.reason);
  return res.app;
}

beforeEach(() => {
  s().openDocument({ app: decidedExample() });
});

describe('a decided application in the store', () => {
  it('refuses every edit to the decided content, whichever way it comes', () => {
    const before = s().app!;
    s().update(['project', 'title'], 'Ett annat namn');
    s().addItem(['activities'], { ...before.activities[0]!, id: 'extra' });
    s().removeItem(['budget', 'costLines'], 0, 'rad');
    s().moveItem(['parties'], 0, 1);
    expect(s().app).toBe(before);
    expect(s().dirty).toBe(false);
  });

  it('takes edits to the follow-up: the decision, reports and change requests', () => {
    s().update(['lifecycle', 'decision', 'conditions'], 'Rapportera varje halvår.');
    expect(s().app!.lifecycle.decision!.conditions).toBe('Rapportera varje halvår.');
    const first = s().app!.lifecycle.decision!.reportingDates[0]!;
    s().update(['lifecycle', 'reports'], startPaddedReport(s().app!, first.id).lifecycle.reports);
    s().update(['lifecycle', 'reports', 0, 'outcomes', 0, 'amounts', 2], 5000);
    expect(s().app!.lifecycle.reports[0]!.outcomes[0]!.amounts).toEqual([0, 0, 5000]);
    expect(s().dirty).toBe(true);
  });
});

describe('prefilling the decision and reports', () => {
  it('grants what was sought per year and names the signed Dokument-ID', () => {
    const app = decidedExample();
    const d = app.lifecycle.decision!;
    expect(d.decidedDocumentId).toBe(app.workflow.freeze!.documentId);
    expect(d.grantedPerYear.length).toBe(3);
    expect(d.grantedPerYear.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });

  it('proposes a report every six months, the last one the final report ending with the project', () => {
    const dates = defaultReportingDates('2025-01-01', '2027-12-31');
    expect(dates.map((d) => `${d.kind}:${d.periodStart}–${d.periodEnd}:${d.dueDate}`)).toEqual([
      'progress:2025-01-01–2025-06-30:2025-07-30',
      'progress:2025-07-01–2025-12-31:2026-01-31',
      'progress:2026-01-01–2026-06-30:2026-07-30',
      'progress:2026-07-01–2026-12-31:2027-01-31',
      'progress:2027-01-01–2027-06-30:2027-07-30',
      'final:2027-07-01–2027-12-31:2028-01-31',
    ]);
    expect(defaultReportingDates('', '2027-12-31')).toEqual([]);
    expect(addMonths('bad', 1)).toBe('');
  });

  it('counts only the project years already over when comparing outcome with budget', () => {
    expect(elapsedYears('2025-01-01', '2025-06-30', 3)).toBe(0);
    expect(elapsedYears('2025-01-01', '2025-12-31', 3)).toBe(1);
    expect(elapsedYears('2025-01-01', '2027-12-31', 3)).toBe(3);
  });

  it('a started report lists every year, so year 3 can be typed before year 1', () => {
    const app = decidedExample();
    const final = app.lifecycle.decision!.reportingDates.find((d) => d.kind === 'final')!;
    const r = startPaddedReport(app, final.id).lifecycle.reports[0]!;
    expect(r.outcomes.every((o) => o.amounts.length === 3)).toBe(true);
    expect(r.final!.socio.peopleReached).toEqual([0, 0, 0]);
  });
});
