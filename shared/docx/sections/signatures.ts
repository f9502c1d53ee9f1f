import type { Party } from '../../model/schema';
import type { DocxContext } from '../context';
import { columnWidths, emptyNote, fixedTable, NO_BORDERS, para, runs, TABLE_NO_BORDERS } from '../elements';
import { CM, SIZE } from '../layout';
import { STYLE } from '../styles';
import { cell as wmlCell, paragraph, row, run, table, type BorderSpec, type CellXml, type Wml } from '../wml';
import { joinFilled, partyTitle } from './format';
import type { SectionBuilder } from './types';

const signLine: BorderSpec = { style: 'single', size: 6, color: '000000' };
const noLine = NO_BORDERS.top;
const NO_MARGINS = { top: 0, bottom: 0, left: 0, right: 0 };

function cell(children: Wml[], width: number, opts: { line?: boolean; span?: number } = {}): CellXml {
  return wmlCell({ width, span: opts.span, borders: { ...NO_BORDERS, bottom: opts.line ? signLine : noLine } }, children);
}

const small = (text: string) => paragraph({ style: STYLE.small, keepNext: true }, run({ text }));
const blank = () => paragraph({ keepNext: true });

/**
 * One party's block: organisation, then a line for place and date and a line for the signature, with the signatory's
 * name and title printed under it. Built as a nested table inside one unsplittable row so no page break can fall
 * inside a block, in Word or in LibreOffice.
 */
function signatureBlock(ctx: DocxContext, p: Party, width: number): Wml {
  const gap = Math.round(0.8 * CM);
  const half = Math.floor((width - gap) / 2);
  const widths = [half, gap, width - gap - half];
  const name = joinFilled([p.signatory.name], '') || ctx.t('dash');
  const title = joinFilled([p.signatory.title], '') || ctx.t('dash');
  const orgLine = joinFilled([p.orgNumber], '');
  const header = row({ cantSplit: true }, [
    cell(
      [
        paragraph({ keepNext: true, spacing: { after: 0 } }, runs(partyTitle(ctx, p), { bold: true, size: SIZE.h3 + 2 })),
        ...(orgLine ? [small(`${ctx.label('parties.*.orgNumber')}: ${orgLine}`)] : []),
      ],
      widths.reduce((a, b) => a + b, 0),
      { span: 3 },
    ),
  ]);
  const lines = row({ cantSplit: true, minHeight: Math.round(1.6 * CM) }, [
    cell([blank()], widths[0]!, { line: true }),
    cell([blank()], widths[1]!),
    cell([blank()], widths[2]!, { line: true }),
  ]);
  const captions = row({ cantSplit: true }, [
    cell([small(ctx.t('placeAndDate'))], widths[0]!),
    cell([blank()], widths[1]!),
    cell(
      [
        small(ctx.t('signature')),
        paragraph({ style: STYLE.body, keepNext: true, spacing: { before: 120, after: 0 } }, runs(`${ctx.t('nameClarification')}: ${name}`, { bold: true })),
        paragraph({ style: STYLE.body, spacing: { after: 0 } }, runs(`${ctx.t('title')}: ${title}`)),
      ],
      widths[2]!,
    ),
  ]);
  return table({ widths, borders: TABLE_NO_BORDERS, margins: NO_MARGINS }, [header, lines, captions]);
}

/** Underskrifter: on a page of its own, one block per signing party, each block unbreakable. */
export const signaturesSection: SectionBuilder = (ctx) => signaturePage(ctx, ctx.t('signaturesIntro', { id: ctx.documentId }));

/** The signature page with its own opening sentence (a report or a change request says what the signatures apply to). */
export function signaturePage(ctx: DocxContext, introText: string): ReturnType<SectionBuilder> & object {
  const signing = [...ctx.app.parties.filter((p) => p.signs)].sort((a, b) => Number(b.role === 'owner') - Number(a.role === 'owner'));
  const intro = para(introText, { keepNext: true });
  if (!signing.length) return { title: ctx.t('signatures'), newPage: true, children: [intro, emptyNote(ctx)] };
  const [width] = columnWidths([1], 'portrait');
  const inner = width! - 20;
  const rows = signing.map((p) =>
    row({ cantSplit: true }, [
      wmlCell(
        { width: width!, borders: NO_BORDERS, margins: { top: Math.round(0.5 * CM), bottom: Math.round(0.4 * CM), left: 0, right: 0 } },
        // Word wants a paragraph after a table in a cell.
        [signatureBlock(ctx, p, inner), paragraph({ spacing: { after: 0 } })],
      ),
    ]),
  );
  const children: Wml[] = [intro, fixedTable(rows, [width!], { borders: TABLE_NO_BORDERS, margins: NO_MARGINS })];
  return { title: ctx.t('signatures'), newPage: true, children };
}
