import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadApplicationText } from '../../../shared/model/load';
import { DEFAULT_PROGRAMME } from '../../../shared/program';
import { validate } from '../../../shared/rules';

const ROOT = join(__dirname, '..', '..', '..');

describe('the example application in the Help menu', () => {
  it('ships from resources/, opens, and is ready to sign (no errors)', () => {
    const text = readFileSync(join(ROOT, 'resources', 'example.simansokan'), 'utf8');
    const r = loadApplicationText(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(validate(r.application, DEFAULT_PROGRAMME).filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('main imports the example from resources/, not from the tests', () => {
    const main = readFileSync(join(ROOT, 'electron', 'main.ts'), 'utf8');
    expect(main).toMatch(/from '\.\.\/resources\/example\.simansokan\?raw'/);
  });
});
