import { useStore as useVanillaStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { Application } from '../../../shared/model/schema';
import { fingerprint } from '../../../shared/model/fingerprint';
import { approvalStates, type ApprovalState } from '../../../shared/workflow';
import { settledStore } from '../store/derived';

/**
 * Approvals hold while their step hashes as it did when marked. Hashing steps is not for every keystroke, so this
 * follows the application as it was when typing settled, like the rules do; nothing derived is stored.
 */
const statesCache = new WeakMap<Application, ApprovalState[]>();
export function approvalsOf(app: Application): ApprovalState[] {
  let r = statesCache.get(app);
  if (!r) statesCache.set(app, (r = approvalStates(app)));
  return r;
}

const NONE: ApprovalState[] = [];

/** The approvals recorded for one step, valid or lapsed, in the order they were given. */
export function useStepApprovals(step: string): ApprovalState[] {
  return useVanillaStore(
    settledStore,
    useShallow((s) => (s.app ? approvalsOf(s.app).filter((a) => a.step === step) : NONE)),
  );
}

const frozenCache = new WeakMap<Application, boolean>();
/** Whether the settled application still has the frozen Dokument-ID: null when not frozen. One hash, no diff. */
export function useFreezeMatches(): boolean | null {
  return useVanillaStore(settledStore, (s) => {
    const f = s.app?.workflow.freeze;
    if (!s.app || !f) return null;
    let m = frozenCache.get(s.app);
    if (m === undefined) frozenCache.set(s.app, (m = fingerprint(s.app) === f.documentId));
    return m;
  });
}
