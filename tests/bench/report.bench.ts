import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { NODE_EXPORT } from '../../electron/docx-native';
import { exportReportDocx } from '../../shared/docx/report/report';
import { loadApplicationBytes } from '../../shared/model/load';
import { getProgramme } from '../../shared/program';

// Budget: ≤ 500 ms to export the final report of the stress-sized follow-up (3 years, 40 indicators with quarterly
// values, 300 cost lines with outcomes) to DOCX bytes in-process (issue 16). Figures are reported, never asserted.
const loaded = loadApplicationBytes(readFileSync(join(__dirname, '..', 'fixtures', 'followup-stress.simansokan')));
if (!loaded.ok) throw new Error('followup-stress fixture did not load');
const app = loaded.application;
const programme = getProgramme(app.programme.id)!;
const final = app.lifecycle.reports.find((r) => r.kind === 'final');
const progress = app.lifecycle.reports.find((r) => r.kind === 'progress');
if (!final || !progress) throw new Error('followup-stress fixture has no final or progress report');

describe('export a report of the stress-sized follow-up to DOCX (≤ 500 ms)', () => {
  bench(
    'exportReportDocx(final report), signature-ready, zlib and crypto as in main and the CLI',
    async () => {
      const { bytes } = await exportReportDocx(app, programme, final.id, { draft: false, ...NODE_EXPORT });
      if (bytes.byteLength < 10_000) throw new Error('document suspiciously small');
    },
    { time: 5000, iterations: 10, warmupIterations: 3 },
  );
  bench(
    'exportReportDocx(progress report 1), signature-ready, zlib and crypto',
    async () => {
      const { bytes } = await exportReportDocx(app, programme, progress.id, { draft: false, ...NODE_EXPORT });
      if (bytes.byteLength < 10_000) throw new Error('document suspiciously small');
    },
    { time: 5000, iterations: 10, warmupIterations: 3 },
  );
});
