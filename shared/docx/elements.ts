import type { DocxContext } from './context';
import { COLOR, SIZE, textWidth, type Orientation } from './layout';
import { textParagraphs, textPieces } from './sanitize';
import { STYLE } from './styles';
import { fitColumns, longestWord } from './fit-columns';
import {
  bookmarked,
  cell,
  paragraph,
  row,
  run,
  table,
  type Align,
  type BorderSpec,
  type CellBorders,
  type CellXml,
  type Margins,
  type RowXml,
  type RunProps,
  type TableBorders,
  type Wml,
} from './wml';

export type { Align, RunProps } from './wml';

/** A user string as runs: tabs become `w:tab`, line feeds `w:br`, forbidden characters are gone. */
export function runs(s: string, props: RunProps = {}): string {
  let out = '';
  let pendingBreak = 0;
  for (const piece of textPieces(s)) {
    if (piece.kind === 'break') pendingBreak++;
    else {
      out += run(piece.kind === 'tab' ? { tab: true, breaks: pendingBreak } : { text: piece.text, breaks: pendingBreak }, props);
      pendingBreak = 0;
    }
  }
  if (pendingBreak) out += run({ breaks: pendingBreak }, props);
  return out;
}

/** A level-1 heading; with a bookmark the table of contents links to it. */
export function heading1(text: string, opts: { pageBreakBefore?: boolean; bookmark?: { name: string; id: number } } = {}): Wml {
  const content = opts.bookmark ? bookmarked(opts.bookmark.name, opts.bookmark.id, runs(text)) : runs(text);
  return paragraph({ style: STYLE.heading1, pageBreakBefore: opts.pageBreakBefore }, content);
}
export function heading2(text: string, opts: { pageBreakBefore?: boolean } = {}): Wml {
  return paragraph({ style: STYLE.heading2, pageBreakBefore: opts.pageBreakBefore }, runs(text));
}
export function heading3(text: string): Wml {
  return paragraph({ style: STYLE.heading3 }, runs(text));
}

/** One paragraph of body text (a single user string; line feeds stay line breaks). */
export function para(text: string, opts: { style?: string; run?: RunProps; keepNext?: boolean } = {}): Wml {
  return paragraph({ style: opts.style ?? STYLE.body, keepNext: opts.keepNext }, runs(text, opts.run));
}

/** "Ej ifyllt." in grey italics: an empty field is visibly empty rather than silently missing. */
export function emptyNote(ctx: DocxContext): Wml {
  return paragraph({ style: STYLE.empty }, run({ text: ctx.t('notFilled') }));
}

/** A free text from the user as paragraphs, or the empty note. */
export function textBlock(ctx: DocxContext, text: string): Wml[] {
  const ps = textParagraphs(text);
  return ps.length ? ps.map((p) => para(p)) : [emptyNote(ctx)];
}

/** A field's label (a level-3 heading, so long answers are findable in the navigation pane) and its text. */
export function fieldBlock(ctx: DocxContext, labelPattern: string, text: string): Wml[] {
  return [heading3(ctx.label(labelPattern)), ...textBlock(ctx, text)];
}

// ---- Tables ----------------------------------------------------------------------------------------------------

export type CellSpec =
  | string
  | {
      text: string;
      bold?: boolean;
      italic?: boolean;
      align?: Align;
      shade?: string;
      span?: number;
      /** Several paragraphs (a free text); default is one paragraph keeping line breaks. */
      multiline?: boolean;
      /** A bold first line above the text, such as an activity's name above its description. */
      lead?: string;
    };

export type ColumnSpec = { header: string; weight: number; align?: Align };

const line: BorderSpec = { style: 'single', size: 4, color: COLOR.rule };
/** Ruled tables: the lines are set once on the table, not on every cell, which keeps a long budget's XML small. */
export const TABLE_BORDERS: TableBorders = {
  top: line,
  bottom: line,
  left: line,
  right: line,
  insideHorizontal: line,
  insideVertical: line,
};
const noLine: BorderSpec = { style: 'none', size: 0, color: 'FFFFFF' };
export const NO_BORDERS: CellBorders = { top: noLine, bottom: noLine, left: noLine, right: noLine };
export const TABLE_NO_BORDERS: TableBorders = { ...NO_BORDERS, insideHorizontal: noLine, insideVertical: noLine };
export const CELL_MARGINS: Margins = { top: 40, bottom: 40, left: 90, right: 90 };

/**
 * A row longer than this many characters may be taller than a page; Word and LibreOffice handle an unsplittable row
 * taller than a page badly (clipped or pushed off the page), so only rows short enough to fit stay unsplittable.
 */
const SPLIT_LIMIT_CHARS = 1500;

/** A table this short (rows, with header and totals) is kept on one page rather than split. */
const KEEP_TOGETHER_ROWS = 15;

/** Column widths in twips that add up to exactly the text width, from relative weights. */
export function columnWidths(weights: readonly number[], orientation: Orientation): number[] {
  const total = textWidth(orientation);
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / sum) * total));
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function cellParagraphs(spec: Exclude<CellSpec, string>, head: boolean, size?: number, keepNext?: boolean): Wml[] {
  // Body cells take Normal (the table text) without naming it; small tables name their smaller style instead of
  // sizing every run.
  const small = size === SIZE.small && !head;
  const style = head ? STYLE.tableHead : small ? STYLE.tableSmall : undefined;
  if (small) size = undefined;
  // Left is the default; leaving it out saves an element per paragraph.
  const alignment = spec.align && spec.align !== 'left' ? spec.align : undefined;
  const props: RunProps = { bold: spec.bold, italics: spec.italic, size };
  const texts = spec.multiline ? textParagraphs(spec.text) : [spec.text];
  const out = texts.map((t) => paragraph({ style, alignment, keepNext }, runs(t, props)));
  if (spec.lead !== undefined) out.unshift(paragraph({ style, alignment, keepNext }, runs(spec.lead, { ...props, bold: true })));
  return out.length ? out : [paragraph({ style, alignment, keepNext })];
}

export function tableCell(
  spec: CellSpec,
  width: number,
  opts: {
    head?: boolean;
    align?: Align;
    borders?: CellBorders;
    margins?: Margins;
    size?: number;
    /** Keep with the next row: set on every row but the last of a table that should stay on one page. */
    keepNext?: boolean;
  } = {},
): CellXml {
  const s = typeof spec === 'string' ? { text: spec } : spec;
  const merged = { ...s, align: s.align ?? opts.align };
  const shade = s.shade ?? (opts.head ? COLOR.headShade : undefined);
  return cell(
    { width, span: s.span, borders: opts.borders, margins: opts.margins, shade },
    cellParagraphs(merged, !!opts.head, opts.size, opts.keepNext),
  );
}

function textLength(cells: readonly CellSpec[]): number {
  return cells.reduce((n, c) => n + (typeof c === 'string' ? c.length : c.text.length + (c.lead?.length ?? 0)), 0);
}

/** A fixed-layout table exactly as wide as the text: it can never run past the margin, whatever the content. */
export function fixedTable(rows: readonly RowXml[], widths: readonly number[], opts: { borders?: TableBorders; margins?: Margins } = {}): Wml {
  return table({ widths, borders: opts.borders ?? TABLE_BORDERS, margins: opts.margins ?? CELL_MARGINS }, rows);
}

/**
 * A data table: a header row that repeats on every page, rows that don't split across pages (unless taller than a
 * page), body rows then total rows (bold, shaded).
 */
export function dataTable(opts: {
  columns: readonly ColumnSpec[];
  rows: readonly (readonly CellSpec[])[];
  totals?: readonly (readonly CellSpec[])[];
  orientation?: Orientation;
  /** Smaller type, for wide tables such as the logic model. */
  small?: boolean;
}): Wml {
  const size = opts.small ? SIZE.small : undefined;
  const rowCount = opts.rows.length + (opts.totals?.length ?? 0) + 1;
  const allText = opts.rows.reduce((n, r) => n + textLength(r), 0);
  const together = rowCount <= KEEP_TOGETHER_ROWS && allText < SPLIT_LIMIT_CHARS;
  let rowIndex = 0;
  const widths = fitColumns(
    columnWidths(
      opts.columns.map((c) => c.weight),
      opts.orientation ?? 'portrait',
    ),
    wordRoom(opts, size ?? SIZE.table),
  );
  const aligns = opts.columns.map((c) => c.align ?? 'left');
  const rowOf = (cells: readonly CellSpec[], kind: 'head' | 'body' | 'total') => {
    const keepNext = together && ++rowIndex < rowCount ? true : undefined;
    let col = 0;
    const children = cells.map((c) => {
      const span = typeof c === 'string' ? 1 : (c.span ?? 1);
      const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      const align = aligns[col];
      col += span;
      const spec: CellSpec =
        kind === 'total' ? { ...(typeof c === 'string' ? { text: c } : c), bold: true, shade: COLOR.totalShade } : c;
      return tableCell(spec, width, { head: kind === 'head', align, size, keepNext });
    });
    return row({ tableHeader: kind === 'head', cantSplit: kind === 'head' || textLength(cells) < SPLIT_LIMIT_CHARS }, children);
  };
  const rows = [
    rowOf(
      opts.columns.map((c) => c.header),
      'head',
    ),
    ...opts.rows.map((r) => rowOf(r, 'body')),
    ...(opts.totals ?? []).map((r) => rowOf(r, 'total')),
  ];
  return fixedTable(rows, widths);
}

/** How wide each column must be for its longest word, from the cells that sit in that column alone. */
function wordRoom(opts: { columns: readonly ColumnSpec[]; rows: readonly (readonly CellSpec[])[]; totals?: readonly (readonly CellSpec[])[] }, size: number): number[] {
  const margins = CELL_MARGINS.left + CELL_MARGINS.right;
  const need = opts.columns.map((c) => longestWord(c.header, SIZE.table, true) + margins);
  const measure = (cells: readonly CellSpec[], bold: boolean) => {
    let col = 0;
    for (const c of cells) {
      const spec = typeof c === 'string' ? { text: c } : c;
      const span = spec.span ?? 1;
      if (span === 1 && col < need.length) {
        const w = Math.max(longestWord(spec.text, size, bold || !!spec.bold), spec.lead ? longestWord(spec.lead, size, true) : 0);
        need[col] = Math.max(need[col]!, w + margins);
      }
      col += span;
    }
  };
  for (const r of opts.rows) measure(r, false);
  for (const r of opts.totals ?? []) measure(r, true);
  return need;
}

/** Two columns, label and value: for facts such as a party's organisation number and contact. */
export function factTable(facts: readonly (readonly [string, CellSpec])[], orientation: Orientation = 'portrait'): Wml {
  const widths = columnWidths([33, 67], orientation);
  const rows = facts.map(([label, value]) => {
    const v = typeof value === 'string' ? { text: value, multiline: true } : value;
    return row({ cantSplit: label.length + v.text.length < SPLIT_LIMIT_CHARS }, [
      tableCell({ text: label, bold: true, shade: COLOR.labelShade }, widths[0]!),
      tableCell(v, widths[1]!),
    ]);
  });
  return fixedTable(rows, widths);
}
