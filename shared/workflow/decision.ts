import { deepEqual } from '../merge/merge';
import { fingerprint } from '../model/fingerprint';
import type { Decision, ReportingDate } from '../model/lifecycle';
import { CONTENT_KEYS, type Application } from '../model/schema';

/** What a person types when recording the funder's decision; the Dokument-IDs come from the freeze. */
export type DecisionInput = Omit<Decision, 'decidedDocumentId' | 'signedDocumentId' | 'recordedAt'>;

export type RecordDecision =
  | { ok: true; app: Application }
  /** 'not-frozen': there is no signed version to decide on; 'changed': the content is no longer the frozen version. */
  | { ok: false; reason: 'not-frozen' | 'changed' };

/**
 * Records the funder's decision on the version frozen for signing: the decision names that version's Dokument-ID,
 * and from then on the content must keep hashing to it (shared/model/decided.ts refuses a file where it does not).
 */
export function recordDecision(app: Application, input: DecisionInput, now: Date): RecordDecision {
  const f = app.workflow.freeze;
  if (!f) return { ok: false, reason: 'not-frozen' };
  if (fingerprint(app) !== f.documentId) return { ok: false, reason: 'changed' };
  const decision: Decision = {
    ...structuredClone(input),
    decidedDocumentId: f.documentId,
    signedDocumentId: f.signedDocumentId && f.signedDocumentId !== f.documentId ? f.signedDocumentId : '',
    recordedAt: now.toISOString(),
  };
  return { ok: true, app: { ...app, lifecycle: { ...app.lifecycle, decision } } };
}

/** Takes a wrongly recorded decision away again (the application becomes editable); reports are kept. */
export function withdrawDecision(app: Application): Application {
  return { ...app, lifecycle: { ...app.lifecycle, decision: null } };
}

/** Whether the application's content is locked by a decision. */
export const isDecided = (app: Application): boolean => app.lifecycle.decision !== null;

/** The Dokument-ID everything after the decision refers to: the one printed on the signed paper. */
export function decidedDocumentIdOf(app: Application): string | null {
  const d = app.lifecycle.decision;
  return d ? d.signedDocumentId || d.decidedDocumentId : null;
}

/**
 * The store's guard for every edit: while a decision exists the application's content stays as signed, so an edit
 * that changes it is refused (the previous application is returned, unchanged). Edits to the follow-up, the workflow
 * or the timestamps pass. Recording a decision passes only when the content is the decided version. Cheap on the
 * typing path: untouched parts are the same objects, so only a changed part is compared deeply.
 */
export function keepDecided(prev: Application, next: Application): Application {
  const d = next.lifecycle.decision;
  if (!d) return next;
  if (!prev.lifecycle.decision) return fingerprint(next) === d.decidedDocumentId ? next : prev;
  for (const k of CONTENT_KEYS) if (prev[k] !== next[k] && !deepEqual(prev[k], next[k])) return prev;
  return next;
}

/** The reporting dates in order: by kind (progress before final), then period. */
export function reportingDatesInOrder(decision: Decision): ReportingDate[] {
  const rank = (r: ReportingDate) => (r.kind === 'final' ? 1 : 0);
  return [...decision.reportingDates].sort((a, b) => rank(a) - rank(b) || a.period - b.period);
}
