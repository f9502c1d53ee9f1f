import { basename } from 'node:path';
import { STEP_LABELS } from '../../shared/model/labels';
import { STEP_IDS, type StepId } from '../../shared/model/steps';
import { completeness, formatIssue, validate, type Issue } from '../../shared/rules';
import { EXIT_FAILURE, EXIT_ISSUES, EXIT_OK, parseCommandArgs, parseLang, UsageError, type CliCommand, type Lang } from './io';
import { readForCommand } from './read';
import { cliText } from './strings';
import { usage } from './usage-strings';

export function summaryLine(issues: readonly Issue[], percent: number, lang: Lang): string {
  const t = cliText.in(lang);
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  const what =
    errors === 0 && warnings === 0
      ? t('check.none')
      : t('check.counts', { errors: t('check.errors', { count: errors }), warnings: t('check.warnings', { count: warnings }) });
  return errors > 0 ? t('check.blocked', { what, percent }) : t('check.ready', { what, percent });
}

/** Issues grouped under their wizard step, in wizard order. */
export function formatReport(issues: readonly Issue[], lang: Lang): string[] {
  const byStep = new Map<StepId, Issue[]>();
  for (const i of issues) {
    const list = byStep.get(i.step) ?? [];
    list.push(i);
    byStep.set(i.step, list);
  }
  const lines: string[] = [];
  for (const step of STEP_IDS) {
    const list = byStep.get(step);
    if (!list) continue;
    lines.push('', STEP_LABELS[step][lang]);
    for (const i of list) lines.push(`  ${cliText.t(lang, `check.${i.severity}`)}: ${formatIssue(i, lang)}`);
  }
  return lines;
}

export const check: CliCommand = {
  usage: usage('check.usage'),
  summary: usage('check.summary'),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { lang: { type: 'string' } });
    const lang = parseLang(values.lang);
    if (positionals.length !== 1) throw new UsageError(usage('check.oneFile'));
    const file = positionals[0]!;
    const read = await readForCommand(file, io, lang);
    if (!read) return EXIT_FAILURE;
    const issues = validate(read.application, read.programme);
    const done = completeness(read.application, read.programme, issues);
    const lines = [cliText.t(lang, 'check.heading', { name: basename(read.path) }), ...formatReport(issues, lang), '', summaryLine(issues, done.overall, lang)];
    io.stdout(lines.join('\n') + '\n');
    return issues.some((i) => i.severity === 'error') ? EXIT_ISSUES : EXIT_OK;
  },
};
