import { deepEqual } from '../merge/merge';
import { fingerprintContent, type Sha256 } from './fingerprint';
import type { Localized } from './labels';
import { contentOf, type Application } from './schema';
import { decidedStrings } from './decided-strings';

/**
 * The decided application is kept exactly as signed: while a decision exists, the content must be the version frozen
 * for signing whose Dokument-ID the decision names (recordDecision checked that it hashed to it). Checked on every
 * load, and so on every save (main reads what the renderer sends through the same load), which makes an edit to the
 * decided content impossible to store, whatever the UI lets through. A change during the project goes into a change
 * request (lifecycle.changeRequests), never into the content.
 *
 * By default the check compares with the frozen copy field by field, which is cheap; with a `digest` (an export, where
 * Node's native SHA-256 is at hand) it also hashes the content to the ID itself, so even a file whose content and
 * frozen copy were both edited by hand cannot print the decided ID beside other content. @noble's SHA-256 takes
 * hundreds of milliseconds on a large file, too slow for every open and save.
 */
export function decidedContentIntact(app: Application, digest?: Sha256): boolean {
  const d = app.lifecycle.decision;
  if (!d) return true;
  const f = app.workflow.freeze;
  if (!f || f.documentId !== d.decidedDocumentId || !deepEqual(contentOf(app), f.snapshot)) return false;
  return !digest || fingerprintContent(contentOf(app), digest) === d.decidedDocumentId;
}

/** The one sentence a person reads when a file's decided content was changed, or null when it is intact. */
export function decidedContentProblem(app: Application, digest?: Sha256): Localized | null {
  const d = app.lifecycle.decision;
  if (!d || decidedContentIntact(app, digest)) return null;
  const documentId = d.decidedDocumentId.slice(0, 40);
  return { sv: decidedStrings.t('sv', 'changed', { documentId }), en: decidedStrings.t('en', 'changed', { documentId }) };
}
