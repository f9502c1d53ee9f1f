import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { stableStringify } from '../model/json';
import { DOCUMENT_ID_HEX, type Sha256 } from '../model/fingerprint';
import type { ChangeRequest, Decision, Lock, Report } from '../model/lifecycle';
import type { Application } from '../model/schema';

/**
 * The own Dokument-ID of a report or change request: 128 bits of SHA-256 over what its document prints that can
 * change, with the decided application's Dokument-ID inside, so a report is bound to the application it reports on.
 * Its lock, the change request's status and the decision's recording time are left out: locking or sending it,
 * or correcting another period's due date, keeps the ID.
 */
function documentIdOf(value: unknown, digest: Sha256): string {
  const hex = bytesToHex(digest(utf8ToBytes(stableStringify(value)))).slice(0, DOCUMENT_ID_HEX);
  return hex.toUpperCase().match(/.{4}/g)!.join('-');
}

/** The decision as the report's documents print it. */
const decisionPart = (d: Decision) => ({
  decidedDocumentId: d.decidedDocumentId,
  signedDocumentId: d.signedDocumentId,
  date: d.date,
  diarienummer: d.diarienummer,
  funder: d.funder,
  grantedPerYear: d.grantedPerYear,
});

export function reportDocumentId(decision: Decision, report: Report, digest: Sha256 = sha256): string {
  const { freeze: _lock, ...body } = report;
  return documentIdOf({ kind: 'report', decision: decisionPart(decision), report: body }, digest);
}

export function changeRequestDocumentId(decision: Decision, cr: ChangeRequest, digest: Sha256 = sha256): string {
  return documentIdOf({ kind: 'change', decision: decisionPart(decision), change: { id: cr.id, reason: cr.reason, proposed: cr.proposed } }, digest);
}

export type LockStatus = { locked: false } | { locked: true; documentId: string; at: string; matches: boolean; currentId: string };

function lockStatus(lock: Lock | null, currentId: string): LockStatus {
  if (!lock) return { locked: false };
  return { locked: true, documentId: lock.documentId, at: lock.at, matches: lock.documentId === currentId, currentId };
}

const findReport = (app: Application, reportId: string) => app.lifecycle.reports.find((r) => r.id === reportId);

/** Whether a report is locked for signing and still the version that was locked. */
export function reportLockStatus(app: Application, reportId: string): LockStatus {
  const d = app.lifecycle.decision;
  const r = findReport(app, reportId);
  if (!d || !r) return { locked: false };
  return lockStatus(r.freeze, reportDocumentId(d, r));
}

export function changeRequestLockStatus(app: Application, id: string): LockStatus {
  const d = app.lifecycle.decision;
  const cr = app.lifecycle.changeRequests.find((c) => c.id === id);
  if (!d || !cr) return { locked: false };
  return lockStatus(cr.freeze, changeRequestDocumentId(d, cr));
}

/** Locks a report for signing (records its Dokument-ID), or unlocks it with `now === null`. */
export function lockReport(app: Application, reportId: string, now: Date | null): Application {
  const d = app.lifecycle.decision;
  if (!d) return app;
  const reports = app.lifecycle.reports.map((r) =>
    r.id !== reportId ? r : { ...r, freeze: now ? { documentId: reportDocumentId(d, r), at: now.toISOString() } : null },
  );
  return { ...app, lifecycle: { ...app.lifecycle, reports } };
}

export function lockChangeRequest(app: Application, id: string, now: Date | null): Application {
  const d = app.lifecycle.decision;
  if (!d) return app;
  const changeRequests = app.lifecycle.changeRequests.map((c) =>
    c.id !== id ? c : { ...c, freeze: now ? { documentId: changeRequestDocumentId(d, c), at: now.toISOString() } : null },
  );
  return { ...app, lifecycle: { ...app.lifecycle, changeRequests } };
}
