/**
 * A decided application with two progress reports and a final report, built from the complete fixture with the
 * workflow's own functions (freeze, record the decision, start each report), then filled in as a project would.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { budgetOutcome } from '../../../shared/finance';
import type { Report } from '../../../shared/model/lifecycle';
import { loadApplicationText } from '../../../shared/model/load';
import type { Application } from '../../../shared/model/schema';
import { freezeForSigning } from '../../../shared/workflow/freeze';
import { recordDecision } from '../../../shared/workflow/decision';
import { indicatorsOf, startChangeRequest, startReport } from '../../../shared/workflow/report';

const FIXTURES = resolve(__dirname, '../../fixtures');

export function loadFixture(name: string): Application {
  const r = loadApplicationText(readFileSync(join(FIXTURES, name), 'utf8'));
  if (!r.ok) throw new Error(`${name} does not load`);
  return r.application;
}

const NOW = new Date('2025-02-01T10:00:00Z');

export function decidedApp(base: Application = loadFixture('complete.simansokan')): Application {
  const frozen = freezeForSigning(base, 'Underskriven', NOW);
  const years = base.budget.costLines.reduce((n, l) => Math.max(n, l.amounts.length), 0);
  const r = recordDecision(
    frozen,
    {
      date: '2025-01-20',
      diarienummer: 'RS 2024-01234',
      funder: 'Västra Götalandsregionen, Regionutvecklingsnämnden',
      grantedPerYear: Array.from({ length: years }, (_, i) => (i === 0 ? 1_800_000 : 1_900_000)),
      conditions: 'Projektet ska rapportera till Social resursnämnd var sjätte månad.\nMedlen får inte användas till lokaler.',
      reportingDates: [
        { id: 'rd1', kind: 'progress', period: 1, periodStart: '2025-01-01', periodEnd: '2025-06-30', dueDate: '2025-08-31' },
        { id: 'rd2', kind: 'progress', period: 2, periodStart: '2025-07-01', periodEnd: '2025-12-31', dueDate: '2026-02-28' },
        { id: 'rdF', kind: 'final', period: 3, periodStart: '2025-01-01', periodEnd: '2027-12-31', dueDate: '2028-03-31' },
      ],
    },
    NOW,
  );
  if (!r.ok) throw new Error(`decision not recorded: ${r.reason}`);
  return r.app;
}

function fill(app: Application, id: string, f: (r: Report) => Report): Application {
  return { ...app, lifecycle: { ...app.lifecycle, reports: app.lifecycle.reports.map((r) => (r.id === id ? f(r) : r)) } };
}

/** The decided application with reports rd1, rd2 and rdF filled in. */
export function reportedApp(base?: Application): Application {
  let app = decidedApp(base);
  for (const id of ['rd1', 'rd2', 'rdF']) app = startReport(app, id);
  const inds = indicatorsOf(app);
  const firstAct = app.activities[0]!;
  const secondAct = app.activities[1]!;
  const line0 = app.budget.costLines[0]!;
  app = fill(app, 'rd1', (r) => ({
    ...r,
    summary: 'Arbetet kom i gång enligt plan. Samordnarna anställdes i februari.',
    indicators: r.indicators.map((x, i) =>
      i === 0 ? { ...x, values: [{ id: 'v1', date: '2025-06-15', value: 78.5, source: 'Skolverket, SIRIS', comment: 'Vårterminen' }] } : x,
    ),
    activities: r.activities.map((a) =>
      a.id === firstAct.id ? { ...a, status: 'done', comment: 'Genomförd i mars.' } : a.id === secondAct.id ? { ...a, status: 'moved', comment: 'Flyttad en termin.', newStart: '2025-09-01', newEnd: '2026-06-30' } : a,
    ),
    outcomes: r.outcomes.map((o, i) => ({ ...o, amounts: [Math.round((line0.amounts[0] ?? 0) / 2) + i * 1000] })),
    deviations: [{ id: 'dv1', subject: 'activity', subjectId: secondAct.id, explanation: 'Rekryteringen tog längre tid.', action: 'Start flyttad till hösten.' }],
    children: { participation: 'Elevrådet har läst rapporten och kommenterat den.', whatChanged: 'Träffarna flyttades till skoltid.' },
  }));
  app = fill(app, 'rd2', (r) => ({
    ...r,
    indicators: r.indicators.map((x, i) =>
      i === 0
        ? { ...x, values: [{ id: 'v1', date: '2025-06-15', value: 78.5, source: 'Skolverket, SIRIS', comment: '' }, { id: 'v2', date: '2025-12-15', value: 80, source: 'Skolverket, SIRIS', comment: '' }] }
        : x,
    ),
    outcomes: r.outcomes.map((o) => ({ ...o, amounts: [app.budget.costLines.find((l) => l.id === o.id)!.amounts[0]! + 12_345] })),
    deviations: [{ id: 'dv2', subject: 'cost', subjectId: line0.id, explanation: 'Högre lönekostnad än budgeterat.', action: 'Omfördelas inom personalkostnaderna år 2.' }],
  }));
  app = fill(app, 'rdF', (r) => ({
    ...r,
    indicators: r.indicators.map((x, i) => (i < inds.length ? { ...x, values: [{ id: `f${i}`, date: '2027-12-01', value: 10 + i, source: 'Egen mätning', comment: '' }] } : x)),
    outcomes: r.outcomes.map((o) => ({ ...o, amounts: [...app.budget.costLines.find((l) => l.id === o.id)!.amounts] })),
    final: {
      implementation: [{ id: 'im1', what: 'Samordnarfunktionen blir ordinarie verksamhet.', partyId: app.parties[0]!.id, financing: 'Barn- och utbildningsnämndens budget från 2028.' }],
      spreading: 'Arbetssättet presenteras för Fyrbodals kommuner under 2028.',
      socio: { peopleReached: [150, 180, 200], effect: 20, effectSource: 'Uppföljning av elevhälsan 2027', comment: 'Färre nådda än planerat år 1.' },
    },
  }));
  return app;
}

/** The decided application with a change request `cr1`: a longer period, a moved activity, a new party, more budget. */
export function changedApp(base?: Application): Application {
  let app = startChangeRequest(decidedApp(base), new Date('2026-01-10T08:00:00Z'), 'cr1');
  app = {
    ...app,
    lifecycle: {
      ...app.lifecycle,
      changeRequests: app.lifecycle.changeRequests.map((cr) => {
        const p = structuredClone(cr.proposed);
        p.project.endDate = '2028-06-30';
        p.activities[0]!.endDate = '2028-06-30';
        p.budget.costLines[0]!.amounts = p.budget.costLines[0]!.amounts.map((a) => a + 50_000);
        const newParty = { ...structuredClone(p.parties[2]!), id: 'newparty', organisation: 'Dals-Eds kommun', orgNumber: '212000-1439' };
        newParty.signatory = { name: 'Eva Ek', title: 'Kommundirektör' };
        p.parties.push(newParty);
        return { ...cr, reason: 'Rekryteringen försenade starten ett halvår.\nProjektet behöver förlängas.', proposed: p };
      }),
    },
  };
  return app;
}

/**
 * The decided application with progress report rd1 complete by the report rules: a summary, every activity's status,
 * the outcome exactly the budget to the period's end (no deviation to explain), children's participation.
 */
export function cleanReportApp(base?: Application): Application {
  let app = startReport(decidedApp(base), 'rd1');
  const due = budgetOutcome(app, app.lifecycle.reports[0]!);
  app = fill(app, 'rd1', (r) => ({
    ...r,
    summary: 'Arbetet följer planen.',
    activities: r.activities.map((a) => ({ ...a, status: 'ongoing', comment: 'Pågår enligt plan.' })),
    indicators: r.indicators.map((x) => ({ ...x, values: [{ id: `m${x.id}`, date: '2025-06-15', value: 1, source: 'Egen mätning', comment: '' }] })),
    outcomes: r.outcomes.map((o) => ({ ...o, amounts: due.lines.find((l) => l.costLineId === o.id)!.byYear.map((c) => c.budgetToDate) })),
    children: { participation: 'Elevrådet har läst rapporten.', whatChanged: 'Träffarna flyttades till skoltid.' },
  }));
  return app;
}
