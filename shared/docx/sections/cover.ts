import { LeaderType, TableOfContents } from 'docx';
import { formatKronor } from '../../finance';
import { documentDate, type DocxContext } from '../context';
import { factTable, para, runs } from '../elements';
import { COLOR, FONT, SIZE } from '../layout';
import { STYLE } from '../styles';
import { paragraph, run, type Wml } from '../wml';
import { joinFilled, owner, partners, partyTitle, periodText } from './format';

/**
 * The first page: what this is, for which call, who applies, how long, how much, when, and the two things the
 * case officer and the signatories check: the Dokument-ID and a place for the funder's diarienummer.
 */
export function coverPage(ctx: DocxContext): Wml[] {
  const { app, programme, lang, t } = ctx;
  const own = owner(ctx);
  const title = joinFilled([app.project.title], '') || t('untitled');
  const out: Wml[] = [
    para(programme.funder[lang], { style: STYLE.small, run: { size: SIZE.body } }),
    paragraph({ style: STYLE.title, spacing: { before: 1200 } }, run({ text: t('docTitle') })),
    paragraph({ style: STYLE.subtitle }, run({ text: programme.name[lang] })),
    paragraph({ spacing: { before: 240, after: 480 } }, runs(title, { bold: true, size: SIZE.subtitle + 4, color: COLOR.text })),
  ];
  if (ctx.draft) {
    const rule = { style: 'single', size: 18, color: COLOR.draft, space: 4 } as const;
    out.push(
      paragraph(
        { alignment: 'left', spacing: { after: 360 }, border: { top: rule, bottom: rule } },
        run({ text: t('draft') }, { bold: true, size: SIZE.title, color: COLOR.draft, font: FONT }) +
          run({ text: `  ${t('draftNote')}` }, { size: SIZE.body, color: COLOR.draft }),
      ),
    );
  }
  const partnerNames = partners(ctx).map((p) => partyTitle(ctx, p));
  out.push(
    factTable([
      [t('owner'), own ? partyTitle(ctx, own) : t('dash')],
      [t('partners'), partnerNames.length ? partnerNames.join('\n') : t('dash')],
      [t('period'), periodText(ctx)],
      [t('amountSought'), formatKronor(ctx.totals.simTotal)],
      [t('totalBudget'), formatKronor(ctx.totals.costTotal)],
      [t('date'), documentDate(ctx.now)],
      [t('documentId'), { text: ctx.documentId, bold: true }],
      [
        t('diarienummer'),
        app.project.diarienummer.trim()
          ? app.project.diarienummer
          : { text: `(${t('diarienummerNote')})\n\n`, italic: true },
      ],
    ]),
  );
  return out;
}

export type ContentsEntry = { title: string; bookmark: string };

/**
 * A table of contents written with its entries (the numbered sections and the appendices, each linked to its
 * heading) and no page numbers: working those out means laying out every page (the docx library's estimator takes
 * seconds), and a wrong number on a document to be signed is worse than none. It is a real TOC field, so Word's
 * "Update table" adds the numbers; it is written clean, so opening the file never asks to update fields.
 */
export function contentsPage(ctx: DocxContext, entries: readonly ContentsEntry[]): [Wml, TableOfContents] {
  return [
    paragraph(
      { pageBreakBefore: true, spacing: { after: 240 } },
      run({ text: ctx.t('contents') }, { bold: true, size: SIZE.h1, color: COLOR.heading }),
    ),
    new TableOfContents(ctx.t('contents'), {
      hyperlink: true,
      headingStyleRange: '1-1',
      cachedEntries: entries.map((e) => ({ title: e.title, level: 1, href: e.bookmark })),
      beginDirty: false,
      tabLeader: LeaderType.NONE,
    }),
  ];
}
