import { basename } from 'node:path';
import { exportReportDocx, findReport } from '../../shared/docx/report/report';
import { reportHasErrors, reportIssueText, validateDecision, validateReport, type ReportIssue } from '../../shared/rules';
import { describePath } from '../../shared/model/labels';
import { NODE_EXPORT } from '../docx-native';
import { readDecidedInput } from './decided-input';
import { EXIT_FAILURE, EXIT_ISSUES, EXIT_OK, UsageError, type CliCommand, type CliIo, type Lang } from './io';
import { cliLifecycleStrings as S } from './lifecycle-strings';
import { usage } from './usage-strings';
import { writeDocument } from './write-doc';

const WORD = { sv: { error: 'Fel', warning: 'Varning' }, en: { error: 'Error', warning: 'Warning' } } as const;

/** The errors that block a signed export, one line each, as `check` lists the application's. */
export function refuseForErrors(io: CliIo, lang: Lang, file: string, what: string, issues: readonly ReportIssue[]): number {
  const errors = issues.filter((i) => i.severity === 'error');
  const lines = [S.t(lang, 'refused', { file: basename(file), count: errors.length, what }), '', ...errors.map((i) => `  ${WORD[lang].error}: ${describePath(i.path, lang)}: ${reportIssueText(i, lang)}`), '', S.t(lang, 'draftHint')];
  io.stderr(lines.join('\n') + '\n');
  return EXIT_ISSUES;
}

function parsePeriod(value: string | undefined, lang: Lang): number | null {
  if (value === undefined) return null;
  if (!/^[1-9][0-9]{0,3}$/.test(value)) throw new UsageError(S.t(lang, 'badPeriod', { value }));
  return Number(value);
}

/**
 * `report <fil> (--period <n> | --final) --out <fil.docx> [--draft]`: a progress or final report as a Word document,
 * against the decided application. Like the application's export, a document for signing is refused while the
 * report's rules find errors (exit 1, with the list); a draft is always written, marked UTKAST.
 */
export const reportCommand: CliCommand = {
  usage: usage('report.usage'),
  summary: usage('report.summary'),
  async run(args, io) {
    const input = await readDecidedInput(args, io, { period: { type: 'string' }, final: { type: 'boolean' } }, 'report.oneFile', (values, lang) => {
      const period = parsePeriod(values.period, lang);
      if ((period === null) === (values.final !== true)) throw new UsageError(S.t(lang, 'periodOrFinal'));
      return period;
    });
    if (typeof input === 'number') return input;
    const { app, programme, lang, draft, out, file, choice: period } = input;
    const choice = period === null ? ({ kind: 'final' } as const) : ({ kind: 'progress', period } as const);
    const report = findReport(app, choice);
    const what = (r: { kind: 'progress' | 'final'; period: number }) =>
      r.kind === 'final' ? S.t(lang, 'finalReport') : S.t(lang, 'progressReport', { period: r.period });
    if (!report) {
      const list = app.lifecycle.reports.map((r) => what(r)).join(', ') || S.t(lang, 'noReports');
      io.stderr(S.t(lang, 'noReport', { file, what: what({ kind: choice.kind, period: period ?? 0 }), list }) + '\n');
      return EXIT_FAILURE;
    }
    if (!draft) {
      const issues = [...validateDecision(app), ...validateReport(app, report.id)];
      if (reportHasErrors(issues)) return refuseForErrors(io, lang, input.path, what(report), issues);
    }
    const r = await exportReportDocx(app, programme, report.id, { draft, ...NODE_EXPORT });
    if (!(await writeDocument(io, lang, out, r.bytes))) return EXIT_FAILURE;
    const params = { what: what(report), out, id: r.documentId, decided: r.decidedDocumentId };
    io.stdout(S.t(lang, draft ? 'wroteReportDraft' : 'wroteReport', params) + '\n');
    return EXIT_OK;
  },
};
