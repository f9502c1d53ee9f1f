import { fingerprint } from './fingerprint';
import type { Localized } from './labels';
import type { Application } from './schema';
import { decidedStrings } from './decided-strings';

/**
 * The decided application is kept exactly as signed: while a decision exists, the application's content must hash to
 * the decision's Dokument-ID. Checked on every load, and so on every save (main reads what the renderer sends through
 * the same load), which makes an edit to the decided content impossible to store, whatever the UI lets through.
 * A change during the project goes into a change request (lifecycle.changeRequests), never into the content.
 */
export function decidedContentIntact(app: Application): boolean {
  const d = app.lifecycle.decision;
  return !d || fingerprint(app) === d.decidedDocumentId;
}

/** The one sentence a person reads when a file's decided content was changed, or null when it is intact. */
export function decidedContentProblem(app: Application): Localized | null {
  const d = app.lifecycle.decision;
  if (!d || decidedContentIntact(app)) return null;
  const documentId = d.decidedDocumentId.slice(0, 40);
  return { sv: decidedStrings.t('sv', 'changed', { documentId }), en: decidedStrings.t('en', 'changed', { documentId }) };
}
