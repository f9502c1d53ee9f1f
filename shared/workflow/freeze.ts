import { diffValues, type Difference } from '../merge/diff';
import { fingerprint } from '../model/fingerprint';
import { contentOf, snapshotOf, type Application } from '../model/schema';

/** "Lås för underskrift": records the Dokument-ID and the content it stands for. */
export function freezeForSigning(app: Application, label: string, now: Date): Application {
  const freeze = { documentId: fingerprint(app), at: now.toISOString(), label, snapshot: snapshotOf(app) };
  return { ...app, workflow: { ...app.workflow, freeze } };
}

/** Unlocks for editing; not while a decision stands on the frozen version (withdraw the decision first). */
export function unfreeze(app: Application): Application {
  if (app.lifecycle.decision) return app;
  return { ...app, workflow: { ...app.workflow, freeze: null } };
}

export type FreezeStatus =
  | { frozen: false }
  | { frozen: true; documentId: string; signedDocumentId: string | null; label: string; at: string; matches: true }
  | { frozen: true; documentId: string; signedDocumentId: string | null; label: string; at: string; matches: false; currentId: string; differences: Difference[] };

/** Whether the application still is the version that was frozen, and if not, every field that differs. */
export function freezeStatus(app: Application): FreezeStatus {
  const f = app.workflow.freeze;
  if (!f) return { frozen: false };
  const currentId = fingerprint(app);
  const base = { frozen: true as const, documentId: f.documentId, signedDocumentId: f.signedDocumentId ?? null, label: f.label, at: f.at };
  if (currentId === f.documentId) return { ...base, matches: true };
  return { ...base, matches: false, currentId, differences: diffValues(f.snapshot, contentOf(app)) };
}

/** The application as it was frozen, for exporting the signed version again unchanged. */
export function frozenApplication(app: Application): Application | null {
  const f = app.workflow.freeze;
  return f ? { ...app, ...f.snapshot } : null;
}
