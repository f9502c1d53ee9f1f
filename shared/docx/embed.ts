import type { Document } from 'docx';
import type { Localized } from '../i18n/catalog';
import { inBoth } from '../i18n/localized';
import { readStrings } from './read-strings';
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
/** Element text needs no quotes escaped: JSON is full of them, and escaping each would make the part several times larger. */
const xmlEscapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

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
      data: `${decl}<application xmlns="${EMBED_NS}" documentId="${xmlEscape(documentId)}">${xmlEscapeText(json)}</application>`,
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

/** What the user is told when a DOCX was saved again after export. */
export const WORD_EDITS_NOT_READ: Localized = inBoth(readStrings, 'wordEditsNotRead');

/** What the user is told when a DOCX was exported before the Dokument-ID had 128 bits. */
export const LEGACY_ID_NOTICE: Localized = inBoth(readStrings, 'legacyId');
