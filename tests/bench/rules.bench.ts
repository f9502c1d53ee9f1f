import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { loadApplicationBytes } from '../../shared/model/load';
import { DEFAULT_PROGRAMME } from '../../shared/program';
import { completeness, validate } from '../../shared/rules';

// Budget: ≤ 5 ms for the rules and completeness on the stress fixture: they run after every edit.
const loaded = loadApplicationBytes(readFileSync(join(__dirname, '..', 'fixtures', 'stress.simansokan')));
if (!loaded.ok) throw new Error('stress fixture did not load');
const app = loaded.application;

// Warm-up lets the JIT settle, so the figure is the steady state an editing session sees.
const WARM = { time: 2000, warmupIterations: 200 };

describe('rules on the stress fixture (≤ 5 ms)', () => {
  bench('validate + completeness', () => {
    const issues = validate(app, DEFAULT_PROGRAMME);
    completeness(app, DEFAULT_PROGRAMME, issues);
  }, WARM);
  bench('validate only', () => {
    validate(app, DEFAULT_PROGRAMME);
  }, WARM);
});
