import type { Application } from '../../model/schema';
import type { Programme } from '../../program/schema';
import { createContext, type DocxContext } from '../context';
import { reportStrings } from './report-strings';
import type { Decision, Report } from '../../model/lifecycle';

export type ReportContext = DocxContext & {
  decision: Decision;
  report: Report;
  /** The report's own words. */
  rt: ReturnType<typeof reportStrings.in>;
};

export function createReportContext(
  app: Application,
  programme: Programme,
  decision: Decision,
  report: Report,
  opts: { draft: boolean; now: Date; documentId: string },
): ReportContext {
  // The file's content is the decided application: while a decision exists it cannot change (shared/model/decided.ts).
  const ctx = createContext(app, programme, opts);
  return { ...ctx, decision, report, rt: reportStrings.in(ctx.lang) };
}

/** "Lägesrapport 2" or "Slutrapport". */
export function reportTitle(ctx: Pick<ReportContext, 'rt'>, report: Pick<Report, 'kind' | 'period'>): string {
  return report.kind === 'final' ? ctx.rt('finalTitle') : ctx.rt('progressTitle', { period: report.period });
}
