import { BorderStyle, Footer, Header, PageNumber, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import type { DocxContext } from './context';
import { COLOR, SIZE, textWidth, type Orientation } from './layout';
import { sanitize } from './sanitize';

function draftMark(ctx: DocxContext): TextRun[] {
  return ctx.draft ? [new TextRun({ text: ctx.t('draft'), bold: true, size: SIZE.draftMark, color: COLOR.draft })] : [];
}

/** The header has one line for the title: a longer title is cut (at a whole character) so it never runs under UTKAST. */
const HEADER_TITLE_MAX = 80;

/** The header's title as runs: it is one line (headerTitle folds whitespace), so no tabs or breaks are left in it. */
function titleRun(text: string): TextRun[] {
  return text ? [new TextRun({ text, size: SIZE.small, color: COLOR.muted })] : [];
}

function headerTitle(ctx: DocxContext): string {
  const title = sanitize(ctx.app.project.title).replace(/\s+/g, ' ').trim() || ctx.t('docTitle');
  const chars = Array.from(title);
  return chars.length <= HEADER_TITLE_MAX ? title : `${chars.slice(0, HEADER_TITLE_MAX - 1).join('').trimEnd()}…`;
}

/** Project title on the left, and on a draft a large UTKAST on the right, on every page. */
export function pageHeader(ctx: DocxContext, orientation: Orientation): Header {
  const title = headerTitle(ctx);
  return new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: textWidth(orientation) }],
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: COLOR.rule, space: 2 } },
        spacing: { after: 0 },
        children: [
          ...titleRun(title),
          ...(ctx.draft ? [new TextRun({ children: [new Tab()] }), ...draftMark(ctx)] : []),
        ],
      }),
      ...(ctx.draft
        ? [new Paragraph({ alignment: 'right', spacing: { after: 0 }, children: [new TextRun({ text: ctx.t('draftShort'), size: SIZE.small, color: COLOR.draft })] })]
        : []),
    ],
  });
}

/** The first page carries the title in full already; its header only says UTKAST on a draft. */
export function coverHeader(ctx: DocxContext): Header {
  return new Header({
    children: [new Paragraph({ alignment: 'right', spacing: { after: 0 }, children: draftMark(ctx) })],
  });
}

/** "Sida X av Y" on the left, the Dokument-ID on the right: both parties can check they sign the same version. */
export function pageFooter(ctx: DocxContext, orientation: Orientation): Footer {
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: textWidth(orientation) }],
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: COLOR.rule, space: 2 } },
        spacing: { after: 0 },
        children: [
          new TextRun({ size: SIZE.small, children: [`${ctx.t('page')} `, PageNumber.CURRENT, ` ${ctx.t('of')} `, PageNumber.TOTAL_PAGES] }),
          new TextRun({ size: SIZE.small, children: [new Tab(), `${ctx.t('documentId')}: `] }),
          new TextRun({ size: SIZE.small, bold: true, text: ctx.documentId }),
        ],
      }),
    ],
  });
}
