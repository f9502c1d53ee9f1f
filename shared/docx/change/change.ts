import { budgetTotals, formatKronor } from '../../finance';
import type { Sha256 } from '../../model/fingerprint';
import { describePath } from '../../model/labels';
import type { ChangeRequest } from '../../model/lifecycle';
import type { Application } from '../../model/schema';
import type { Programme } from '../../program/schema';
import { decidedDocumentIdOf } from '../../workflow/decision';
import { changeRequestDocumentId } from '../../workflow/report-id';
import { changeRequestDifferences } from '../../workflow/report';
import { assembleDocx, type DocSection } from '../assemble';
import { createContext, documentDate, organisationName, type DocxContext } from '../context';
import { dataTable, factTable, para, runs, textBlock, type CellSpec } from '../elements';
import { COLOR, SIZE } from '../layout';
import { sanitize } from '../sanitize';
import { draftBanner } from '../report/cover';
import { joinFilled, owner, partners, partyTitle, periodText } from '../sections/format';
import { signaturePage } from '../sections/signatures';
import { STYLE } from '../styles';
import { paragraph, run, type Wml } from '../wml';
import type { Deflater } from '../zip';
import { changeStrings } from './change-strings';
import { valueText } from './values';

type T = ReturnType<typeof changeStrings.in>;

/** The application as it would read with the change: the proposed parts in place of the decided ones. */
export function proposedApplication(app: Application, cr: ChangeRequest): Application {
  return { ...app, ...cr.proposed };
}

/** The name of the item a path's first list points at, in the version that has it. */
function itemName(app: Application, path: readonly (string | number)[]): string | undefined {
  const [part, index] = path;
  if (typeof index !== 'number') return undefined;
  const pick = (s: string | undefined) => (s && s.trim() ? sanitize(s).replace(/\s+/g, ' ').trim() : undefined);
  if (part === 'parties') return pick(app.parties[index]?.organisation);
  if (part === 'activities') return pick(app.activities[index]?.name);
  return undefined;
}

function changesTable(decided: DocxContext, proposed: DocxContext, cr: ChangeRequest, t: T): Wml {
  const diffs = changeRequestDifferences(decided.app, cr);
  if (!diffs.length) return para(t('noChanges'), { style: STYLE.empty });
  const rows = diffs.map((d): CellSpec[] => {
    // A removed item's path points into the decided version, every other into the proposed one.
    const where = d.kind === 'removed' ? decided.app : proposed.app;
    const field = describePath(d.path, decided.lang, itemName(where, d.path));
    const before = d.kind === 'added' ? t('added') : valueText(decided, d.before, d.path);
    const after = d.kind === 'removed' ? t('removed') : valueText(proposed, d.after, d.path);
    return [field, { text: before, multiline: true, italic: d.kind === 'added' }, { text: after, multiline: true, bold: true }];
  });
  return dataTable({
    columns: [
      { header: t('field'), weight: 30 },
      { header: t('decided'), weight: 35 },
      { header: t('proposed'), weight: 35 },
    ],
    rows,
  });
}

function budgetTable(decided: DocxContext, proposed: DocxContext, t: T): Wml[] {
  const a = budgetTotals(decided.app);
  const b = budgetTotals(proposed.app);
  const granted = decided.app.lifecycle.decision?.grantedPerYear ?? [];
  const years = Math.max(a.years, b.years, granted.length);
  if (!years) return [];
  const kr = (n: number | undefined): CellSpec => ({ text: formatKronor(n ?? 0), align: 'right' });
  const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
  const ys = Array.from({ length: years }, (_, i) => i);
  const row = (label: string, xs: readonly number[]): CellSpec[] => [label, ...ys.map((i) => kr(xs[i])), kr(sum(xs))];
  return [
    dataTable({
      columns: [
        { header: '', weight: 30 },
        ...ys.map((i) => ({ header: `${decided.t('year')} ${i + 1}`, weight: 16, align: 'right' as const })),
        { header: decided.t('total'), weight: 18, align: 'right' },
      ],
      rows: [
        row(t('costDecided'), a.costByYear),
        row(t('costProposed'), b.costByYear),
        row(t('simDecided'), a.simByYear),
        row(t('simProposed'), b.simByYear),
        row(t('granted'), granted),
      ],
    }),
  ];
}

function cover(ctx: DocxContext, t: T, decidedId: string): Wml[] {
  const { app, programme, lang } = ctx;
  const d = app.lifecycle.decision;
  const own = owner(ctx);
  const partnerNames = partners(ctx).map((p) => partyTitle(ctx, p));
  return [
    para(d?.funder.trim() ? d.funder : programme.funder[lang], { style: STYLE.small, run: { size: SIZE.body } }),
    paragraph({ style: STYLE.title, spacing: { before: 960 } }, run({ text: t('docTitle') })),
    paragraph({ style: STYLE.subtitle }, run({ text: programme.name[lang] })),
    paragraph({ spacing: { before: 120, after: 360 } }, runs(joinFilled([app.project.title], '') || ctx.t('untitled'), { bold: true, size: SIZE.subtitle + 4, color: COLOR.text })),
    ...draftBanner(ctx, t('draftNote')),
    factTable([
      [ctx.t('owner'), own ? partyTitle(ctx, own) : ctx.t('dash')],
      [ctx.t('partners'), partnerNames.length ? partnerNames.join('\n') : ctx.t('dash')],
      [ctx.t('period'), periodText(ctx)],
      [ctx.t('diarienummer'), d?.diarienummer.trim() ? d.diarienummer : ctx.t('dash')],
      [t('decisionDate'), d?.date || ctx.t('dash')],
      [t('decidedId'), { text: decidedId, bold: true }],
      [ctx.t('date'), documentDate(ctx.now)],
      [t('changeId'), { text: ctx.documentId, bold: true }],
    ]),
    para(t('intro', { decided: decidedId }), { style: STYLE.small }),
  ];
}

export type ChangeExportOptions = { draft: boolean; now?: Date; deflater?: Deflater; sha256?: Sha256 };

/**
 * A change request (ändringsansökan) as DOCX bytes: the reason, every proposed change field by field against the
 * decided application, the budget before and after, and a signature page for the parties after the change. Its own
 * Dokument-ID is in every footer; the decided application's is on the cover and in the signatures' wording.
 */
export async function exportChangeDocx(app: Application, programme: Programme, changeRequestId: string, opts: ChangeExportOptions): Promise<{ bytes: Uint8Array; documentId: string; decidedDocumentId: string }> {
  const decision = app.lifecycle.decision;
  const cr = app.lifecycle.changeRequests.find((c) => c.id === changeRequestId);
  if (!decision || !cr) throw new Error('change request export: no decision or no such change request');
  const now = opts.now ?? new Date();
  const documentId = changeRequestDocumentId(decision, cr, opts.sha256);
  const decidedId = decidedDocumentIdOf(app) ?? decision.decidedDocumentId;
  const base = { draft: opts.draft, now, documentId };
  const decided = createContext(app, programme, base);
  const proposed = createContext(proposedApplication(app, cr), programme, base);
  const leaving = app.parties.filter((p) => !cr.proposed.parties.some((q) => q.id === p.id));
  const signing = createContext({ ...proposed.app, parties: [...cr.proposed.parties, ...leaving] }, programme, base);
  const t = changeStrings.in(decided.lang);
  const sections: DocSection[] = [
    { title: t('reason'), children: textBlock(decided, cr.reason) },
    { title: t('changes'), children: [changesTable(decided, proposed, cr, t)] },
    { title: t('budgetAfter'), children: budgetTable(decided, proposed, t) },
    // Every party the change concerns signs: those after the change, and one that leaves as well.
    signaturePage(signing, t('signaturesIntro', { id: documentId, decided: decidedId })),
  ];
  const own = owner(decided);
  const bytes = await assembleDocx(
    {
      ctx: decided,
      title: `${t('docTitle')} – ${sanitize(app.project.title).replace(/\s+/g, ' ').trim() || decided.t('docTitle')}`,
      subject: `${t('subject')} – ${decided.t('documentId')} ${decidedId}`,
      author: (own && organisationName(own).replace(/\s+/g, ' ')) || 'SIM-ansökan',
      cover: cover(decided, t, decidedId),
      contents: false,
      sections,
    },
    { now, deflater: opts.deflater },
  );
  return { bytes, documentId, decidedDocumentId: decidedId };
}
