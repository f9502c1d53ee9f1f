import type { Application } from '../../model/schema';
import type { Programme } from '../../program/schema';
import { createContext, type DocxContext } from '../context';
import { reportStrings } from './report-strings';
import type { Decision, Report } from './types';

export type ReportContext = DocxContext & {
  decision: Decision;
  report: Report;
  /** The report's own words. */
  rt: ReturnType<typeof reportStrings.in>;
};

/**
 * The decided application as the report prints it: the content exactly as signed (decision.decidedContent), never the
 * file's current content, so a report can only ever compare with what the funder decided on.
 */
export function decidedApplication(app: Application, decision: Decision): Application {
  return { ...app, ...decision.decidedContent };
}

export function createReportContext(
  app: Application,
  programme: Programme,
  decision: Decision,
  report: Report,
  opts: { draft: boolean; now: Date; documentId: string },
): ReportContext {
  const ctx = createContext(decidedApplication(app, decision), programme, opts);
  return { ...ctx, decision, report, rt: reportStrings.in(ctx.lang) };
}

/** "Lägesrapport 2" or "Slutrapport". */
export function reportTitle(ctx: Pick<ReportContext, 'rt'>, report: Pick<Report, 'kind' | 'period'>): string {
  return report.kind === 'final' ? ctx.rt('finalTitle') : ctx.rt('progressTitle', { period: report.period });
}
