import { diffValues } from '../merge/diff';
import { threeWayMerge, type Conflict } from '../merge/merge';
import { LIMITS } from '../model/limits';
import { contentOf, snapshotOf, type Application, type ApplicationContent, type Exchange, type Workflow } from '../model/schema';
import type { Who } from './approvals';

/**
 * Passing the application between the co-owners.
 *
 * Each file remembers the last version both parties are known to have (`workflow.exchange.base`). Sending sets it the
 * first time and never moves it; reading the partner's copy merges against it and then moves it to the partner's
 * version, which is what both now share. Of two bases the later one is the nearer common ancestor.
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
  };
  const mine = { ...app, workflow: { ...app.workflow, exchange } };
  // The copy's own approvals, log and freeze travel with it: they belong to the application, not to one party.
  return { mine, copy: { ...mine, updatedAt: at } };
}

export type PartnerMerge =
  | { ok: false; reason: 'different-application' }
  | {
      ok: true;
      /** 'shared' when a common version was found; 'none' when every difference has to be chosen (older files). */
      base: 'shared' | 'none';
      merged: ApplicationContent;
      conflicts: Conflict[];
      /** How many fields the partner changed that were taken over without asking. */
      takenOver: number;
    };

function nearestBase(mine: Application, theirs: Application): Exchange | null {
  const candidates = [mine.workflow.exchange, theirs.workflow.exchange].filter((e): e is Exchange => e !== null);
  if (candidates.length === 0) return null;
  return candidates.reduce((a, b) => (b.baseAt > a.baseAt ? b : a));
}

/** Merges the partner's copy into mine, field by field, without applying anything. */
export function mergePartnerCopy(mine: Application, theirs: Application): PartnerMerge {
  if (mine.id !== theirs.id) return { ok: false, reason: 'different-application' };
  const base = nearestBase(mine, theirs);
  const m = contentOf(mine);
  const t = contentOf(theirs);
  const { merged, conflicts } = threeWayMerge<ApplicationContent>(base?.base ?? (undefined as unknown as ApplicationContent), m, t);
  // Differences from my version are the partner's edits, except items kept only because I removed what they edited.
  const keptForChoice = conflicts.filter((c) => c.mine === undefined).length;
  const takenOver = diffValues(m, merged).length - keptForChoice;
  return { ok: true, base: base ? 'shared' : 'none', merged, conflicts, takenOver };
}

const byTime = <T extends { at: string }>(xs: T[]) => [...xs].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));

/**
 * The merged application to put in front of the user: the chosen content, and a workflow that keeps both sides'
 * approvals (the later per step and party), both change logs, my step owners and freeze, and the partner's version as
 * the new common base.
 */
export function applyPartnerMerge(mine: Application, theirs: Application, content: ApplicationContent, now: Date): Application {
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
  const workflow: Workflow = {
    stepOwners: mine.workflow.stepOwners.length > 0 ? mine.workflow.stepOwners : theirs.workflow.stepOwners,
    approvals: [...approvals.values()],
    exchange: {
      base: snapshotOf(theirs),
      baseAt: now.toISOString(),
      sentAt: mine.workflow.exchange?.sentAt ?? '',
      sentByPartyId: mine.workflow.exchange?.sentByPartyId ?? '',
      sentBy: mine.workflow.exchange?.sentBy ?? '',
    },
    freeze: mine.workflow.freeze ?? theirs.workflow.freeze,
    changeLog,
  };
  return { ...mine, ...content, workflow };
}
