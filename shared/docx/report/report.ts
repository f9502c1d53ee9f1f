import type { Sha256 } from '../../model/fingerprint';
import type { Report } from '../../model/lifecycle';
import type { Application } from '../../model/schema';
import type { Programme } from '../../program/schema';
import { decidedDocumentIdOf } from '../../workflow/decision';
import { reportDocumentId } from '../../workflow/report-id';
import { assembleDocx, type DocSection } from '../assemble';
import { organisationName } from '../context';
import { sanitize } from '../sanitize';
import { heading3, textBlock } from '../elements';
import { owner } from '../sections/format';
import { signaturePage } from '../sections/signatures';
import type { Deflater } from '../zip';
import { activitiesSection } from './activities';
import { createReportContext, reportTitle, type ReportContext } from './context';
import { costsSection } from './costs';
import { reportCover } from './cover';
import { implementationSection, socioSection, spreadingSection } from './final';
import { indicatorSection } from './indicators';
import { childrenSection, decisionSection, deviationsSection } from './parts';

export type ReportExportOptions = { draft: boolean; now?: Date; deflater?: Deflater; sha256?: Sha256 };

/** Which report: a progress report by its period, or the final report. */
export type ReportChoice = { kind: 'final' } | { kind: 'progress'; period: number } | { id: string };

export function findReport(app: Application, choice: ReportChoice): Report | undefined {
  const reports = app.lifecycle.reports;
  if ('id' in choice) return reports.find((r) => r.id === choice.id);
  if (choice.kind === 'final') return reports.find((r) => r.kind === 'final');
  return reports.find((r) => r.kind === 'progress' && r.period === choice.period);
}

function costsWithComment(ctx: ReportContext): DocSection {
  const s = costsSection(ctx);
  if (!ctx.report.outcomeComment.trim()) return s;
  return { ...s, children: [...s.children, heading3(ctx.rt('outcomeComment')), ...textBlock(ctx, ctx.report.outcomeComment)] };
}

export function reportSections(ctx: ReportContext): DocSection[] {
  const decidedId = decidedDocumentIdOf(ctx.app) ?? ctx.decision.decidedDocumentId;
  const optional = [implementationSection(ctx), spreadingSection(ctx), socioSection(ctx)].filter((s): s is DocSection => s !== null);
  const sign = signaturePage(ctx, ctx.rt('signaturesIntro', { id: ctx.documentId, decided: decidedId }));
  return [
    decisionSection(ctx),
    indicatorSection(ctx),
    activitiesSection(ctx),
    costsWithComment(ctx),
    deviationsSection(ctx),
    childrenSection(ctx),
    ...optional,
    sign,
  ];
}

/**
 * A progress or final report as DOCX bytes, in the application's frame: its own Dokument-ID in every footer and on
 * the signature page, the decided application's Dokument-ID on the cover and in the signatures' wording. Everything
 * it compares against is the decided application (the file's content, which cannot change while decided).
 * Throws when the file has no decision or no such report: callers check first and say so in a sentence.
 */
export async function exportReportDocx(app: Application, programme: Programme, reportId: string, opts: ReportExportOptions): Promise<{ bytes: Uint8Array; documentId: string; decidedDocumentId: string }> {
  const decision = app.lifecycle.decision;
  const report = app.lifecycle.reports.find((r) => r.id === reportId);
  if (!decision || !report) throw new Error('report export: no decision or no such report');
  const now = opts.now ?? new Date();
  const documentId = reportDocumentId(decision, report, opts.sha256);
  const decidedId = decidedDocumentIdOf(app) ?? decision.decidedDocumentId;
  const ctx = createReportContext(app, programme, decision, report, { draft: opts.draft, now, documentId });
  const title = reportTitle(ctx, report);
  const own = owner(ctx);
  const bytes = await assembleDocx(
    {
      ctx,
      title: `${title} – ${sanitize(app.project.title).replace(/\s+/g, ' ').trim() || ctx.t('docTitle')}`,
      subject: `${ctx.rt('subject')} – ${ctx.rt('decidedId')} ${decidedId}`,
      author: (own && organisationName(own).replace(/\s+/g, ' ')) || 'SIM-ansökan',
      cover: reportCover(ctx, title, decidedId),
      contents: true,
      sections: reportSections(ctx),
    },
    { now, deflater: opts.deflater },
  );
  return { bytes, documentId, decidedDocumentId: decidedId };
}

