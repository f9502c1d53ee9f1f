import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  HeightRule,
  Packer,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bookmarked, cell, esc, paragraph, row, run, table, type Wml } from '../../../shared/docx/wml';

/**
 * The body writer must write what the docx library writes for the same options, element for element, so moving the
 * body off the library changed nothing Word or LibreOffice sees. Each case builds one thing both ways and compares the
 * XML of the document body.
 */
async function libraryBody(children: FileChild[]): Promise<string> {
  const doc = new Document({ sections: [{ children }] });
  const xml = strFromU8(unzipSync(await Packer.pack(doc, 'uint8array'))['word/document.xml']!);
  const body = xml.slice(xml.indexOf('<w:body>') + '<w:body>'.length, xml.lastIndexOf('<w:sectPr>'));
  // A section ending in a paragraph gets its properties in that paragraph; these cases end in a table or an empty
  // paragraph added for the purpose, which is dropped here.
  return body.replace(/<w:p\/>$/, '');
}
const ours = (...blocks: Wml[]) => blocks.map((b) => b.xml).join('');
const end = () => new Paragraph({});

const line = { style: BorderStyle.SINGLE, size: 4, color: '8C8C8C' };
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const ourLine = { style: 'single', size: 4, color: '8C8C8C' } as const;
const ourNone = { style: 'none', size: 0, color: 'FFFFFF' } as const;

describe('the body writer writes what the docx library writes', () => {
  it('runs: text, properties, breaks and tabs, and escaping', async () => {
    const text = `Ålder 0–15 <år> & "barn" 'unga' 😀 مرحبا`;
    const lib = await libraryBody([
      new Paragraph({
        children: [
          new TextRun(text),
          new TextRun({ text: 'fet', bold: true }),
          new TextRun({ text: 'inte fet', bold: false, italics: false }),
          new TextRun({ text: 'kursiv liten', italics: true, size: 14, color: 'C00000', font: 'Arial' }),
          new TextRun({ text: 'efter två radbrytningar', break: 2, size: 16 }),
          new TextRun({ children: [new Tab()], bold: true }),
          new TextRun({ break: 1 }),
        ],
      }),
      end(),
    ]);
    const mine = ours(
      paragraph(
        {},
        run({ text }) +
          run({ text: 'fet' }, { bold: true }) +
          run({ text: 'inte fet' }, { bold: false, italics: false }) +
          run({ text: 'kursiv liten' }, { italics: true, size: 14, color: 'C00000', font: 'Arial' }) +
          run({ text: 'efter två radbrytningar', breaks: 2 }, { size: 16 }) +
          run({ tab: true }, { bold: true }) +
          run({ breaks: 1 }),
      ),
    );
    expect(mine).toBe(lib);
  });

  it('paragraphs: style, keep with next, page break, borders, spacing, alignment, bookmarks, empty', async () => {
    const rule = { style: BorderStyle.SINGLE, size: 18, color: 'C00000', space: 4 };
    const lib = await libraryBody([
      new Paragraph({ style: 'Heading1', pageBreakBefore: true, children: [new Bookmark({ id: '_TocSim1', children: [new TextRun('1. Parter')] })] }),
      new Paragraph({ style: 'TableHead', keepNext: true, alignment: AlignmentType.RIGHT, children: [new TextRun('Totalt')] }),
      new Paragraph({ alignment: AlignmentType.LEFT, spacing: { after: 360 }, border: { top: rule, bottom: rule }, children: [new TextRun('UTKAST')] }),
      new Paragraph({ spacing: { before: 240, after: 480 }, children: [new TextRun('titel')] }),
      new Paragraph({ style: 'BodyText', keepNext: true, spacing: { before: 120, after: 0 } }),
      new Paragraph({ alignment: AlignmentType.CENTER }),
      new Paragraph({}),
      end(),
    ]);
    const rule2 = { style: 'single', size: 18, color: 'C00000', space: 4 } as const;
    const mine = ours(
      paragraph({ style: 'Heading1', pageBreakBefore: true }, bookmarked('_TocSim1', 1, run({ text: '1. Parter' }))),
      paragraph({ style: 'TableHead', keepNext: true, alignment: 'right' }, run({ text: 'Totalt' })),
      paragraph({ alignment: 'left', spacing: { after: 360 }, border: { top: rule2, bottom: rule2 } }, run({ text: 'UTKAST' })),
      paragraph({ spacing: { before: 240, after: 480 } }, run({ text: 'titel' })),
      paragraph({ style: 'BodyText', keepNext: true, spacing: { before: 120, after: 0 } }),
      paragraph({ alignment: 'center' }),
      paragraph({}),
    );
    // The library numbers bookmarks itself; the writer takes the number it is given.
    expect(mine).toBe(lib.replace(/(<w:bookmark(?:Start|End)[^>]*w:id=")\d+"/g, '$11"'));
  });

  it('tables: grid, borders, margins, header rows, rows that do not split, minimum heights, spans, shading, cell borders and margins, nesting', async () => {
    const widths = [3000, 6070];
    const inner = new Table({
      rows: [new TableRow({ children: [new TableCell({ width: { size: 1000, type: WidthType.DXA }, children: [new Paragraph({ keepNext: true })] })] })],
      width: { size: 1000, type: WidthType.DXA },
      columnWidths: [1000],
      layout: TableLayoutType.FIXED,
      borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
    });
    const lib = await libraryBody([
      new Table({
        rows: [
          new TableRow({
            tableHeader: true,
            cantSplit: true,
            children: [
              new TableCell({
                width: { size: 9070, type: WidthType.DXA },
                columnSpan: 2,
                shading: { type: 'clear', color: 'auto', fill: 'DCE3EC' },
                children: [new Paragraph({ style: 'TableHead', children: [new TextRun('Rubrik')] })],
              }),
            ],
          }),
          new TableRow({
            cantSplit: true,
            height: { value: 907, rule: HeightRule.ATLEAST },
            children: [
              new TableCell({
                width: { size: 3000, type: WidthType.DXA },
                borders: { top: none, left: none, bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000' }, right: none },
                margins: { top: 284, bottom: 227, left: 0, right: 0 },
                children: [inner, new Paragraph({ spacing: { after: 0 } })],
              }),
              new TableCell({ width: { size: 6070, type: WidthType.DXA }, children: [new Paragraph({ children: [new TextRun('1 250 000 kr')] })] }),
            ],
          }),
          new TableRow({ children: [new TableCell({ width: { size: 9070, type: WidthType.DXA }, columnSpan: 2, children: [new Paragraph({})] })] }),
        ],
        borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
        margins: { top: 40, bottom: 40, left: 90, right: 90 },
        width: { size: 9070, type: WidthType.DXA },
        columnWidths: widths,
        layout: TableLayoutType.FIXED,
      }),
    ]);
    const noBorders = { top: ourNone, bottom: ourNone, left: ourNone, right: ourNone };
    const mineInner = table({ widths: [1000], borders: { ...noBorders, insideHorizontal: ourNone, insideVertical: ourNone }, margins: { top: 0, bottom: 0, left: 0, right: 0 } }, [
      row({}, [cell({ width: 1000 }, [paragraph({ keepNext: true })])]),
    ]);
    const mine = ours(
      table(
        {
          widths,
          borders: { top: ourLine, bottom: ourLine, left: ourLine, right: ourLine, insideHorizontal: ourLine, insideVertical: ourLine },
          margins: { top: 40, bottom: 40, left: 90, right: 90 },
        },
        [
          row({ tableHeader: true, cantSplit: true }, [cell({ width: 9070, span: 2, shade: 'DCE3EC' }, [paragraph({ style: 'TableHead' }, run({ text: 'Rubrik' }))])]),
          row({ cantSplit: true, minHeight: 907 }, [
            cell(
              { width: 3000, borders: { ...noBorders, bottom: { style: 'single', size: 6, color: '000000' } }, margins: { top: 284, bottom: 227, left: 0, right: 0 } },
              [mineInner, paragraph({ spacing: { after: 0 } })],
            ),
            cell({ width: 6070 }, [paragraph({}, run({ text: '1 250 000 kr' }))]),
          ]),
          row({}, [cell({ width: 9070, span: 2 }, [paragraph({})])]),
        ],
      ),
    );
    expect(mine).toBe(lib);
  });

  it('drops what XML 1.0 forbids, whatever reaches it', () => {
    expect(esc('a\u0000b\u0008c\u000Bd\uFFFEe\uFFFFf\uD800g\uDC00h😀<&>')).toBe('abcdefgh😀&lt;&amp;&gt;');
  });
});
