import { formatKronor } from '../../finance';
import { documentDate, type DocxContext } from '../context';
import { factTable, para, runs } from '../elements';
import { COLOR, FONT, SIZE, textWidth } from '../layout';
import { STYLE } from '../styles';
import { internalLink, pageRef, paragraph, run, type Wml } from '../wml';
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
 * The contents: each numbered section and appendix, linked to its heading, with the number of the page it starts on
 * as a page reference to the heading's bookmark (wml.ts pageRef says when each program works the number out). Not a
 * TOC field: LibreOffice shows a TOC field's text as it was written, so its page numbers would have to be guessed
 * here, and pagination differs between programs and machines.
 */
export function contentsPage(ctx: DocxContext, entries: readonly ContentsEntry[]): Wml[] {
  const tabs = [{ pos: textWidth('portrait'), align: 'right', leader: 'dot' }] as const;
  return [
    paragraph(
      { pageBreakBefore: true, spacing: { after: 240 } },
      run({ text: ctx.t('contents') }, { bold: true, size: SIZE.h1, color: COLOR.heading }),
    ),
    ...entries.map((e) =>
      paragraph({ style: 'TOC1', tabs }, internalLink(e.bookmark, runs(e.title) + run({ tab: true }) + pageRef(e.bookmark))),
    ),
  ];
}
