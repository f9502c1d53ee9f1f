import { useStore as useVanillaStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { CONTENT_KEYS, type Application } from '../../../shared/model/schema';
import { sameElements } from '../store/useStoreArray';
import { fingerprint } from '../../../shared/model/fingerprint';
import { approvalStates, type ApprovalState } from '../../../shared/workflow';
import { settledStore } from '../store/derived';

/**
 * Approvals hold while their step hashes as it did when marked. Hashing steps is not for every keystroke, so this
 * follows the application as it was when typing settled, like the rules do; nothing derived is stored.
 */
const statesCache = new WeakMap<Application, ApprovalState[]>();
let lastStates: { parts: unknown[]; states: ApprovalState[] } | null = null;
export function approvalsOf(app: Application): ApprovalState[] {
  let r = statesCache.get(app);
  if (r) return r;
  // They never read the follow-up: a version that differs only there (a report typed in) reuses them.
  const parts = Object.entries(app).flatMap(([k, v]) => (k === 'lifecycle' ? [] : [v]));
  r = lastStates && sameElements(lastStates.parts, parts) ? lastStates.states : approvalStates(app);
  lastStates = { parts, states: r };
  statesCache.set(app, r);
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

let lastFreezeCheck: { parts: unknown[]; documentId: string; matches: boolean } | null = null;
/**
 * Whether the settled application still has the frozen Dokument-ID: null when not frozen. One hash, no diff, and
 * none while the content's parts keep their identity: typing in a decided project's reports changes the file, never
 * its content, and hashing a large content takes a tenth of a second.
 */
export function useFreezeMatches(): boolean | null {
  return useVanillaStore(settledStore, (s) => {
    const f = s.app?.workflow.freeze;
    if (!s.app || !f) return null;
    const app = s.app;
    const parts = CONTENT_KEYS.map((k) => app[k]);
    const last = lastFreezeCheck;
    if (last && last.documentId === f.documentId && sameElements(last.parts, parts)) return last.matches;
    const matches = fingerprint(app) === f.documentId;
    lastFreezeCheck = { parts, documentId: f.documentId, matches };
    return matches;
  });
}
