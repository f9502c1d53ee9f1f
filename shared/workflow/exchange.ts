import { diffValues } from '../merge/diff';
import { deepEqual, threeWayMerge, UNKNOWN_BASE, type Conflict, type Removal } from '../merge/merge';
import { LIMITS } from '../model/limits';
import { contentOf, snapshotOf, type Application, type ApplicationContent, type Exchange, type Workflow } from '../model/schema';
import type { Lifecycle } from '../model/lifecycle';
import type { Who } from './approvals';
import { conflictingDecisions, freezeFor, keepDecidedContent, type DecidedMerge, type DecidedRefusal } from './exchange-decided';

export type { DecidedMerge } from './exchange-decided';

/**
 * Passing the application between the co-owners.
 *
 * Each file remembers the last version both parties are known to have (`workflow.exchange.base`). Sending sets it the
 * first time and never moves it (the partner may answer from an older copy); reading the partner's copy merges against
 * it and then moves it to the partner's version, which is what both now share. Only this file's own record is trusted:
 * the copy's record is the partner's claim.
 */

/** The partner's copy to send, and my document updated to remember what it was sent from. */
export function prepareCopyForPartner(app: Application, who: Who | null, now: Date): { mine: Application; copy: Application } {
  const at = now.toISOString();
  const prev = app.workflow.exchange;
  const exchange: Exchange = {
    base: prev?.base ?? snapshotOf(app),
    baseAt: prev?.baseAt ?? at,
    sentAt: at,
    sentByPartyId: who?.partyId ?? '',
    sentBy: who?.by ?? '',
    baseLifecycle: prev?.baseLifecycle ?? structuredClone(app.lifecycle),
  };
  const mine = { ...app, workflow: { ...app.workflow, exchange } };
  // The copy's own approvals, log and freeze travel with it: they belong to the application, not to one party.
  return { mine, copy: { ...mine, updatedAt: at } };
}

/** What the partner's copy merges: the application's content and its follow-up. */
export type MergedParts = ApplicationContent & { lifecycle: Lifecycle };

export type PartnerMerge =
  /** 'different-decisions': the copies record different decided applications; 'decided-content-missing': neither
   * side's content is the application the merged decision names. Either way nothing is merged. */
  | { ok: false; reason: 'different-application' | DecidedRefusal }
  | {
      ok: true;
      /** 'shared' when this file records a version both had; 'none' when every difference has to be chosen. */
      base: 'shared' | 'none';
      /**
       * What the partner's copy says the shared version was, compared by content with this file's record: 'agrees',
       * 'differs' (a later round, or a claim this file cannot confirm), or 'none' (no claim). Only ever shown; the
       * merge never uses the claim.
       */
      partnerBase: 'agrees' | 'differs' | 'none';
      /** The merged content and follow-up (decision, reports, change requests: both parties report). */
      merged: MergedParts;
      conflicts: Conflict[];
      /** Items left out because one side removed them and the other had not changed them. */
      removed: Removal[];
      /** How many fields the partner changed that were taken over without asking. */
      takenOver: number;
      /** Present when the merged file records a decision: its content is the decided application, whatever either
       * side edited in it (shared/workflow/exchange-decided.ts). */
      decided?: DecidedMerge;
    };

/**
 * Merges the partner's copy into mine, field by field, without applying anything.
 *
 * The common version is the one this file recorded (`workflow.exchange.base`: what it sent first or last read from
 * the partner), never the one the copy claims: a claim dated in the future, or naming a version this file never had,
 * would otherwise make the partner's side win every field I changed. Without a record, the base is unknown and every
 * difference is the user's choice.
 */
export function mergePartnerCopy(mine: Application, theirs: Application): PartnerMerge {
  if (mine.id !== theirs.id) return { ok: false, reason: 'different-application' };
  if (conflictingDecisions(mine, theirs)) return { ok: false, reason: 'different-decisions' };
  const own = mine.workflow.exchange;
  const claim = theirs.workflow.exchange;
  // Compared by content itself, which a hash only stands for: equal or not, with no collision to fear.
  const partnerBase = !claim ? 'none' : own && deepEqual(own.base, claim.base) ? 'agrees' : 'differs';
  // The follow-up merges with the content, field by field against the same common version, so a report both
  // parties wrote in merges like a step of the application and its conflicts are chosen the same way.
  const m: MergedParts = { ...contentOf(mine), lifecycle: mine.lifecycle };
  const t: MergedParts = { ...contentOf(theirs), lifecycle: theirs.lifecycle };
  const base = own ? { ...own.base, lifecycle: own.baseLifecycle } : UNKNOWN_BASE;
  const result = threeWayMerge<MergedParts>(base, m, t);
  const baseKind = own ? 'shared' : 'none';
  const decided = keepDecidedContent(mine, theirs, result);
  if (decided.kind === 'refused') return { ok: false, reason: decided.reason };
  if (decided.kind === 'decided') {
    const { merged, conflicts, removed } = decided;
    return { ok: true, base: baseKind, partnerBase, merged, conflicts, removed, takenOver: decided.decided.takenOver.length, decided: decided.decided };
  }
  const { merged, conflicts, removed } = result;
  // Differences from my version are the partner's edits, except items kept only for the user's choice.
  const keptForChoice = conflicts.filter((c) => c.mine === undefined).length;
  const takenOver = diffValues(m, merged).length - keptForChoice;
  return { ok: true, base: baseKind, partnerBase, merged, conflicts, removed, takenOver };
}

const byTime = <T extends { at: string }>(xs: T[]) => [...xs].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));

/**
 * The merged application to put in front of the user: the chosen content, and a workflow that keeps both sides'
 * approvals (the later per step and party), both change logs, my step owners and freeze (while a decision exists, the
 * freeze of the decided content, from whichever side it is), and the partner's version as the new common base.
 */
export function applyPartnerMerge(mine: Application, theirs: Application, content: ApplicationContent | MergedParts, now: Date): Application {
  const approvals = new Map<string, Application['workflow']['approvals'][number]>();
  for (const a of byTime([...theirs.workflow.approvals, ...mine.workflow.approvals])) approvals.set(`${a.step}|${a.partyId}`, a);
  const seen = new Set<string>();
  const changeLog = byTime([...mine.workflow.changeLog, ...theirs.workflow.changeLog])
    .filter((e) => {
      const key = JSON.stringify(e);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(-LIMITS.changeLog);
  // Without a merged follow-up (a caller that merged the content only) mine stays.
  const lifecycle = 'lifecycle' in content ? content.lifecycle : mine.lifecycle;
  const workflow: Workflow = {
    stepOwners: mine.workflow.stepOwners.length > 0 ? mine.workflow.stepOwners : theirs.workflow.stepOwners,
    approvals: [...approvals.values()],
    exchange: {
      base: snapshotOf(theirs),
      baseAt: now.toISOString(),
      sentAt: mine.workflow.exchange?.sentAt ?? '',
      sentByPartyId: mine.workflow.exchange?.sentByPartyId ?? '',
      sentBy: mine.workflow.exchange?.sentBy ?? '',
      baseLifecycle: structuredClone(theirs.lifecycle),
    },
    freeze: freezeFor(content, lifecycle, mine, theirs),
    changeLog,
  };
  return { ...mine, ...content, lifecycle, workflow };
}
