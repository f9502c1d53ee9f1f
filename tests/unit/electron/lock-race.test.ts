import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFile, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_STALE_MS } from '../../../electron/handlers/lock';
import { tempDir } from './support';

/**
 * Processes breaking the same stale lock at the same moment: exactly one may end up holding it. The outcome is
 * asserted for every round, whatever the interleaving; nothing here depends on how fast the machine is.
 */
const RACERS = 5;
const ROUNDS = 24;

let tmp: { dir: string; cleanup: () => Promise<void> };
let child = '';
beforeAll(async () => {
  tmp = await tempDir('sim-lockrace-');
  child = join(tmp.dir, 'lock-race-child.cjs');
  await build({ entryPoints: [join(__dirname, 'lock-race-child.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: child, logLevel: 'silent' });
});
afterAll(() => tmp.cleanup());

type Racer = { proc: ChildProcessWithoutNullStreams; next(): Promise<string> };

function startRacer(): Racer {
  const proc = spawn(process.execPath, [child], { stdio: ['pipe', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const waiting: ((l: string) => void)[] = [];
  createInterface({ input: proc.stdout }).on('line', (l) => (waiting.length ? waiting.shift()!(l) : lines.push(l)));
  return { proc, next: () => (lines.length ? Promise.resolve(lines.shift()!) : new Promise((r) => waiting.push(r))) };
}

/** A pid that was alive a moment ago on this computer and is not any more. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

describe('breaking a stale lock', () => {
  it(`leaves exactly one of ${RACERS} racing processes holding it (${ROUNDS} rounds)`, async () => {
    const racers = Array.from({ length: RACERS }, startRacer);
    try {
      expect(await Promise.all(racers.map((r) => r.next()))).toEqual(Array(RACERS).fill('ready'));
      for (let round = 0; round < ROUNDS; round++) {
        const file = join(tmp.dir, `a${round}.simansokan`);
        await writeFile(file, '{}');
        const lock = `${file}.lock`;
        // Half the rounds a crashed process on this computer, half a lock from elsewhere not refreshed for long.
        const deadHere = round % 2 === 0;
        const info = { app: 'sim-ansokan', owner: `dead-${round}`, pid: deadHere ? deadPid() : 1, host: deadHere ? hostname() : 'annan-dator', user: 'x', since: new Date().toISOString() };
        await writeFile(lock, JSON.stringify(info));
        if (!deadHere) await utimes(lock, new Date(Date.now() - 2 * LOCK_STALE_MS), new Date(Date.now() - 2 * LOCK_STALE_MS));
        for (const r of racers) r.proc.stdin.write(`go ${file}\n`);
        const answers = await Promise.all(racers.map((r) => r.next()));
        const winners = answers.filter((a) => a.startsWith('ok '));
        expect(answers.filter((a) => !a.startsWith('ok ') && a !== 'held'), `round ${round}`).toEqual([]);
        expect(winners, `round ${round}: ${answers.join(', ')}`).toHaveLength(1);
        // And the lock on disk is the winner's.
        expect(JSON.parse(await readFile(lock, 'utf8')).owner).toBe(winners[0]!.slice(3));
      }
    } finally {
      for (const r of racers) r.proc.kill();
    }
  });
});

describe('breaking a stale lock where the file system has no hard links (FAT, some shares)', () => {
  it('still leaves exactly one holder, whatever the interleaving of the racers', async () => {
    const { LockManager } = await import('../../../electron/handlers/lock');
    const { nodeFileOps } = await import('../../../electron/handlers/fileops');
    const fc = (await import('fast-check')).default;
    let round = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(3), { minLength: 64, maxLength: 64 }), fc.boolean(), async (delays, links) => {
        // Every file operation waits a generated few milliseconds first: another interleaving each run.
        let i = 0;
        const wait = () => new Promise((r) => setTimeout(r, delays[i++ % delays.length]));
        const ops = Object.fromEntries(
          Object.entries(nodeFileOps).map(([name, fn]) => [
            name,
            async (...args: unknown[]) => {
              await wait();
              if (name === 'link' && !links) throw Object.assign(new Error('EPERM: simulated'), { code: 'EPERM' });
              return (fn as (...a: unknown[]) => Promise<unknown>)(...args);
            },
          ]),
        ) as unknown as typeof nodeFileOps;
        const file = join(tmp.dir, `fat${round++}.simansokan`);
        await writeFile(file, '{}');
        await writeFile(`${file}.lock`, JSON.stringify({ app: 'sim-ansokan', owner: 'dead', pid: deadPid(), host: hostname(), user: 'x', since: new Date().toISOString() }));
        const managers = Array.from({ length: 4 }, (_, k) => new LockManager(ops, { pid: process.pid, host: hostname(), user: `x${k}` }, () => new Date()));
        const results = await Promise.all(managers.map((m) => m.acquire(file)));
        expect(results.filter((r) => r.ok)).toHaveLength(1);
        const holder = managers[results.findIndex((r) => r.ok)]!;
        expect(JSON.parse(await readFile(`${file}.lock`, 'utf8')).owner).toBe(holder.owner);
        // The others are told who holds it now, never the process that died.
        for (const r of results) if (!r.ok && r.reason === 'held') expect(r.holder?.owner).not.toBe('dead');
        await Promise.all(managers.map((m) => m.releaseAll()));
      }),
      { numRuns: 30 },
    );
  });
});

describe('a late breaker where the file system has no hard links', () => {
  it('never moves the winner’s fresh lock aside, so nobody finds the path free in that moment', async () => {
    const { takeOver } = await import('../../../electron/handlers/lock-takeover');
    const { nodeFileOps } = await import('../../../electron/handlers/fileops');
    const moved: string[] = [];
    const noLinks = {
      ...nodeFileOps,
      link: async () => Promise.reject(Object.assign(new Error('EPERM: simulated'), { code: 'EPERM' })),
      rename: async (from: string, to: string) => {
        moved.push(from);
        return nodeFileOps.rename(from, to);
      },
    } as typeof nodeFileOps;
    const file = join(tmp.dir, 'late.simansokan');
    const lock = `${file}.lock`;
    await writeFile(lock, JSON.stringify({ app: 'sim-ansokan', owner: 'dead', pid: deadPid(), host: hostname(), user: 'x', since: new Date().toISOString() }));
    // Both judged the same dead lock stale; the first breaks it, the second arrives after.
    const seen = await nodeFileOps.readRegular(lock, { maxBytes: 64 * 1024, noFollow: true });
    expect(await takeOver(noLinks, lock, seen, 'first', '{"owner":"first"}\n', new Date())).toBe(true);
    moved.length = 0;
    expect(await takeOver(noLinks, lock, seen, 'second', '{"owner":"second"}\n', new Date())).toBe(false);
    expect(moved.filter((p) => p === lock)).toEqual([]);
    expect(JSON.parse(await readFile(lock, 'utf8')).owner).toBe('first');
  });
});
