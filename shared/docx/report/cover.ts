import { formatKronor } from '../../finance';
import { documentDate } from '../context';
import { factTable, para, runs } from '../elements';
import { COLOR, FONT, SIZE } from '../layout';
import { joinFilled, owner, partners, partyTitle, periodText } from '../sections/format';
import { STYLE } from '../styles';
import { paragraph, run, type Wml } from '../wml';
import type { ReportContext } from './context';

/** A red-ruled UTKAST banner under the title, as on the application's draft cover. */
export function draftBanner(ctx: { draft: boolean; t: ReportContext['t'] }, note: string): Wml[] {
  if (!ctx.draft) return [];
  const rule = { style: 'single', size: 18, color: COLOR.draft, space: 4 } as const;
  return [
    paragraph(
      { alignment: 'left', spacing: { after: 360 }, border: { top: rule, bottom: rule } },
      run({ text: ctx.t('draft') }, { bold: true, size: SIZE.title, color: COLOR.draft, font: FONT }) + run({ text: `  ${note}` }, { size: SIZE.body, color: COLOR.draft }),
    ),
  ];
}

/**
 * The report's first page: which report, for which decided application (its Dokument-ID and the funder's case
 * number), the period it covers, and its own Dokument-ID, the one the signatures apply to.
 */
export function reportCover(ctx: ReportContext, title: string, decidedId: string): Wml[] {
  const { app, programme, lang, rt, decision, report } = ctx;
  const own = owner(ctx);
  const partnerNames = partners(ctx).map((p) => partyTitle(ctx, p));
  const granted = decision.grantedPerYear.reduce((a, b) => a + b, 0);
  return [
    para(decision.funder.trim() ? decision.funder : programme.funder[lang], { style: STYLE.small, run: { size: SIZE.body } }),
    paragraph({ style: STYLE.title, spacing: { before: 960 } }, run({ text: title })),
    paragraph({ style: STYLE.subtitle }, run({ text: programme.name[lang] })),
    paragraph({ spacing: { before: 120, after: 360 } }, runs(joinFilled([app.project.title], '') || ctx.t('untitled'), { bold: true, size: SIZE.subtitle + 4, color: COLOR.text })),
    ...draftBanner(ctx, rt('draftNote')),
    factTable([
      [ctx.t('owner'), own ? partyTitle(ctx, own) : ctx.t('dash')],
      [ctx.t('partners'), partnerNames.length ? partnerNames.join('\n') : ctx.t('dash')],
      [ctx.t('period'), periodText(ctx)],
      [rt('reportPeriod'), `${report.periodStart || ctx.t('dash')} – ${report.periodEnd || ctx.t('dash')}`],
      [rt('diarienummer'), decision.diarienummer.trim() ? decision.diarienummer : ctx.t('dash')],
      [rt('decisionDate'), decision.date || ctx.t('dash')],
      [rt('granted'), formatKronor(granted)],
      [rt('decidedId'), { text: decidedId, bold: true }],
      [ctx.t('date'), documentDate(ctx.now)],
      [rt('reportId'), { text: ctx.documentId, bold: true }],
    ]),
    para(rt('intro', { decided: decidedId }), { style: STYLE.small }),
  ];
}
