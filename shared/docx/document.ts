import { Document, PageOrientation, Packer, type FileChild, type ISectionOptions } from 'docx';
import { fingerprint } from '../model/fingerprint';
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
  signaturesSection,
];

/** Appendices after the signatures, each on pages of its own: "Bilaga 1", "Bilaga 2", … in this order. */
export const APPENDICES: readonly AppendixBuilder[] = [
  logicModelAppendix,
  socioAppendix,
];

function pageProperties(orientation: Orientation): ISectionOptions['properties'] {
  return {
    page: {
      // docx swaps width and height itself for a landscape page.
      size: { width: A4.short, height: A4.long, orientation: orientation === 'portrait' ? PageOrientation.PORTRAIT : PageOrientation.LANDSCAPE },
      margin: { ...MARGIN },
    },
  };
}

function frame(ctx: DocxContext, orientation: Orientation): Pick<ISectionOptions, 'headers' | 'footers'> {
  return { headers: { default: pageHeader(ctx, orientation) }, footers: { default: pageFooter(ctx, orientation) } };
}

function sections(ctx: DocxContext): ISectionOptions[] {
  const entries: ContentsEntry[] = [];
  const heading = (title: string, opts: { pageBreakBefore?: boolean } = {}) => {
    const bookmark = `_TocSim${entries.length + 1}`;
    entries.push({ title, bookmark });
    return heading1(title, { ...opts, bookmark });
  };
  const body: FileChild[] = [];
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
      children: [heading(`${ctx.t('appendix')} ${a} ${s.title}`), ...s.children],
    });
  }
  return [
    {
      properties: { ...pageProperties('portrait'), titlePage: true },
      headers: { default: pageHeader(ctx, 'portrait'), first: coverHeader(ctx) },
      footers: { default: pageFooter(ctx, 'portrait'), first: pageFooter(ctx, 'portrait') },
      children: [...coverPage(ctx), ...contentsPage(ctx, entries), ...body],
    },
    ...appendices,
  ];
}

/** Builds the docx library's document: exposed for tests that inspect the structure before packing. */
export function buildDocument(app: Application, programme: Programme, opts: { draft: boolean; now?: Date }): Document {
  return documentFor(app, programme, opts, fingerprint(app));
}

function documentFor(app: Application, programme: Programme, opts: { draft: boolean; now?: Date }, documentId: string): Document {
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
    sections: sections(ctx),
  });
}

/**
 * A validated application as DOCX bytes. Pure: no file system, no clock unless `now` is left out, no Node APIs,
 * so the main process, the CLI and tests all build the very same document.
 */
export async function buildDocx(app: Application, programme: Programme, opts: { draft: boolean; now?: Date }): Promise<Uint8Array> {
  return (await exportDocx(app, programme, opts)).bytes;
}

/** The bytes and the Dokument-ID printed in them, for callers that report the ID without hashing the content twice. */
export async function exportDocx(
  app: Application,
  programme: Programme,
  opts: { draft: boolean; now?: Date },
): Promise<{ bytes: Uint8Array; documentId: string }> {
  const documentId = fingerprint(app);
  const doc = documentFor(app, programme, opts, documentId);
  // The document carries its application, so opening the DOCX in the app restores exactly what was exported.
  registerEmbeddedParts(doc);
  return { bytes: await Packer.pack(doc, 'uint8array', undefined, embeddedParts(app, documentId)), documentId };
}
