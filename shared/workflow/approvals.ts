import { shortHash } from '../model/fingerprint';
import type { Application, Approval } from '../model/schema';
import type { StepId } from '../model/steps';
import { stepContent, WORK_STEPS, type WorkStep } from './steps';

export function stepHash(app: Application, step: WorkStep): string {
  return shortHash(stepContent(app, step));
}

export type Who = { partyId: string; by: string };

/** Marks a step "Klar" for a party, replacing that party's earlier mark on the step. */
export function approveStep(app: Application, step: WorkStep, who: Who, now: Date): Application {
  const approval: Approval = { step, partyId: who.partyId, by: who.by, at: now.toISOString(), contentHash: stepHash(app, step) };
  const others = app.workflow.approvals.filter((a) => !(a.step === step && a.partyId === who.partyId));
  return { ...app, workflow: { ...app.workflow, approvals: [...others, approval] } };
}

export function withdrawApproval(app: Application, step: WorkStep, partyId: string): Application {
  const approvals = app.workflow.approvals.filter((a) => !(a.step === step && a.partyId === partyId));
  return { ...app, workflow: { ...app.workflow, approvals } };
}

export type ApprovalState = Approval & {
  /** False when the step changed after it was marked: the mark no longer counts, and the UI says so. */
  valid: boolean;
};

/**
 * Each recorded approval and whether it still holds. Derived from the content every time, never stored: editing an
 * approved step clears its approval by changing the step's hash, and the record stays so the UI can say whose "Klar" lapsed.
 */
export function approvalStates(app: Application): ApprovalState[] {
  const hashes = new Map<string, string>();
  const hashOf = (step: WorkStep) => {
    let h = hashes.get(step);
    if (h === undefined) hashes.set(step, (h = stepHash(app, step)));
    return h;
  };
  return app.workflow.approvals
    .filter((a) => (WORK_STEPS as readonly string[]).includes(a.step) && app.parties.some((p) => p.id === a.partyId))
    .map((a) => ({ ...a, valid: a.contentHash === hashOf(a.step as WorkStep) }));
}

/** The party that answers for a step, if one is set and still a party of the application. */
export function stepOwner(app: Application, step: StepId): string | null {
  const id = app.workflow.stepOwners.find((o) => o.step === step)?.partyId;
  return id && app.parties.some((p) => p.id === id) ? id : null;
}

export function setStepOwner(app: Application, step: WorkStep, partyId: string | null): Application {
  const rest = app.workflow.stepOwners.filter((o) => o.step !== step);
  const stepOwners = partyId ? [...rest, { step, partyId }] : rest;
  return { ...app, workflow: { ...app.workflow, stepOwners } };
}
