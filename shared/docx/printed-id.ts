import type { Localized } from '../i18n/catalog';
import { inBoth } from '../i18n/localized';
import { readStrings } from './read-strings';
import { contentOf, type Application } from '../model/schema';
import { DOC_STRINGS as STRINGS } from './strings';

/**
 * "The DOCX shows what it carries": the Dokument-ID the document prints (cover, signature page, footers, document
 * properties) must be the one of the application embedded in it. Otherwise a file could show application A while
 * restoring B. The ID is recognised by its label in either language followed by groups of four hex digits.
 */
const LABELS = [STRINGS.documentId.sv, STRINGS.documentId.en].map((l) => l.replace(/[-\\^$*+?.()|[\]{}]/g, '\\$&'));
// Linear: the label is a literal, the separators and groups each match one way, and the group count is bounded.
const LABELLED_ID = new RegExp(`(?:${LABELS.join('|')})[\\s:]{0,8}([0-9A-F]{4}(?:-[0-9A-F]{4}){1,15})(?![0-9A-Za-z-])`, 'g');

export function labelledIds(text: string): string[] {
  return Array.from(text.matchAll(LABELLED_ID), (m) => m[1]!);
}

/** Labelled IDs the person wrote in the application's own text (a change request may name an earlier version). */
function idsInText(app: Application): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown) => {
    if (typeof v === 'string') {
      if (v.length >= 14) for (const id of labelledIds(v)) out.add(id);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(contentOf(app));
  return out;
}

export type PrintedText = {
  /** The body's visible text: it must print the ID. */
  body: string;
  /** Headers, footers and document properties: whatever ID they print must be the same. */
  others: string[];
};

/** A sentence when the document prints no Dokument-ID, or another one than its embedded application has; else null. */
export function printedIdProblem(app: Application, documentId: string, printed: PrintedText): Localized | null {
  const body = labelledIds(printed.body);
  if (!body.includes(documentId)) {
    return inBoth(readStrings, 'idNotPrinted', { documentId });
  }
  const ownText = idsInText(app);
  const other = [...body, ...printed.others.flatMap(labelledIds)].find((id) => id !== documentId && !ownText.has(id));
  if (other === undefined) return null;
  return inBoth(readStrings, 'otherIdPrinted', { other, documentId });
}
