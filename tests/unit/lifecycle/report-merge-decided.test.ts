import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decidedContentProblem } from '../../../shared/model/decided';
import { fingerprint } from '../../../shared/model/fingerprint';
import { describePath } from '../../../shared/model/labels';
import { loadApplicationText, serializeApplication } from '../../../shared/model/load';
import { contentOf, type Application } from '../../../shared/model/schema';
import { recordDecision } from '../../../shared/workflow/decision';
import { applyPartnerMerge, mergePartnerCopy, prepareCopyForPartner } from '../../../shared/workflow/exchange';
import { freezeForSigning } from '../../../shared/workflow/freeze';
import { setIn } from '../../../renderer/src/store/paths';
import { editReport, followup, FOLLOWUP_IDS, reportOf } from './support';

const at = new Date('2028-09-13T08:00:00Z');
const nodeSha256 = (data: Uint8Array) => new Uint8Array(createHash('sha256').update(data).digest());
const TYPO_FIX = 'Skövde kommun, Närhälsan och BUP Skaraborg bygger ett gemensamt språkstöd (rättat stavfel).';

/** Through the file, as main reads a partner's copy or this window's own save. */
function viaFile(app: Application): Application {
  const r = loadApplicationText(serializeApplication(app));
  if (!r.ok) throw new Error(`must load: ${JSON.stringify(r.problems.slice(0, 2))}`);
  return r.application;
}

/**
 * The story: the municipality (A) sent the signed application to the region (B) before VGR decided. A then recorded
 * the decision and reports in its file; B, in its older copy, fixed a typo in the project summary and an activity's
 * description after signing.
 */
function story() {
  const decided = followup();
  const signed: Application = { ...decided, lifecycle: { decision: null, reports: [], changeRequests: [] } };
  const sent = prepareCopyForPartner(signed, null, new Date('2025-05-02T08:00:00Z'));
  const a = viaFile({ ...sent.mine, lifecycle: structuredClone(decided.lifecycle) });
  let b = viaFile(sent.copy);
  b = setIn(b, ['project', 'summary'], TYPO_FIX);
  b = setIn(b, ['activities', 2, 'description'], 'Språkteamet träffar varje BVC en gång i månaden.');
  return { decided, a, b: viaFile(b) };
}

const paths = (ds: { path: readonly (string | number)[] }[]) => ds.map((d) => d.path.join('.')).sort();

describe('merging when one copy records the decision: the decided application wins', () => {
  it('the partner’s content edits are not taken, listed where they are; the merged file saves, reopens and keeps the Dokument-ID', () => {
    const { decided, a, b } = story();
    const r = mergePartnerCopy(a, b);
    if (!r.ok) throw new Error(`must merge: ${r.reason}`);
    expect(r.conflicts).toEqual([]);
    expect(contentOf(r.merged as unknown as Application)).toEqual(contentOf(decided));
    expect(r.decided).toMatchObject({ side: 'mine', documentId: decided.lifecycle.decision!.decidedDocumentId });
    expect(paths(r.decided!.notTaken)).toEqual(['activities.2.description', 'project.summary']);
    expect(r.decided!.notTaken.find((d) => d.path[1] === 'summary')).toMatchObject({ before: decided.project.summary, after: TYPO_FIX });
    expect(describePath(r.decided!.notTaken.find((d) => d.path[1] === 'summary')!.path, 'sv')).toContain('Projekt');
    // Nothing of the partner's content comes in, and the follow-up is mine (the partner had none).
    expect(r.takenOver).toBe(0);

    const merged = applyPartnerMerge(a, b, r.merged, at);
    expect(decidedContentProblem(merged, nodeSha256)).toBeNull();
    const reopened = viaFile(merged);
    expect(reopened.project.summary).toBe(decided.project.summary);
    expect(reopened.workflow.freeze!.documentId).toBe(decided.lifecycle.decision!.decidedDocumentId);
    expect(fingerprint(reopened)).toBe(decided.lifecycle.decision!.decidedDocumentId);
    expect(reopened.lifecycle).toEqual(decided.lifecycle);
  });

  it('read the other way round, the older copy takes the decided content and the decided side’s freeze, and lists its own edits as not taken', () => {
    const { decided, a } = story();
    // B unfroze to fix the typo and froze again: its own freeze now names another Dokument-ID.
    const b = viaFile(freezeForSigning(setIn(story().b, ['project', 'summary'], TYPO_FIX), 'Efter rättelsen', new Date('2025-06-20T08:00:00Z')));
    expect(b.workflow.freeze!.documentId).not.toBe(decided.lifecycle.decision!.decidedDocumentId);
    const r = mergePartnerCopy(b, a);
    if (!r.ok) throw new Error(`must merge: ${r.reason}`);
    expect(r.conflicts).toEqual([]);
    expect(r.decided!.side).toBe('theirs');
    expect(paths(r.decided!.notTaken)).toEqual(['activities.2.description', 'project.summary']);
    expect(r.decided!.notTaken.find((d) => d.path[1] === 'summary')).toMatchObject({ before: decided.project.summary, after: TYPO_FIX });
    // The decision and the reports come in; my own edits are not among what is taken over.
    expect(r.decided!.takenOver.map((d) => d.path[0])).toEqual(r.decided!.takenOver.map(() => 'lifecycle'));
    expect(r.takenOver).toBe(r.decided!.takenOver.length);
    expect(r.takenOver).toBeGreaterThan(0);

    const merged = applyPartnerMerge(b, a, r.merged, at);
    expect(merged.workflow.freeze).toEqual(a.workflow.freeze);
    expect(decidedContentProblem(merged, nodeSha256)).toBeNull();
    const reopened = viaFile(merged);
    expect(contentOf(reopened)).toEqual(contentOf(decided));
    expect(reopened.lifecycle.decision).toEqual(decided.lifecycle.decision);
    expect(reportOf(reopened, FOLLOWUP_IDS.final).id).toBe(FOLLOWUP_IDS.final);
  });

  it('without a shared version, no content difference is offered for choice: only the decision itself is the user’s', () => {
    const { decided, b } = story();
    const a = followup();
    expect(a.workflow.exchange).toBeNull();
    const r = mergePartnerCopy(a, b);
    if (!r.ok) throw new Error(`must merge: ${r.reason}`);
    expect(r.base).toBe('none');
    expect(r.conflicts.every((c) => c.path[0] === 'lifecycle')).toBe(true);
    expect(paths(r.decided!.notTaken)).toEqual(['activities.2.description', 'project.summary']);
    // Whichever way the decision is chosen, the content is the decided one and the file saves.
    const merged = applyPartnerMerge(a, b, r.merged, at);
    expect(contentOf(viaFile(merged))).toEqual(contentOf(decided));
  });

  it('both copies decided: the follow-up still merges field by field, with no content edits to list', () => {
    const { decided } = story();
    const sent = prepareCopyForPartner(decided, null, at);
    const a = editReport(viaFile(sent.mine), FOLLOWUP_IDS.final, (r) => ({ ...r, final: { ...r.final!, spreading: 'Spridning enligt kommunen.' } }));
    const b = editReport(viaFile(sent.copy), FOLLOWUP_IDS.final, (r) => ({ ...r, children: { ...r.children, whatChanged: 'Regionens tillägg om barnen.' } }));
    const r = mergePartnerCopy(a, b);
    if (!r.ok) throw new Error(`must merge: ${r.reason}`);
    expect(r.conflicts).toEqual([]);
    expect(r.decided!.notTaken).toEqual([]);
    expect(r.takenOver).toBe(1);
    const final = reportOf(viaFile(applyPartnerMerge(a, b, r.merged, at)), FOLLOWUP_IDS.final);
    expect(final.final!.spreading).toBe('Spridning enligt kommunen.');
    expect(final.children.whatChanged).toBe('Regionens tillägg om barnen.');
  });
});

describe('merges that are refused before anything is applied', () => {
  it('two copies that record decisions on different versions', () => {
    const { a, b } = story();
    const frozen = freezeForSigning(b, 'Efter rättelsen', new Date('2025-06-20T08:00:00Z'));
    const other = recordDecision(frozen, { ...a.lifecycle.decision!, diarienummer: 'RS 2025-09999' }, new Date('2025-07-01T08:00:00Z'));
    if (!other.ok) throw new Error('must decide');
    const theirs = viaFile(other.app);
    const before = [structuredClone(a), structuredClone(theirs)];
    expect(mergePartnerCopy(a, theirs)).toEqual({ ok: false, reason: 'different-decisions' });
    expect(mergePartnerCopy(theirs, a)).toEqual({ ok: false, reason: 'different-decisions' });
    expect([a, theirs]).toEqual(before);
  });

  it('neither side’s content is the decided application', () => {
    const { a, b } = story();
    // A hand-edited copy: the decision kept, the content changed under it (load would refuse it; merge must too).
    const broken = setIn(a, ['project', 'summary'], 'Ändrad i efterhand.');
    expect(mergePartnerCopy(b, broken)).toEqual({ ok: false, reason: 'decided-content-missing' });
    expect(mergePartnerCopy(broken, b)).toEqual({ ok: false, reason: 'decided-content-missing' });
    // A decision whose freeze is gone on both sides.
    const noFreeze = { ...a, workflow: { ...a.workflow, freeze: null } };
    const bNoFreeze = { ...b, workflow: { ...b.workflow, freeze: null } };
    expect(mergePartnerCopy(bNoFreeze, noFreeze)).toEqual({ ok: false, reason: 'decided-content-missing' });
  });
});

describe('files without a decision merge as before', () => {
  it('the partner’s content edit is taken over, with no decided result', () => {
    const { b } = story();
    const signed = { ...followup(), lifecycle: { decision: null, reports: [], changeRequests: [] } };
    const sent = prepareCopyForPartner(signed, null, new Date('2025-05-02T08:00:00Z'));
    const r = mergePartnerCopy(viaFile(sent.mine), b);
    if (!r.ok) throw new Error(`must merge: ${r.reason}`);
    expect(r.decided).toBeUndefined();
    expect(r.takenOver).toBe(2);
    expect(r.merged.project.summary).toBe(TYPO_FIX);
  });
});
