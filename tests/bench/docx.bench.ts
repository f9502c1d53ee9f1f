import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { NODE_EXPORT } from '../../electron/docx-native';
import { buildDocx } from '../../shared/docx';
import { loadApplicationBytes } from '../../shared/model/load';
import { DEFAULT_PROGRAMME } from '../../shared/program';

// Budget: ≤ 500 ms to export the stress fixture to DOCX bytes in-process (issue 4).
const loaded = loadApplicationBytes(readFileSync(join(__dirname, '..', 'fixtures', 'stress.simansokan')));
if (!loaded.ok) throw new Error('stress fixture did not load');
const app = loaded.application;

describe('export the stress fixture to DOCX (≤ 500 ms)', () => {
  bench(
    'buildDocx(stress.simansokan), signature-ready, zlib and crypto as in main and the CLI',
    async () => {
      const bytes = await buildDocx(app, DEFAULT_PROGRAMME, { draft: false, ...NODE_EXPORT });
      if (bytes.byteLength < 10_000) throw new Error('document suspiciously small');
    },
    { time: 5000, iterations: 10, warmupIterations: 3 },
  );
  bench(
    'buildDocx(stress.simansokan), signature-ready, pure fflate (no Node)',
    async () => {
      const bytes = await buildDocx(app, DEFAULT_PROGRAMME, { draft: false });
      if (bytes.byteLength < 10_000) throw new Error('document suspiciously small');
    },
    { time: 5000, iterations: 10, warmupIterations: 3 },
  );
});
