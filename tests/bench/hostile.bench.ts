import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, bench, describe } from 'vitest';
import { openApplicationBytes } from '../../shared/docx/open';
import { hostileCases } from './hostile-cases';

// Budget (issue 12): any DOCX or application file up to the size cap is refused or read in ≤ 2 s and ≤ 300 MB.
// Time is measured here, in process; peak memory in a child process per file (hostile-child.ts), printed below.
const cases = await hostileCases();
const dir = mkdtempSync(join(tmpdir(), 'sim-hostile-'));
const child = resolve(__dirname, 'hostile-child.ts');
const tsx = resolve(__dirname, '../../node_modules/.bin/tsx');

const rows: string[] = [];
for (const [i, c] of cases.entries()) {
  const file = join(dir, `case-${i}`);
  writeFileSync(file, c.bytes);
  const run = spawnSync(tsx, [child, file], { encoding: 'utf8' });
  const m = JSON.parse(run.stdout || '{}') as { ms?: number; cpuMs?: number; rssBeforeMB?: number; peakMB?: number; said?: string };
  rows.push(
    `${c.name.padEnd(72)} ${(c.bytes.length / 1024).toFixed(0).padStart(7)} kB ${(m.ms ?? NaN).toFixed(0).padStart(6)} ms (CPU ${(m.cpuMs ?? NaN).toFixed(0).padStart(5)} ms)  peak ${(m.peakMB ?? NaN).toFixed(0).padStart(4)} MB (process before: ${(m.rssBeforeMB ?? NaN).toFixed(0)} MB)  ${m.said ?? run.stderr.slice(0, 200)}`,
  );
}
console.log(`\nHostile files, each opened in its own process:\n${rows.join('\n')}\n`);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('hostile files: open and refuse (or read)', () => {
  for (const c of cases) bench(c.name, () => void openApplicationBytes(c.bytes), { iterations: 3, warmupIterations: 0, time: 0 });
});
