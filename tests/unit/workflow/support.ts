import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadApplicationBytes } from '../../../shared/model/load';
import type { Application } from '../../../shared/model/schema';

export const FIXTURES = join(__dirname, '..', '..', 'fixtures');

export function fixture(name: string): Application {
  const r = loadApplicationBytes(readFileSync(join(FIXTURES, name)));
  if (!r.ok) throw new Error(`${name} must load: ${JSON.stringify(r.problems[0])}`);
  return r.application;
}

export const complete = () => fixture('complete.simansokan');
export const at = (day: number) => new Date(Date.UTC(2025, 2, day, 9, 0, 0));
