import type { Document } from 'docx';
import { strFromU8, unzipSync, type Unzipped } from 'fflate';
import { fingerprint } from '../model/fingerprint';
import type { Localized } from '../model/labels';
import { formatProblems, loadApplicationText } from '../model/load';
import type { Application } from '../model/schema';

/**
 * The exported DOCX carries the application it was made from, as a custom XML part (customXml/item1.xml): Word and
 * LibreOffice keep such parts but never show them. Opening the DOCX in the app restores the application after checking
 * that the data still matches the Dokument-ID it was exported with. The document properties tell whether it was edited
 * or re-saved in Word afterwards (Word and LibreOffice write their application name, and on an edit the last author and
 * revision), since such edits are not read back.
 */
export const EMBED_NS = 'urn:sim-ansokan:application:1';
const REL_CUSTOM_XML = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml';
const REL_CUSTOM_XML_PROPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps';
const CT_CUSTOM_XML_PROPS = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';
/** Fixed, so every export names its data store the same way. */
const DATASTORE_ID = '{5B6B2D57-0B0E-4C7E-9B1A-53494D414E53}';

/** Who the core properties say last saved the document, and its revision, as the exporter writes them. */
export const EXPORTER = 'SIM-ansökan';
export const EXPORT_REVISION = 1;

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function xmlUnescape(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e]!;
  });
}

/** Registers the part's relationship and content type in a document before it is packed. */
export function registerEmbeddedParts(doc: Document): void {
  doc.Document.Relationships.addRelationship('rIdSimAnsokan1', REL_CUSTOM_XML, '../customXml/item1.xml');
  doc.ContentTypes.addOverride(CT_CUSTOM_XML_PROPS, '/customXml/itemProps1.xml');
}

/** The files packed beside the document (Packer's overrides): the application, its properties and their link. */
export function embeddedParts(app: Application, documentId: string): { path: string; data: string }[] {
  // JSON.stringify escapes control characters and lone surrogates; U+FFFE/U+FFFF are escaped here, since XML forbids them.
  const json = JSON.stringify(app).replace(/[\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
  const decl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  return [
    {
      path: 'customXml/item1.xml',
      data: `${decl}<application xmlns="${EMBED_NS}" documentId="${xmlEscape(documentId)}">${xmlEscape(json)}</application>`,
    },
    {
      path: 'customXml/itemProps1.xml',
      data: `${decl}<ds:datastoreItem ds:itemID="${DATASTORE_ID}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${EMBED_NS}"/></ds:schemaRefs></ds:datastoreItem>`,
    },
    {
      path: 'customXml/_rels/item1.xml.rels',
      data: `${decl}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_CUSTOM_XML_PROPS}" Target="itemProps1.xml"/></Relationships>`,
    },
  ];
}

export type EmbeddedRead =
  | {
      ok: true;
      application: Application;
      documentId: string;
      migratedFrom: number | null;
      /** The document was saved again after export, in Word or LibreOffice: its edits are not in `application`. */
      editedAfterExport: boolean;
    }
  | { ok: false; message: Localized };

const fail = (sv: string, en: string): EmbeddedRead => ({ ok: false, message: { sv, en } });

/** Restores the application a DOCX from SIM-ansökan carries, refusing anything that does not match its Dokument-ID. */
export function readEmbeddedApplication(docx: Uint8Array): EmbeddedRead {
  let files: Unzipped;
  try {
    files = unzipSync(docx, { filter: (f) => f.name.startsWith('customXml/item') || f.name.startsWith('docProps/') });
  } catch {
    return fail('Filen är inte ett Word-dokument eller är skadad.', 'The file is not a Word document, or it is damaged.');
  }
  let part: string | null = null;
  for (const [name, bytes] of Object.entries(files)) {
    if (!/^customXml\/item\d+\.xml$/.test(name)) continue;
    const text = strFromU8(bytes);
    if (text.includes(EMBED_NS)) {
      part = text;
      break;
    }
  }
  if (part === null) {
    return fail(
      'Word-dokumentet innehåller ingen ansökan från SIM-ansökan. Bara dokument som exporterats från appen kan öppnas här.',
      'The Word document holds no application from SIM-ansökan. Only documents exported from the app can be opened here.',
    );
  }
  // Word may rewrite the part with a prefix or other attribute order, so it is read by local name and attribute.
  const m = /<(?:[\w.-]+:)?application\b([^>]*)>([\s\S]*)<\/(?:[\w.-]+:)?application>/.exec(part);
  const rawId = m ? /\bdocumentId="([^"]*)"/.exec(m[1]!)?.[1] : undefined;
  if (!m || rawId === undefined) {
    return fail('Ansökan i Word-dokumentet är skadad och kan inte läsas in.', 'The application inside the Word document is damaged and cannot be read.');
  }
  const documentId = xmlUnescape(rawId);
  const loaded = loadApplicationText(xmlUnescape(m[2]!));
  if (!loaded.ok) {
    return fail(
      `Ansökan i Word-dokumentet kan inte läsas in.\n${formatProblems(loaded.problems, 'sv')}`,
      `The application inside the Word document cannot be read.\n${formatProblems(loaded.problems, 'en')}`,
    );
  }
  if (fingerprint(loaded.application) !== documentId) {
    return fail(
      `Ansökan i Word-dokumentet stämmer inte med dokumentets Dokument-ID (${documentId}): den har ändrats efter exporten och läses därför inte in.`,
      `The application inside the Word document does not match the document's ID (${documentId}): it was changed after export and is therefore not read.`,
    );
  }
  const core = files['docProps/core.xml'] ? strFromU8(files['docProps/core.xml']) : '';
  const coreValue = (tag: string) => new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(core)?.[1];
  // The exporter writes no application name; Word and LibreOffice put theirs in on every save.
  const appXml = files['docProps/app.xml'] ? strFromU8(files['docProps/app.xml']) : '';
  const editedAfterExport =
    xmlUnescape(coreValue('cp:lastModifiedBy') ?? '') !== EXPORTER ||
    (coreValue('cp:revision') ?? '') !== String(EXPORT_REVISION) ||
    /<(?:\w+:)?Application>/.test(appXml);
  return { ok: true, application: loaded.application, documentId, migratedFrom: loaded.migratedFrom, editedAfterExport };
}

/** What the user is told when a DOCX was saved again after export. */
export const WORD_EDITS_NOT_READ: Localized = {
  sv: 'Dokumentet har ändrats eller sparats om i Word efter exporten. Ändringar gjorda i Word läses inte in: du ser ansökan som den var när den exporterades.',
  en: 'The document was edited or re-saved in Word after export. Edits made in Word are not read back: you see the application as it was when exported.',
};
