import { formatKronor, formatNumber } from '../../finance';
import { fingerprint, type Sha256 } from '../../model/fingerprint';
import type { Application } from '../../model/schema';
import { findPriority, type Programme } from '../../program/schema';
import { assembleDocx, type DocSection } from '../assemble';
import { createContext, documentDate, organisationName, type DocxContext } from '../context';
import { dataTable, factTable, fieldBlock, heading3, para, runs, textBlock, type CellSpec } from '../elements';
import { COLOR, SIZE } from '../layout';
import { sanitize } from '../sanitize';
import { joinFilled, owner, partners, partyTitle, periodText, roleText, sectorText } from '../sections/format';
import { STYLE } from '../styles';
import { paragraph, run, type Wml } from '../wml';
import type { Deflater } from '../zip';
import { ideaStrings } from './idea-strings';

type T = ReturnType<typeof ideaStrings.in>;

function municipalities(ctx: DocxContext): string {
  const names = ctx.app.project.municipalities.map((m) => sanitize(m).trim()).filter((m) => m !== '');
  return names.length ? names.join(', ') : ctx.t('dash');
}

/** Total cost and the amount sought, whichever the applicants have estimated; the sketch says which it is. */
export function roughCost(ctx: DocxContext, t: T): string {
  const { costTotal, simTotal } = ctx.totals;
  if (costTotal > 0 && simTotal > 0) return t('roughCostBoth', { total: formatKronor(costTotal), sought: formatKronor(simTotal) });
  if (costTotal > 0) return formatKronor(costTotal);
  if (simTotal > 0) return t('roughCostSought', { sought: formatKronor(simTotal) });
  return t('noCost');
}

function cover(ctx: DocxContext, t: T): Wml[] {
  const { app, programme, lang } = ctx;
  const own = owner(ctx);
  const partnerNames = partners(ctx).map((p) => partyTitle(ctx, p));
  return [
    para(programme.funder[lang], { style: STYLE.small, run: { size: SIZE.body } }),
    paragraph({ style: STYLE.title, spacing: { before: 480 } }, run({ text: t('docTitle') })),
    paragraph({ style: STYLE.subtitle }, run({ text: programme.name[lang] })),
    paragraph({ spacing: { before: 120, after: 240 } }, runs(joinFilled([app.project.title], '') || ctx.t('untitled'), { bold: true, size: SIZE.subtitle, color: COLOR.text })),
    para(t('purpose', { funder: programme.funder[lang] }), { style: STYLE.small }),
    factTable([
      [ctx.t('owner'), own ? partyTitle(ctx, own) : ctx.t('dash')],
      [ctx.t('partners'), partnerNames.length ? partnerNames.join('\n') : ctx.t('dash')],
      [ctx.t('period'), periodText(ctx)],
      [ctx.label('project.municipalities'), municipalities(ctx)],
      [t('roughCost'), roughCost(ctx, t)],
      [ctx.t('date'), documentDate(ctx.now)],
      [ctx.t('documentId'), { text: ctx.documentId, bold: true }],
    ]),
  ];
}

function partiesTable(ctx: DocxContext, t: T): Wml {
  if (!ctx.app.parties.length) return para(t('noParties'), { style: STYLE.empty });
  return dataTable({
    columns: [
      { header: ctx.t('party'), weight: 42 },
      { header: t('roleAndSector'), weight: 24 },
      { header: t('contact'), weight: 34 },
    ],
    rows: ctx.app.parties.map((p): CellSpec[] => [
      partyTitle(ctx, p),
      `${roleText(ctx, p)}, ${sectorText(ctx, p).toLowerCase()}`,
      joinFilled([joinFilled([p.contact.name, p.contact.title], ', '), p.contact.email, p.contact.phone], '\n') || ctx.t('dash'),
    ]),
  });
}

function targetGroup(ctx: DocxContext): Wml[] {
  const tg = ctx.app.targetGroup;
  const age = tg.ageMin === null && tg.ageMax === null ? ctx.t('dash') : `${tg.ageMin ?? ctx.t('dash')}–${tg.ageMax ?? ctx.t('dash')} ${ctx.t('years')}`;
  return [
    ...textBlock(ctx, tg.description),
    factTable([
      [ctx.t('ageRange'), age],
      [ctx.label('targetGroup.childrenReached'), tg.childrenReached === null ? ctx.t('dash') : formatNumber(tg.childrenReached)],
    ]),
  ];
}

function priorities(ctx: DocxContext, t: T): Wml[] {
  const out: Wml[] = [];
  for (const choice of ctx.app.priorities) {
    const pr = findPriority(ctx.programme, choice.priorityId);
    out.push(heading3(pr ? pr.title[ctx.lang] : `${ctx.t('unknownPriority')}: ${choice.priorityId}`), ...textBlock(ctx, choice.motivation));
  }
  return out.length ? out : [para(t('noPriorities'), { style: STYLE.empty })];
}

function costAndPeriod(ctx: DocxContext, t: T): Wml[] {
  const { totals } = ctx;
  // The cover already gives the period and the total; here they are spread over the project years.
  const out: Wml[] = [para(periodText(ctx))];
  if (totals.years === 0 || (totals.costTotal === 0 && totals.simTotal === 0)) out.push(para(t('noCost'), { style: STYLE.empty }));
  else {
    const kr = (n: number): CellSpec => ({ text: formatKronor(n), align: 'right' });
    const years = Array.from({ length: totals.years }, (_, i) => i);
    out.push(
      heading3(t('perYear')),
      dataTable({
        columns: [
          { header: '', weight: 30 },
          ...years.map((i) => ({ header: `${ctx.t('year')} ${i + 1}`, weight: 16, align: 'right' as const })),
          { header: ctx.t('total'), weight: 18, align: 'right' },
        ],
        rows: [
          [t('costRow'), ...years.map((i) => kr(totals.costByYear[i] ?? 0)), kr(totals.costTotal)],
          [t('soughtRow'), ...years.map((i) => kr(totals.simByYear[i] ?? 0)), kr(totals.simTotal)],
        ],
      }),
    );
  }
  return out;
}

/** The sketch's sections: what VGR asks about an idea, taken from the application's first steps as they stand. */
export function ideaSections(ctx: DocxContext): DocSection[] {
  const t = ideaStrings.in(ctx.lang);
  const { app } = ctx;
  return [
    { title: t('idea'), children: textBlock(ctx, app.project.summary) },
    { title: t('parties'), children: [partiesTable(ctx, t)] },
    {
      title: t('need'),
      children: [...fieldBlock(ctx, 'needs.need', app.needs.need), ...fieldBlock(ctx, 'needs.extent', app.needs.extent)],
    },
    { title: t('targetGroup'), children: targetGroup(ctx) },
    { title: t('priorities'), children: priorities(ctx, t) },
    { title: t('costAndPeriod'), children: costAndPeriod(ctx, t) },
  ];
}

export type IdeaExportOptions = { now?: Date; deflater?: Deflater; sha256?: Sha256 };

/**
 * The idea sketch (idéskiss) as DOCX bytes: one to two pages for the dialogue with the funder before an application.
 * It carries the application it was made from and prints its Dokument-ID, so opening the sketch in the app continues
 * the same application: nothing is typed twice.
 */
export async function exportIdeaDocx(app: Application, programme: Programme, opts: IdeaExportOptions = {}): Promise<{ bytes: Uint8Array; documentId: string }> {
  const now = opts.now ?? new Date();
  const documentId = fingerprint(app, opts.sha256);
  const ctx = createContext(app, programme, { draft: false, now, documentId });
  const t = ideaStrings.in(ctx.lang);
  const own = owner(ctx);
  const bytes = await assembleDocx(
    {
      ctx,
      title: joinFilled([app.project.title], '') || t('docTitle'),
      subject: `${t('docTitle')} – ${programme.name[ctx.lang]}`,
      author: (own && organisationName(own).replace(/\s+/g, ' ')) || 'SIM-ansökan',
      cover: cover(ctx, t),
      contents: false,
      sections: ideaSections(ctx),
      embed: app,
    },
    { now, deflater: opts.deflater },
  );
  return { bytes, documentId };
}

