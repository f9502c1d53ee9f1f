import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { loadApplicationBytes } from '../../shared/model/load';
import { validateDecision, validateReport } from '../../shared/rules/report-validate';
import { budgetOutcome } from '../../shared/finance/outcome';

// Budget (issue 16): ≤ 150 ms to open and validate the stress follow-up (3 years, 40 indicators measured quarterly,
// 300 cost lines with outcomes, 7 reports) from its bytes: load (bounds, parse, schema, the decided Dokument-ID)
// and every report's rules. Figures are printed, never asserted.
const bytes = readFileSync(join(__dirname, '..', 'fixtures', 'followup-stress.simansokan'));
const WARM = { time: 3000, warmupIterations: 5 };

const open = () => {
  const r = loadApplicationBytes(bytes);
  if (!r.ok) throw new Error('the stress follow-up did not load');
  return r.application;
};
const app = open();
const last = app.lifecycle.reports[app.lifecycle.reports.length - 1]!;

describe('open and validate the stress follow-up (≤ 150 ms)', () => {
  bench('load + validateDecision + validateReport for every report', () => {
    const a = open();
    validateDecision(a);
    for (const r of a.lifecycle.reports) validateReport(a, r.id);
  }, WARM);
  bench('loadApplicationBytes(followup-stress.simansokan) alone', () => {
    open();
  }, WARM);
  bench('validateReport(final report) alone (runs after every edit in a report step)', () => {
    validateReport(app, last.id);
  }, WARM);
  bench('budgetOutcome(final report) alone', () => {
    budgetOutcome(app, last);
  }, WARM);
});
