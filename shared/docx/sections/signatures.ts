import { BorderStyle, HeightRule, TableLayoutType, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type FileChild } from 'docx';
import type { Party } from '../../model/schema';
import type { DocxContext } from '../context';
import { columnWidths, emptyNote, fixedTable, NO_BORDERS, para, runs, TABLE_NO_BORDERS } from '../elements';
import { CM, SIZE } from '../layout';
import { STYLE } from '../styles';
import { joinFilled, partyTitle } from './format';
import type { SectionBuilder } from './types';

const signLine = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const noLine = NO_BORDERS.top!;

function cell(children: Paragraph[], width: number, opts: { line?: boolean; span?: number } = {}): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    columnSpan: opts.span,
    borders: { ...NO_BORDERS, bottom: opts.line ? signLine : noLine },
  });
}

const small = (text: string) => new Paragraph({ style: STYLE.small, keepNext: true, children: [new TextRun(text)] });

/**
 * One party's block: organisation, then a line for place and date and a line for the signature, with the signatory's
 * name and title printed under it. Built as a nested table inside one unsplittable row so no page break can fall
 * inside a block, in Word or in LibreOffice.
 */
function signatureBlock(ctx: DocxContext, p: Party, width: number): Table {
  const gap = Math.round(0.8 * CM);
  const half = Math.floor((width - gap) / 2);
  const widths = [half, gap, width - gap - half];
  const name = joinFilled([p.signatory.name], '') || ctx.t('dash');
  const title = joinFilled([p.signatory.title], '') || ctx.t('dash');
  const orgLine = joinFilled([p.orgNumber], '');
  const header = new TableRow({
    cantSplit: true,
    children: [
      cell(
        [
          new Paragraph({ keepNext: true, spacing: { after: 0 }, children: runs(partyTitle(ctx, p), { bold: true, size: SIZE.h3 + 2 }) }),
          ...(orgLine ? [small(`${ctx.label('parties.*.orgNumber')}: ${orgLine}`)] : []),
        ],
        widths.reduce((a, b) => a + b, 0),
        { span: 3 },
      ),
    ],
  });
  const lines = new TableRow({
    cantSplit: true,
    height: { value: Math.round(1.6 * CM), rule: HeightRule.ATLEAST },
    children: [cell([new Paragraph({ keepNext: true })], widths[0]!, { line: true }), cell([new Paragraph({ keepNext: true })], widths[1]!), cell([new Paragraph({ keepNext: true })], widths[2]!, { line: true })],
  });
  const captions = new TableRow({
    cantSplit: true,
    children: [
      cell([small(ctx.t('placeAndDate'))], widths[0]!),
      cell([new Paragraph({ keepNext: true })], widths[1]!),
      cell(
        [
          small(ctx.t('signature')),
          new Paragraph({ style: STYLE.body, keepNext: true, spacing: { before: 120, after: 0 }, children: runs(`${ctx.t('nameClarification')}: ${name}`, { bold: true }) }),
          new Paragraph({ style: STYLE.body, spacing: { after: 0 }, children: runs(`${ctx.t('title')}: ${title}`) }),
        ],
        widths[2]!,
      ),
    ],
  });
  return new Table({
    rows: [header, lines, captions],
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TABLE_NO_BORDERS,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
  });
}

/** Underskrifter: on a page of its own, one block per signing party, each block unbreakable. */
export const signaturesSection: SectionBuilder = (ctx) => {
  const signing = [...ctx.app.parties.filter((p) => p.signs)].sort((a, b) => Number(b.role === 'owner') - Number(a.role === 'owner'));
  const intro = para(ctx.t('signaturesIntro', { id: ctx.documentId }), { keepNext: true });
  if (!signing.length) return { title: ctx.t('signatures'), newPage: true, children: [intro, emptyNote(ctx)] };
  const [width] = columnWidths([1], 'portrait');
  const inner = width! - 20;
  const rows = signing.map(
    (p) =>
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            width: { size: width!, type: WidthType.DXA },
            borders: NO_BORDERS,
            margins: { top: Math.round(0.5 * CM), bottom: Math.round(0.4 * CM), left: 0, right: 0 },
            // Word wants a paragraph after a table in a cell.
            children: [signatureBlock(ctx, p, inner), new Paragraph({ spacing: { after: 0 } })],
          }),
        ],
      }),
  );
  const children: FileChild[] = [intro, fixedTable(rows, [width!], { borders: TABLE_NO_BORDERS, margins: { top: 0, bottom: 0, left: 0, right: 0 } })];
  return { title: ctx.t('signatures'), newPage: true, children };
};
