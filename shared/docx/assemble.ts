import { Document, Packer, type ISectionOptions } from 'docx';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import type { Application } from '../model/schema';
import type { DocxContext } from './context';
import { BodySlots, frame, pageProperties } from './document';
import { heading1 } from './elements';
import { EXPORTER, EXPORT_REVISION, embeddedParts, registerEmbeddedParts } from './embed';
import type { Orientation } from './layout';
import { coverHeader, pageFooter, pageHeader } from './page-frame';
import { contentsPage, type ContentsEntry } from './sections/cover';
import { documentStyles } from './styles';
import type { Wml } from './wml';
import { PURE_DEFLATER, zipParts, type Deflater } from './zip';

/** A numbered section of one of the documents after the application (idea sketch, report, change request). */
export type DocSection = { title: string; children: Wml[]; newPage?: boolean };
export type DocAppendix = { title: string; orientation: Orientation; children: Wml[] };

/**
 * What a document besides the application itself is made of. They share the application's frame (styles, header with
 * the project title, footer with "Sida X av Y" and the document's own Dokument-ID, A4 margins), so every document the
 * parties send the funder looks like one family.
 */
export type DocPlan = {
  ctx: DocxContext;
  /** Document properties. */
  title: string;
  subject: string;
  author: string;
  /** The cover (first page), without a page header but with the footer. */
  cover: Wml[];
  /** A contents page after the cover; a 1–2 page document goes without. */
  contents: boolean;
  sections: readonly DocSection[];
  appendices?: readonly DocAppendix[];
  /** The application carried inside the document, for documents whose Dokument-ID is the application's. */
  embed?: Application;
};

function sectionsOf(plan: DocPlan, slots: BodySlots): ISectionOptions[] {
  const { ctx } = plan;
  const entries: ContentsEntry[] = [];
  const heading = (title: string, opts: { pageBreakBefore?: boolean } = {}) => {
    const bookmark = { name: `_TocSim${entries.length + 1}`, id: entries.length + 1 };
    entries.push({ title, bookmark: bookmark.name });
    return heading1(title, { ...opts, bookmark });
  };
  const body: Wml[] = [];
  plan.sections.forEach((s, i) => {
    body.push(heading(`${i + 1}. ${s.title}`, { pageBreakBefore: (plan.contents && i === 0) || s.newPage }), ...s.children);
  });
  const appendices: ISectionOptions[] = (plan.appendices ?? []).map((s, i) => ({
    properties: pageProperties(s.orientation),
    ...frame(ctx, s.orientation),
    children: [slots.slot([heading(`${ctx.t('appendix')} ${i + 1} ${s.title}`), ...s.children])],
  }));
  const front = [...plan.cover, ...(plan.contents ? contentsPage(ctx, entries) : [])];
  const first: ISectionOptions = {
    properties: { ...pageProperties('portrait'), titlePage: true },
    headers: { default: pageHeader(ctx, 'portrait'), first: coverHeader(ctx) },
    footers: { default: pageFooter(ctx, 'portrait'), first: pageFooter(ctx, 'portrait') },
    children: [slots.slot(front), slots.slot(body)],
  };
  return [first, ...appendices];
}

const DOCUMENT_PART = 'word/document.xml';

/** The plan as DOCX bytes, packed as the application's export packs (document.ts says why the body goes in as XML). */
export async function assembleDocx(plan: DocPlan, opts: { now: Date; deflater?: Deflater }): Promise<Uint8Array> {
  const { ctx } = plan;
  const idLine = `${ctx.t('documentId')}: ${ctx.documentId}`;
  const slots = new BodySlots();
  const doc = new Document({
    title: plan.title,
    subject: plan.subject,
    creator: plan.author,
    lastModifiedBy: EXPORTER,
    revision: EXPORT_REVISION,
    keywords: idLine,
    description: ctx.draft ? `${idLine}. ${ctx.t('draftShort')}.` : `${idLine}.`,
    customProperties: [{ name: ctx.t('documentId'), value: ctx.documentId }],
    styles: documentStyles(ctx.lang),
    sections: sectionsOf(plan, slots),
  });
  if (plan.embed) registerEmbeddedParts(doc);
  const parts = unzipSync(await Packer.pack(doc, 'uint8array'));
  const documentXml = parts[DOCUMENT_PART];
  if (!documentXml) throw new Error('docx: no word/document.xml');
  parts[DOCUMENT_PART] = strToU8(slots.fill(strFromU8(documentXml)));
  const all: [string, Uint8Array][] = Object.entries(parts);
  if (plan.embed) for (const part of embeddedParts(plan.embed, ctx.documentId)) all.push([part.path, strToU8(part.data)]);
  return zipParts(all, opts.deflater ?? PURE_DEFLATER, opts.now);
}
