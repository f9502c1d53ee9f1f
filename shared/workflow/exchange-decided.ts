import { diffValues, type Difference } from '../merge/diff';
import { deepEqual, type Conflict, type MergeResult, type Removal } from '../merge/merge';
import { decidedContentIntact } from '../model/decided';
import type { Decision, Lifecycle } from '../model/lifecycle';
import { contentOf, type Application, type ApplicationContent, type Freeze } from '../model/schema';

/**
 * Merging a partner's copy when one side records the funder's decision.
 *
 * The decided application is kept exactly as signed (shared/model/decided.ts), so a content edit from either side that
 * differs from it cannot be taken: the merged file would not hash to the decision's Dokument-ID and could not be
 * saved. Instead the merged content is the content of the side that is intact for the decision, the edits that differ
 * from it are listed as not taken (a change during the project belongs in a change request), and only the follow-up
 * merges field by field.
 */

export type DecidedMerge = {
  /** The Dokument-ID the merged decision names. */
  documentId: string;
  /** The one printed on the signed paper, to show (differs only for an application signed in an older format). */
  printedId: string;
  /** Whose content (and freeze) the merged file takes: the side intact for the decision. */
  side: 'mine' | 'theirs';
  /** The other side's content edits that differ from the decided application, in the merged content's terms:
   * `before` is the decided value (kept), `after` the edit (not taken). */
  notTaken: Difference[];
  /** What changes in my file, content and follow-up, without a choice (the list shown as taken over). */
  takenOver: Difference[];
};

export type DecidedRefusal = 'different-decisions' | 'decided-content-missing';

type Parts = ApplicationContent & { lifecycle: Lifecycle };

const isLifecycle = (path: readonly unknown[]) => path[0] === 'lifecycle';
const key = (path: readonly unknown[]) => JSON.stringify(path);

/** Refused before anything is merged: the two copies name different decided applications. */
export function conflictingDecisions(mine: Application, theirs: Application): boolean {
  const dm = mine.lifecycle.decision;
  const dt = theirs.lifecycle.decision;
  return dm !== null && dt !== null && dm.decidedDocumentId !== dt.decidedDocumentId;
}

/**
 * The decision the merged file may end with: the merged one, or, when the decision itself is a choice left to the
 * user (one side has none), the one side's decision, since the user may choose it.
 */
function possibleDecision(mine: Application, theirs: Application, merged: Parts, conflicts: Conflict[]): Decision | null {
  if (merged.lifecycle.decision) return merged.lifecycle.decision;
  const chosen = conflicts.some((c) => c.path[0] === 'lifecycle' && c.path[1] === 'decision');
  return chosen ? (mine.lifecycle.decision ?? theirs.lifecycle.decision) : null;
}

/** Whether a side's content is the application the decision names, by its own freeze. */
function intactFor(app: Application, decision: Decision): boolean {
  return app.workflow.freeze?.documentId === decision.decidedDocumentId && decidedContentIntact({ ...app, lifecycle: { ...app.lifecycle, decision } });
}

export type DecidedOutcome =
  | { kind: 'none' }
  | { kind: 'refused'; reason: DecidedRefusal }
  | { kind: 'decided'; merged: Parts; conflicts: Conflict[]; removed: Removal[]; decided: DecidedMerge };

/**
 * Given today's field-by-field merge of both copies' content and follow-up, keeps the decided content: the follow-up's
 * merge, conflicts and removals stand; the content's are replaced by the intact side's content and listed.
 */
export function keepDecidedContent(mine: Application, theirs: Application, result: MergeResult<Parts>): DecidedOutcome {
  const decision = possibleDecision(mine, theirs, result.merged, result.conflicts);
  if (!decision) return { kind: 'none' };
  const side = intactFor(mine, decision) ? 'mine' : intactFor(theirs, decision) ? 'theirs' : null;
  if (!side) return { kind: 'refused', reason: 'decided-content-missing' };

  const decided = contentOf(side === 'mine' ? mine : theirs);
  const mineContent = contentOf(mine);
  const { lifecycle, ...mergedContent } = result.merged;
  const contentConflicts = result.conflicts.filter((c) => !isLifecycle(c.path));
  const conflictAt = new Set(contentConflicts.map((c) => key(c.path)));
  // Paths below are in the terms of the content as today's merge would have it, which both sides' edits share.
  const theirOnly = diffValues(mineContent, mergedContent).filter((d) => !conflictAt.has(key(d.path)));
  let notTaken: Difference[];
  let contentTaken: Difference[];
  if (side === 'mine') {
    // The partner's one-sided edits, and where both changed a field, the partner's value.
    const chosen = contentConflicts.filter((c) => c.mine !== undefined).map((c): Difference => ({ path: c.path, kind: c.theirs === undefined ? 'removed' : 'changed', before: c.mine, after: c.theirs }));
    // (An item I removed and the partner edited is in today's merge already, so it shows among the differences.)
    notTaken = [...diffValues(mineContent, mergedContent), ...chosen];
    contentTaken = [];
  } else {
    // My own edits since the common version (and my side of each field both changed) give way to the decided content.
    const removedByMe = contentConflicts.filter((c) => c.mine === undefined).map((c): Difference => ({ path: c.path, kind: 'removed', before: c.theirs, after: undefined }));
    notTaken = [...diffValues(decided, mergedContent), ...removedByMe];
    contentTaken = theirOnly;
  }
  const lifecycleConflicts = result.conflicts.filter((c) => isLifecycle(c.path));
  const lifecycleConflictAt = new Set(lifecycleConflicts.map((c) => key(c.path)));
  const lifecycleTaken = diffValues(mine.lifecycle, lifecycle, ['lifecycle']).filter((d) => !lifecycleConflictAt.has(key(d.path)));
  return {
    kind: 'decided',
    merged: { ...structuredClone(decided), lifecycle },
    conflicts: lifecycleConflicts,
    removed: result.removed.filter((r) => isLifecycle(r.list)),
    decided: { documentId: decision.decidedDocumentId, printedId: decision.signedDocumentId || decision.decidedDocumentId, side, notTaken, takenOver: [...contentTaken, ...lifecycleTaken] },
  };
}

/**
 * The freeze the merged file keeps: while it records a decision, the one (of either side) that the decided content was
 * frozen as, so the file saves and reopens with the decision's Dokument-ID; otherwise mine, or else the partner's.
 */
export function freezeFor(content: ApplicationContent, lifecycle: Lifecycle, mine: Application, theirs: Application): Freeze | null {
  const d = lifecycle.decision;
  const own = mine.workflow.freeze ?? theirs.workflow.freeze;
  if (!d) return own;
  const matches = (f: Freeze | null): f is Freeze => f !== null && f.documentId === d.decidedDocumentId && deepEqual(contentOf(content as Application), f.snapshot);
  return [mine.workflow.freeze, theirs.workflow.freeze].find(matches) ?? own;
}
