import { Document, PageOrientation, Packer, Paragraph, TextRun, type FileChild, type ISectionOptions } from 'docx';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { fingerprint, type Sha256 } from '../model/fingerprint';
import type { Application } from '../model/schema';
import type { Programme } from '../program/schema';
import { createContext, organisationName, type DocxContext } from './context';
import { heading1 } from './elements';
import { A4, MARGIN, type Orientation } from './layout';
import { coverHeader, pageFooter, pageHeader } from './page-frame';
import { sanitize } from './sanitize';
import { activitiesSection } from './sections/activities';
import { basicsSection } from './sections/basics';
import { budgetSection } from './sections/budget';
import { childRightsSection } from './sections/child-rights';
import { collaborationSection } from './sections/collaboration';
import { contentsPage, coverPage, type ContentsEntry } from './sections/cover';
import { followUpSection, implementationSection } from './sections/follow-up';
import { risksSection } from './sections/risks';
import { goalsSection } from './sections/goals';
import { logicModelAppendix } from './sections/logic-model';
import { needsSection } from './sections/needs';
import { partiesSection } from './sections/parties';
import { prioritiesSection } from './sections/priorities';
import { signaturesSection } from './sections/signatures';
import { summarySection } from './sections/summary';
import { targetGroupSection } from './sections/target-group';
import type { AppendixBuilder, SectionBuilder } from './sections/types';
import { documentStyles } from './styles';
import { EXPORTER, EXPORT_REVISION, embeddedParts, registerEmbeddedParts } from './embed';
import { socioAppendix } from './socio-appendix';
import { socioSection } from './socio-section';
import type { Wml } from './wml';
import { PURE_DEFLATER, zipParts, type Deflater } from './zip';

/** The body in wizard order. Each entry is one numbered section; a builder returning null leaves its section out. */
export const BODY_SECTIONS: readonly SectionBuilder[] = [
  basicsSection,
  partiesSection,
  summarySection,
  needsSection,
  prioritiesSection,
  targetGroupSection,
  childRightsSection,
  goalsSection,
  activitiesSection,
  collaborationSection,
  budgetSection,
  socioSection,
  followUpSection,
  implementationSection,
  risksSection,
  signaturesSection,
];

/** Appendices after the signatures, each on pages of its own: "Bilaga 1", "Bilaga 2", … in this order. */
export const APPENDICES: readonly AppendixBuilder[] = [
  logicModelAppendix,
  socioAppendix,
];

export function pageProperties(orientation: Orientation): ISectionOptions['properties'] {
  return {
    page: {
      // docx swaps width and height itself for a landscape page.
      size: { width: A4.short, height: A4.long, orientation: orientation === 'portrait' ? PageOrientation.PORTRAIT : PageOrientation.LANDSCAPE },
      margin: { ...MARGIN },
    },
  };
}

export function frame(ctx: DocxContext, orientation: Orientation): Pick<ISectionOptions, 'headers' | 'footers'> {
  return { headers: { default: pageHeader(ctx, orientation) }, footers: { default: pageFooter(ctx, orientation) } };
}

/**
 * The body goes into the document the docx library packs as marker paragraphs, one per run of body XML, which are then
 * replaced by that XML (wml.ts says why). A marker is text only the assembler writes, so it cannot clash with user text.
 * The library puts a section's properties into the section's last paragraph, or into a paragraph of their own after a
 * table; a marker that ends a section carries them, and they move to the end of its XML the same way.
 */
export class BodySlots {
  private readonly blocks: (readonly Wml[])[] = [];
  /** The marker paragraph standing for these blocks. */
  slot(blocks: readonly Wml[]): Paragraph {
    this.blocks.push(blocks);
    return new Paragraph({ children: [new TextRun(BodySlots.marker(this.blocks.length - 1))] });
  }
  private static marker(i: number): string {
    return `SIM-ANSOKAN-BODY-${i}`;
  }
  /** document.xml as the library wrote it, with each marker paragraph replaced by its XML. */
  fill(documentXml: string): string {
    const found = this.blocks.map((blocks, i) => {
      const tail = `<w:r><w:t xml:space="preserve">${BodySlots.marker(i)}</w:t></w:r></w:p>`;
      const at = documentXml.indexOf(tail);
      const start = documentXml.lastIndexOf('<w:p>', at);
      const props = documentXml.slice(start + '<w:p>'.length, at);
      const sectPr = /^<w:pPr>(<w:sectPr>(?:(?!<w:p[ >]).)*<\/w:sectPr>)<\/w:pPr>$/.exec(props)?.[1];
      if (at < 0 || start < 0 || documentXml.indexOf(tail, at + 1) >= 0 || (props !== '' && sectPr === undefined)) {
        throw new Error(`docx: body slot ${i} not found once`);
      }
      return { at: start, end: at + tail.length, xml: withSection(blocks, sectPr) };
    });
    found.sort((x, y) => x.at - y.at);
    let out = '';
    let from = 0;
    for (const f of found) {
      out += documentXml.slice(from, f.at) + f.xml;
      from = f.end;
    }
    return out + documentXml.slice(from);
  }
}

/** The blocks' XML, ending a section with these properties if given, placed as the docx library places them. */
function withSection(blocks: readonly Wml[], sectPr: string | undefined): string {
  const xml = blocks.map((b) => b.xml);
  if (sectPr === undefined) return xml.join('');
  const last = xml.length ? xml[xml.length - 1]! : '';
  if (last === '<w:p/>') xml[xml.length - 1] = `<w:p><w:pPr>${sectPr}</w:pPr></w:p>`;
  else if (last.startsWith('<w:p><w:pPr>')) xml[xml.length - 1] = last.replace('</w:pPr>', () => `${sectPr}</w:pPr>`);
  else if (last.startsWith('<w:p>')) xml[xml.length - 1] = `<w:p><w:pPr>${sectPr}</w:pPr>${last.slice('<w:p>'.length)}`;
  else xml.push(`<w:p><w:pPr>${sectPr}</w:pPr></w:p>`);
  return xml.join('');
}

function sections(ctx: DocxContext, slots: BodySlots): ISectionOptions[] {
  const entries: ContentsEntry[] = [];
  const heading = (title: string, opts: { pageBreakBefore?: boolean } = {}) => {
    const bookmark = { name: `_TocSim${entries.length + 1}`, id: entries.length + 1 };
    entries.push({ title, bookmark: bookmark.name });
    return heading1(title, { ...opts, bookmark });
  };
  const body: Wml[] = [];
  let n = 0;
  for (const build of BODY_SECTIONS) {
    const s = build(ctx);
    if (!s) continue;
    n++;
    // The first section after the contents starts a new page; so does any section that asks for a page of its own.
    body.push(heading(`${n}. ${s.title}`, { pageBreakBefore: n === 1 || s.newPage }), ...s.children);
  }
  const appendices: ISectionOptions[] = [];
  let a = 0;
  for (const build of APPENDICES) {
    const s = build(ctx);
    if (!s) continue;
    a++;
    appendices.push({
      properties: pageProperties(s.orientation),
      ...frame(ctx, s.orientation),
      children: [slots.slot([heading(`${ctx.t('appendix')} ${a} ${s.title}`), ...s.children])],
    });
  }
  // The contents list every heading, so it is made last, but it goes first.
  const front: FileChild[] = [slots.slot([...coverPage(ctx), ...contentsPage(ctx, entries)])];
  const first: ISectionOptions = {
    properties: { ...pageProperties('portrait'), titlePage: true },
    headers: { default: pageHeader(ctx, 'portrait'), first: coverHeader(ctx) },
    footers: { default: pageFooter(ctx, 'portrait'), first: pageFooter(ctx, 'portrait') },
    children: [...front, slots.slot(body)],
  };
  return [first, ...appendices];
}

export type ExportOptions = {
  draft: boolean;
  /** The export's date and time (the cover's date); now when left out. */
  now?: Date;
  /** How the parts are compressed: Node's zlib in main and the CLI, fflate otherwise. */
  deflater?: Deflater;
  /** SHA-256 for the Dokument-ID: Node's native one in main and the CLI, @noble/hashes otherwise; the same ID. */
  sha256?: Sha256;
};

function packageFor(app: Application, programme: Programme, opts: ExportOptions, documentId: string, slots: BodySlots): Document {
  const ctx = createContext(app, programme, { draft: opts.draft, now: opts.now ?? new Date(), documentId });
  const title = sanitize(app.project.title).replace(/\s+/g, ' ').trim() || ctx.t('docTitle');
  const owner = app.parties.find((p) => p.role === 'owner');
  const author = (owner && organisationName(owner).replace(/\s+/g, ' ')) || 'SIM-ansökan';
  const idLine = `${ctx.t('documentId')}: ${documentId}`;
  return new Document({
    title,
    subject: `${ctx.t('docTitle')} – ${programme.name[ctx.lang]}`,
    creator: author,
    lastModifiedBy: EXPORTER,
    revision: EXPORT_REVISION,
    keywords: idLine,
    description: ctx.draft ? `${idLine}. ${ctx.t('draftShort')}.` : `${idLine}.`,
    customProperties: [{ name: ctx.t('documentId'), value: documentId }],
    styles: documentStyles(ctx.lang),
    sections: sections(ctx, slots),
  });
}

/**
 * A validated application as DOCX bytes. Pure: no file system, no clock unless `now` is left out, no Node APIs,
 * so the main process, the CLI and tests all build the very same document.
 */
export async function buildDocx(app: Application, programme: Programme, opts: ExportOptions): Promise<Uint8Array> {
  return (await exportDocx(app, programme, opts)).bytes;
}

const DOCUMENT_PART = 'word/document.xml';

/** The bytes and the Dokument-ID printed in them, for callers that report the ID without hashing the content twice. */
export async function exportDocx(app: Application, programme: Programme, opts: ExportOptions): Promise<{ bytes: Uint8Array; documentId: string }> {
  const documentId = fingerprint(app, opts.sha256);
  const now = opts.now ?? new Date();
  const slots = new BodySlots();
  const doc = packageFor(app, programme, { ...opts, now }, documentId, slots);
  // The document carries its application, so opening the DOCX in the app restores exactly what was exported.
  registerEmbeddedParts(doc);
  // The library packs the document with marker paragraphs for a body (small, so quick); its parts are then packed
  // again with the body in place and the embedded application beside them.
  const parts = unzipSync(await Packer.pack(doc, 'uint8array'));
  const documentXml = parts[DOCUMENT_PART];
  if (!documentXml) throw new Error('docx: no word/document.xml');
  parts[DOCUMENT_PART] = strToU8(slots.fill(strFromU8(documentXml)));
  const all: [string, Uint8Array][] = Object.entries(parts);
  for (const part of embeddedParts(app, documentId)) all.push([part.path, strToU8(part.data)]);
  return { bytes: zipParts(all, opts.deflater ?? PURE_DEFLATER, now), documentId };
}
