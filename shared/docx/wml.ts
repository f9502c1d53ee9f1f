/**
 * WordprocessingML for the document body, written as text.
 *
 * The docx library builds the package around the body: styles, headers and footers with their page fields, section
 * properties, the table of contents field, document properties, content types and relationships (see document.ts).
 * The body itself (thousands of paragraphs, runs and table cells in a long application) is written here instead: each
 * element the library builds is an object tree that is then walked and serialised again, which made exporting the
 * stress fixture cost several hundred milliseconds. Here an element is one string, written once.
 *
 * The markup is exactly what the library writes for the same options (same elements, order and attributes), so Word
 * and LibreOffice see the same document; tests/unit/docx/wml.test.ts holds it to that. Only the subset the
 * application uses is here. Every text is escaped; callers sanitise user text first (sanitize.ts), and anything XML
 * 1.0 forbids that still reaches this module is dropped.
 */

/** Block-level body XML: a paragraph or a table. */
export class Wml {
  constructor(readonly xml: string) {}
}

/** A cell (`w:tc`) or a row (`w:tr`) of a table, as XML. */
export type CellXml = string & { readonly __cell: true };
export type RowXml = string & { readonly __row: true };

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
// What XML 1.0 forbids, as in sanitize.ts; tab, line feed and carriage return are left to the callers, which turn
// them into w:tab and w:br before text gets here.
const UNSAFE = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text or an attribute value, escaped as the docx library escapes it, without what XML forbids. */
export function esc(s: string): string {
  return s.replace(UNSAFE, (c) => ESCAPES[c] ?? '');
}

export type Align = 'left' | 'right' | 'center';

export type RunProps = {
  bold?: boolean;
  italics?: boolean;
  /** Half-points. */
  size?: number;
  color?: string;
  font?: string;
};

export type BorderSpec = { style: 'single' | 'none'; size: number; color: string; space?: number };

function onOff(tag: string, value: boolean | undefined): string {
  if (value === undefined) return '';
  return value ? `<w:${tag}/><w:${tag}Cs/>` : `<w:${tag} w:val="false"/><w:${tag}Cs w:val="false"/>`;
}

/** Run properties in the schema's order; empty when there are none. */
export function runProps(p: RunProps): string {
  const inner =
    (p.font ? `<w:rFonts w:ascii="${esc(p.font)}" w:cs="${esc(p.font)}" w:eastAsia="${esc(p.font)}" w:hAnsi="${esc(p.font)}"/>` : '') +
    onOff('b', p.bold) +
    onOff('i', p.italics) +
    (p.color ? `<w:color w:val="${p.color}"/>` : '') +
    (p.size !== undefined ? `<w:sz w:val="${p.size}"/><w:szCs w:val="${p.size}"/>` : '');
  return inner ? `<w:rPr>${inner}</w:rPr>` : '';
}

/**
 * One run: `breaks` line breaks, then a tab or the text. The text must not hold tabs or line feeds (elements.ts
 * splits them off).
 */
export function run(content: { text?: string; tab?: boolean; breaks?: number }, props: RunProps = {}): string {
  let xml = `<w:r>${runProps(props)}`;
  for (let i = 0; i < (content.breaks ?? 0); i++) xml += '<w:br/>';
  if (content.tab) xml += '<w:tab/>';
  else if (content.text !== undefined) xml += `<w:t xml:space="preserve">${esc(content.text)}</w:t>`;
  return `${xml}</w:r>`;
}

const border = (side: string, b: BorderSpec) =>
  `<w:${side} w:val="${b.style}" w:color="${b.color}" w:sz="${b.size}"${b.space !== undefined ? ` w:space="${b.space}"` : ''}/>`;

export type ParagraphProps = {
  style?: string;
  keepNext?: boolean;
  pageBreakBefore?: boolean;
  border?: { top?: BorderSpec; bottom?: BorderSpec };
  /** Tab stops (twips from the left margin). */
  tabs?: readonly { pos: number; align: 'left' | 'right'; leader?: 'dot' | 'none' }[];
  spacing?: { before?: number; after?: number };
  alignment?: Align;
};

/** A paragraph of runs (and bookmarks), with its properties in the schema's order. */
export function paragraph(p: ParagraphProps, content = ''): Wml {
  let props = '';
  if (p.style) props += `<w:pStyle w:val="${esc(p.style)}"/>`;
  if (p.keepNext) props += '<w:keepNext/>';
  if (p.pageBreakBefore) props += '<w:pageBreakBefore/>';
  if (p.border && (p.border.top || p.border.bottom)) {
    props += `<w:pBdr>${p.border.top ? border('top', p.border.top) : ''}${p.border.bottom ? border('bottom', p.border.bottom) : ''}</w:pBdr>`;
  }
  if (p.tabs?.length) {
    props += `<w:tabs>${p.tabs.map((t) => `<w:tab w:val="${t.align}" w:pos="${t.pos}"${t.leader ? ` w:leader="${t.leader}"` : ''}/>`).join('')}</w:tabs>`;
  }
  if (p.spacing && (p.spacing.before !== undefined || p.spacing.after !== undefined)) {
    const after = p.spacing.after !== undefined ? ` w:after="${p.spacing.after}"` : '';
    const before = p.spacing.before !== undefined ? ` w:before="${p.spacing.before}"` : '';
    props += `<w:spacing${after}${before}/>`;
  }
  if (p.alignment) props += `<w:jc w:val="${p.alignment}"/>`;
  if (!props && !content) return new Wml('<w:p/>');
  return new Wml(`<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${content}</w:p>`);
}

/** Runs wrapped in a bookmark that a table-of-contents entry links to. */
export function bookmarked(name: string, id: number, content: string): string {
  return `<w:bookmarkStart w:name="${esc(name)}" w:id="${id}"/>${content}<w:bookmarkEnd w:id="${id}"/>`;
}

/** Runs that link to a bookmark in the document. */
export function internalLink(anchor: string, content: string): string {
  return `<w:hyperlink w:anchor="${esc(anchor)}" w:history="1">${content}</w:hyperlink>`;
}

/**
 * The number of the page a bookmark is on, as a PAGEREF field. The field is written clean and with no result:
 * LibreOffice turns it into a page reference it works out as it lays the pages out, and Word works it out when it
 * prints or saves as PDF (and on F9). A number written here would be a guess, and a wrong one on paper is worse than
 * none; a dirty field would make Word ask on opening whether to update the document's fields.
 */
export function pageRef(bookmark: string, props: RunProps = {}): string {
  const rPr = runProps(props);
  return (
    `<w:r>${rPr}<w:fldChar w:fldCharType="begin"/></w:r>` +
    `<w:r>${rPr}<w:instrText xml:space="preserve"> PAGEREF ${esc(bookmark)} \\h </w:instrText></w:r>` +
    `<w:r>${rPr}<w:fldChar w:fldCharType="separate"/></w:r>` +
    `<w:r>${rPr}<w:fldChar w:fldCharType="end"/></w:r>`
  );
}

export type Margins = { top: number; bottom: number; left: number; right: number };
export type CellBorders = { top: BorderSpec; bottom: BorderSpec; left: BorderSpec; right: BorderSpec };
export type TableBorders = CellBorders & { insideHorizontal: BorderSpec; insideVertical: BorderSpec };

const margins = (tag: string, m: Margins) =>
  `<w:${tag}><w:top w:type="dxa" w:w="${m.top}"/><w:left w:type="dxa" w:w="${m.left}"/><w:bottom w:type="dxa" w:w="${m.bottom}"/><w:right w:type="dxa" w:w="${m.right}"/></w:${tag}>`;

/** A table cell of a fixed width (twips), holding paragraphs and tables; Word wants at least one paragraph. */
export function cell(
  p: { width: number; span?: number; borders?: CellBorders; shade?: string; margins?: Margins },
  children: readonly Wml[],
): CellXml {
  let props = `<w:tcW w:type="dxa" w:w="${p.width}"/>`;
  if (p.span && p.span > 1) props += `<w:gridSpan w:val="${p.span}"/>`;
  if (p.borders) {
    const b = p.borders;
    props += `<w:tcBorders>${border('top', b.top)}${border('left', b.left)}${border('bottom', b.bottom)}${border('right', b.right)}</w:tcBorders>`;
  }
  if (p.shade) props += `<w:shd w:fill="${p.shade}" w:color="auto" w:val="clear"/>`;
  if (p.margins) props += margins('tcMar', p.margins);
  let xml = `<w:tc><w:tcPr>${props}</w:tcPr>`;
  for (const c of children) xml += c.xml;
  return `${xml}</w:tc>` as CellXml;
}

/** A table row: a repeated header row, one that may not split across pages, or one at least this tall. */
export function row(p: { cantSplit?: boolean; tableHeader?: boolean; minHeight?: number }, cells: readonly CellXml[]): RowXml {
  let props = '';
  if (p.cantSplit) props += '<w:cantSplit/>';
  if (p.minHeight !== undefined) props += `<w:trHeight w:val="${p.minHeight}" w:hRule="atLeast"/>`;
  if (p.tableHeader) props += '<w:tblHeader/>';
  return `<w:tr>${props ? `<w:trPr>${props}</w:trPr>` : ''}${cells.join('')}</w:tr>` as RowXml;
}

/** A fixed-layout table with these column widths (twips), borders and default cell margins. */
export function table(p: { widths: readonly number[]; borders: TableBorders; margins: Margins }, rows: readonly RowXml[]): Wml {
  const b = p.borders;
  const width = p.widths.reduce((a, c) => a + c, 0);
  const props =
    `<w:tblW w:type="dxa" w:w="${width}"/>` +
    `<w:tblBorders>${border('top', b.top)}${border('left', b.left)}${border('bottom', b.bottom)}${border('right', b.right)}` +
    `${border('insideH', b.insideHorizontal)}${border('insideV', b.insideVertical)}</w:tblBorders>` +
    '<w:tblLayout w:type="fixed"/>' +
    margins('tblCellMar', p.margins);
  const grid = p.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  return new Wml(`<w:tbl><w:tblPr>${props}</w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows.join('')}</w:tbl>`);
}
