import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadApplicationText, loadApplicationValue, serializeApplication } from '../../../shared/model/load';
import { fingerprint } from '../../../shared/model/fingerprint';
import { decidedContentIntact } from '../../../shared/model/decided';
import { newApplication } from '../../../shared/model/new';
import { DEFAULT_PROGRAMME } from '../../../shared/program';
import { freezeForSigning, unfreeze } from '../../../shared/workflow/freeze';
import { decidedDocumentIdOf, keepDecided, recordDecision, withdrawDecision, type DecisionInput } from '../../../shared/workflow/decision';
import { phaseOf } from '../../../shared/workflow/phase';
import { setIn } from '../../../renderer/src/store/paths';
import { fixture } from '../workflow/support';
import { editReport, followup, FOLLOWUP_IDS } from './support';

const nodeSha = (b: Uint8Array) => new Uint8Array(createHash('sha256').update(b).digest());
const INPUT: DecisionInput = { date: '2025-06-12', diarienummer: 'RS 2025-1', funder: 'VGR', grantedPerYear: [100_000], conditions: '', reportingDates: [] };

describe('the decided application is the signed one', () => {
  it('in the follow-up fixture the content hashes to the decision’s Dokument-ID, which is the frozen version’s', () => {
    const app = followup();
    const d = app.lifecycle.decision!;
    expect(fingerprint(app)).toBe(d.decidedDocumentId);
    expect(fingerprint(app, nodeSha)).toBe(d.decidedDocumentId);
    expect(app.workflow.freeze!.documentId).toBe(d.decidedDocumentId);
    expect(decidedDocumentIdOf(app)).toBe(d.decidedDocumentId);
    expect(decidedContentIntact(app, nodeSha)).toBe(true);
  });

  it('an edit to the decided content is refused by the model: the file neither opens nor saves', () => {
    const app = followup();
    for (const edit of [
      (a: typeof app) => setIn(a, ['project', 'title'], 'Ett annat projekt'),
      (a: typeof app) => setIn(a, ['budget', 'costLines', 0, 'amounts', 0], 1),
      (a: typeof app) => setIn(a, ['language'], 'en'),
      (a: typeof app) => setIn(a, ['workflow', 'freeze', 'snapshot', 'activities', 0, 'name'], 'X'),
      (a: typeof app) => setIn(a, ['lifecycle', 'decision', 'decidedDocumentId'], 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-0000-1111'),
    ]) {
      const edited = edit(app);
      // The save path: main reads the renderer's application through the same load.
      const r = loadApplicationValue(JSON.parse(serializeApplication(edited)));
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.problems).toHaveLength(1);
        expect(r.problems[0]!.message.sv).toContain(edited.lifecycle.decision!.decidedDocumentId);
        expect(r.problems[0]!.message.en).toContain('changed outside the app');
      }
    }
  });

  it('a hand edit of both the content and the frozen copy is caught by the full hash an export makes', () => {
    const app = followup();
    const both = setIn(setIn(app, ['needs', 'need'], 'Annat'), ['workflow', 'freeze', 'snapshot', 'needs', 'need'], 'Annat');
    expect(decidedContentIntact(both)).toBe(true);
    expect(decidedContentIntact(both, nodeSha)).toBe(false);
  });

  it('the store’s guard keeps the decided content and lets the follow-up, the workflow and withdrawing through', () => {
    const app = followup();
    expect(keepDecided(app, setIn(app, ['project', 'title'], 'Nytt'))).toBe(app);
    expect(keepDecided(app, setIn(app, ['goals', 'logicModel', 0, 'indicators', 0, 'target'], '99 %'))).toBe(app);
    const report = editReport(app, FOLLOWUP_IDS.final, (r) => ({ ...r, summary: 'Klar' }));
    expect(keepDecided(app, report)).toBe(report);
    const decision = setIn(app, ['lifecycle', 'decision', 'conditions'], 'Nya villkor');
    expect(keepDecided(app, decision)).toBe(decision);
    expect(keepDecided(app, unfreeze(app))).toBe(app);
    const withdrawn = withdrawDecision(app);
    expect(keepDecided(app, withdrawn)).toBe(withdrawn);
    const editable = setIn(withdrawn, ['project', 'title'], 'Nytt');
    expect(keepDecided(withdrawn, editable)).toBe(editable);
    expect(loadApplicationText(serializeApplication(editable)).ok).toBe(true);
  });

  it('a decision is recorded only on the version frozen for signing, unchanged', () => {
    const app = fixture('skaraborg.simansokan');
    expect(recordDecision(app, INPUT, new Date())).toEqual({ ok: false, reason: 'not-frozen' });
    const frozen = freezeForSigning(app, 'Signerad', new Date('2025-04-01T08:00:00Z'));
    expect(recordDecision(setIn(frozen, ['needs', 'need'], 'x'), INPUT, new Date())).toEqual({ ok: false, reason: 'changed' });
    const r = recordDecision(frozen, INPUT, new Date('2025-06-13T08:00:00Z'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.app.lifecycle.decision!.decidedDocumentId).toBe(fingerprint(app));
    expect(loadApplicationText(serializeApplication(r.app)).ok).toBe(true);
    // Recording through the store's guard passes; a guard that would let content change in the same edit does not.
    expect(keepDecided(frozen, r.app)).toBe(r.app);
    expect(keepDecided(frozen, setIn(r.app, ['needs', 'need'], 'x'))).toBe(frozen);
  });
});

describe('phases, derived from the file', () => {
  it('idea → application → decided → reports', () => {
    const idea = newApplication(DEFAULT_PROGRAMME, new Date('2025-01-01T00:00:00Z'));
    expect(phaseOf(idea)).toBe('idea');
    expect(phaseOf(setIn(setIn(idea, ['needs', 'need'], 'Behov'), ['project', 'title'], 'Titel'))).toBe('idea');
    expect(phaseOf(setIn(idea, ['goals', 'purpose'], 'Syfte'))).toBe('application');
    const app = followup();
    expect(phaseOf(app)).toBe('reports');
    expect(phaseOf({ ...app, lifecycle: { ...app.lifecycle, reports: [] } })).toBe('decided');
    expect(phaseOf(withdrawDecision(app))).toBe('application');
  });
});
