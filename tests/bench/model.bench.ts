import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { loadApplicationBytes } from '../../shared/model/load';

// Budget: ≤ 150 ms to load and validate the stress fixture from its bytes (DESIGN/issue 2).
const bytes = readFileSync(join(__dirname, '..', 'fixtures', 'stress.simansokan'));

// Warm-up lets the JIT settle, so the figure is the steady state an editing session sees.
const WARM = { time: 3000, warmupIterations: 10 };

describe('load the stress fixture (≤ 150 ms)', () => {
  bench('loadApplicationBytes(stress.simansokan)', () => {
    const r = loadApplicationBytes(bytes);
    if (!r.ok) throw new Error('stress fixture did not load');
  }, WARM);
});
