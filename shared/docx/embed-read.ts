import { idMatches } from '../model/fingerprint';
import type { Localized } from '../i18n/catalog';
import { inBoth } from '../i18n/localized';
import { readStrings } from './read-strings';
import { MAX_FILE_BYTES } from '../model/limits';
import { formatProblems, loadApplicationText } from '../model/load';
import { contentOf, type Application } from '../model/schema';
import { EMBED_NS, EXPORTER, EXPORT_REVISION } from './embed';
import { listEntries, readEntry, ZipError, type ZipEntry } from './unzip';
import { simpleRoot, unescapeXml, visibleText, XmlError } from './xml-scan';
import { printedIdProblem } from './printed-id';

/**
 * Reading the application back out of a DOCX that arrived from outside. Only the parts the check needs are inflated,
 * each under its own cap and all under one total, so a small file can neither loop, nor inflate to gigabytes, nor
 * make a parser backtrack: the work is bounded by the file's length and these caps.
 */
const MB = 1024 * 1024;
export const PART_CAPS = {
  /** The application as compact JSON, XML-escaped: never longer than its file (indented) but for escaped & < >. */
  application: MAX_FILE_BYTES + MAX_FILE_BYTES / 4,
  /**
   * The body, which the printed-ID check reads whole: about twice the application file's size, so documents of
   * applications up to 10 MB (twenty times the stress fixture) open again; a larger one is refused with a sentence
   * (its .simansokan file still opens). At this cap the check stays within the budget of issue 12.
   */
  document: MAX_FILE_BYTES,
  /** Headers, footers, document properties: a few kilobytes each. */
  small: 2 * MB,
  /** Everything inflated for one DOCX together. */
  total: 3 * MAX_FILE_BYTES,
} as const;
/** Word adds a customXml item or two of its own; a file with dozens is not one the app wrote. */
const MAX_CUSTOM_ITEMS = 32;
const MAX_FRAME_PARTS = 64;

export type EmbeddedRead =
  | {
      ok: true;
      application: Application;
      documentId: string;
      migratedFrom: number | null;
      /** The document was saved again after export, in Word or LibreOffice: its edits are not in `application`. */
      editedAfterExport: boolean;
      /** Exported before the Dokument-ID had 128 bits: it was checked against its 48-bit ID. */
      legacyId: boolean;
    }
  | { ok: false; message: Localized };

type ReadMessage = Parameters<typeof readStrings.t>[1];
const fail = (key: ReadMessage, params?: Parameters<typeof inBoth>[2]): EmbeddedRead => ({ ok: false, message: inBoth(readStrings, key, params) });

const NOT_WORD = fail('notWord');
const DAMAGED_APP = fail('damagedApp');

function zipFailure(e: ZipError): EmbeddedRead {
  switch (e.kind) {
    case 'tooLarge':
      return fail('partTooLarge', { part: e.part });
    case 'duplicate':
      return fail('duplicatePart', { part: e.part });
    case 'unsupported':
      return fail('unsupported');
    default:
      return NOT_WORD;
  }
}

type Reader = { get(e: ZipEntry, cap: number): string };

function reader(docx: Uint8Array): Reader {
  let budget = PART_CAPS.total;
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  return {
    get(e, cap) {
      const bytes = readEntry(docx, e, Math.min(cap, budget));
      budget -= bytes.length;
      try {
        return utf8.decode(bytes);
      } catch {
        throw new ZipError('damaged', e.name);
      }
    },
  };
}

const CUSTOM_ITEM = /^customXml\/item\d{1,4}\.xml$/i;
const FRAME_PART = /^word\/(?:header|footer)\d{0,4}\.xml$/i;

/** Restores the application a DOCX from SIM-ansökan carries, refusing anything that does not match its Dokument-ID. */
export function readEmbeddedApplication(docx: Uint8Array): EmbeddedRead {
  try {
    return readChecked(docx);
  } catch (e) {
    if (e instanceof ZipError) return zipFailure(e);
    if (e instanceof XmlError) {
      return e.reference
        ? fail('badReference', { reference: e.reference })
        : DAMAGED_APP;
    }
    throw e;
  }
}

function readChecked(docx: Uint8Array): EmbeddedRead {
  const entries = listEntries(docx);
  // Part names are case-insensitive in a Word package: two entries with one name are two different documents.
  const byName = new Map<string, ZipEntry>();
  for (const e of entries) {
    const key = e.name.toLowerCase();
    if (byName.has(key)) throw new ZipError('duplicate', e.name);
    byName.set(key, e);
  }
  const read = reader(docx);
  const items = entries.filter((e) => CUSTOM_ITEM.test(e.name));
  if (items.length > MAX_CUSTOM_ITEMS) throw new ZipError('unsupported');
  const frames = entries.filter((e) => FRAME_PART.test(e.name));
  if (frames.length > MAX_FRAME_PARTS) throw new ZipError('unsupported');
  // Every part that will be read says how large it is: one that says too much is refused before anything is inflated.
  const capOf = (name: string) => (CUSTOM_ITEM.test(name) ? PART_CAPS.application : name.toLowerCase() === 'word/document.xml' ? PART_CAPS.document : PART_CAPS.small);
  const needed = [...items, ...frames, ...['word/document.xml', 'docprops/custom.xml', 'docprops/core.xml', 'docprops/app.xml'].flatMap((n) => byName.get(n) ?? [])];
  for (const e of needed) if (e.size > capOf(e.name)) throw new ZipError('tooLarge', e.name);
  const found: { id: string; text: string }[] = [];
  for (const item of items) {
    const root = simpleRoot(read.get(item, PART_CAPS.application));
    if (root.local !== 'application' || root.namespace !== EMBED_NS) continue;
    const rawId = root.attrs.get('documentId');
    if (root.text === null || rawId === undefined) return DAMAGED_APP;
    found.push({ id: unescapeXml(rawId), text: root.text });
  }
  if (found.length === 0) {
    return fail('noApplication');
  }
  if (found.length > 1) {
    return fail('manyApplications', { count: found.length });
  }
  const { id: documentId } = found[0]!;
  const loaded = loadApplicationText(unescapeXml(found[0]!.text));
  found.length = 0;
  if (!loaded.ok) {
    return fail('unreadable', (lang) => ({ problems: formatProblems(loaded.problems, lang) }));
  }
  const match = idMatches(contentOf(loaded.application), documentId);
  if (!match) {
    return fail('idMismatch', { documentId });
  }
  const text = (name: string, cap: number, everything = false) => {
    const e = byName.get(name.toLowerCase());
    return e ? visibleText(read.get(e, cap), everything) : null;
  };
  const printed = printedIdProblem(loaded.application, documentId, {
    body: text('word/document.xml', PART_CAPS.document) ?? '',
    others: [
      ...frames.map((e) => visibleText(read.get(e, PART_CAPS.small))),
      text('docProps/custom.xml', PART_CAPS.small, true) ?? '',
      text('docProps/core.xml', PART_CAPS.small, true) ?? '',
    ],
  });
  if (printed) return { ok: false, message: printed };
  const core = byName.get('docprops/core.xml');
  const app = byName.get('docprops/app.xml');
  const editedAfterExport = wasEdited(core ? read.get(core, PART_CAPS.small) : '', app ? read.get(app, PART_CAPS.small) : '');
  return { ok: true, application: loaded.application, documentId, migratedFrom: loaded.migratedFrom, editedAfterExport, legacyId: match === 'legacy' };
}

/** The text of the first element with this (qualified) name, found with indexOf. */
function elementText(xml: string, qname: string): string | undefined {
  let at = xml.indexOf(`<${qname}`);
  while (at >= 0) {
    const c = xml[at + qname.length + 1];
    if (c === '>' || c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      const open = xml.indexOf('>', at);
      const close = xml.indexOf('<', open);
      if (open < 0 || close < 0) return undefined;
      return unescapeXml(xml.slice(open + 1, close));
    }
    at = xml.indexOf(`<${qname}`, at + 1);
  }
  return undefined;
}

/** The exporter writes no application name; Word and LibreOffice put theirs in on every save, and count revisions. */
function wasEdited(core: string, app: string): boolean {
  return (
    (elementText(core, 'cp:lastModifiedBy') ?? '') !== EXPORTER ||
    (elementText(core, 'cp:revision') ?? '') !== String(EXPORT_REVISION) ||
    app.includes('<Application>') ||
    app.includes(':Application>')
  );
}
