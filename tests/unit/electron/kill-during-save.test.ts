import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { loadApplicationText, serializeApplication } from '../../../shared/model/load';
import type { Application } from '../../../shared/model/schema';
import { fixtureApp, makeWindow, tempDir } from './support';

const KILLS = 200;

let tmp: { dir: string; cleanup: () => Promise<void> };
let child: string;
let base: Application;
beforeAll(async () => {
  tmp = await tempDir('sim-kill-');
  child = join(tmp.dir, 'child.cjs');
  // One bundle, run by plain node: 200 starts of a TypeScript loader would take minutes.
  await build({ entryPoints: [join(__dirname, 'kill-child.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: child, logLevel: 'silent' });
  base = await fixtureApp('stress.simansokan');
  v0 = serializeApplication(version(0));
  if (v0.split('"title": "v0"').length !== 2 || textOf(7) !== serializeApplication(version(7))) throw new Error('title marker not unique');
});
afterAll(() => tmp.cleanup());

const version = (n: number): Application => ({ ...base, project: { ...base.project, title: `v${n}` } });
let v0 = '';
/** The exact file text of version n, without serialising half a megabyte 200 times. */
const textOf = (n: number) => v0.replace('"title": "v0"', `"title": "v${n}"`);

type Exit = { stderr: string; signal: NodeJS.Signals | null };
type Child = { go(saves: number, delayMs: number): Promise<Exit>; stop(): Promise<Exit> };

/**
 * A child started and waiting; `go` lets it open and save, and kills it `delayMs` after it has reported `saves`
 * finished saves. Counting saves instead of waiting a fixed time keeps the test the same on a busy machine.
 */
function spawnChild(path: string, userData: string): Child {
  const p = spawn(process.execPath, [child, path, userData], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  p.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<{ stderr: string; signal: NodeJS.Signals | null }>((resolve, reject) => {
    p.once('error', reject);
    p.once('exit', (_code, signal) => resolve({ stderr, signal }));
  });
  return {
    go(saves, delayMs) {
      let out = '';
      let armed = false;
      p.stdout.on('data', (d) => {
        out += d;
        const done = out.split('saved\n').length - 1;
        if (!armed && out.startsWith('ready\n') && done >= saves) {
          armed = true;
          setTimeout(() => p.kill('SIGKILL'), delayMs);
        }
      });
      p.stdin.write('go\n');
      return exited;
    },
    stop() {
      p.kill('SIGKILL');
      return exited;
    },
  };
}

describe('a process killed in the middle of saving', () => {
  // No time limit worth the name: 200 process starts take 40 s on a quiet machine and minutes on a busy one.
  it(`leaves the old or the new version, never a broken file (${KILLS} kills)`, async () => {
    const userData = join(tmp.dir, 'ud');
    const path = join(tmp.dir, 'ansokan.simansokan');
    await writeFile(path, v0);
    let last = 0;
    // Node's start-up is the slow part: keep a few children started and waiting.
    const waiting = [0, 1, 2].map(() => spawnChild(path, userData));
    for (let i = 0; i < KILLS; i++) {
      const current = waiting.shift()!;
      // Kill before the first save finishes, or after one to three finished saves, at a random point of the next.
      const saves = i % 4;
      const { stderr, signal } = await current.go(saves, Math.floor(Math.random() * 40));
      waiting.push(spawnChild(path, userData));
      expect(stderr).toBe('');
      expect(signal).toBe('SIGKILL');
      const text = await readFile(path, 'utf8');
      const n = Number(/"title": "v(\d+)"/.exec(text)?.[1]);
      // Byte-for-byte one whole version the child wrote (or the one before it): never a mix or a torn file.
      expect(n, `kill ${i}: no version in the file`).toBeGreaterThanOrEqual(last);
      expect(text === textOf(n), `kill ${i}: file is not exactly version ${n}`).toBe(true);
      // Every save the child reported finished is in the file: a kill never takes back a completed save.
      expect(n, `kill ${i}: a finished save was lost`).toBeGreaterThanOrEqual(last + saves);
      last = n;
      const bak = await readFile(`${path}.bak`, 'utf8').catch(() => null);
      if (bak !== null) {
        const b = Number(/"title": "v(\d+)"/.exec(bak)?.[1]);
        expect(bak === textOf(b), `kill ${i}: backup is not a whole version`).toBe(true);
      }
    }
    await Promise.all(waiting.map((c) => c.stop()));
    // The last file also goes through the real loader.
    expect(loadApplicationText(await readFile(path, 'utf8')).ok).toBe(true);
    // A kill can leave temporary files and a dead process's lock; the next open for writing tidies them.
    const later = makeWindow(userData, userData, { clock: () => new Date(Date.now() + 120_000) });
    const reopened = await later.handlers['file:open']({ path });
    expect(reopened).toMatchObject({ status: 'opened', file: { readOnly: false } });
    const left = (await readdir(tmp.dir)).filter((n) => n.startsWith('ansokan.simansokan'));
    expect(left.sort()).toEqual(['ansokan.simansokan', 'ansokan.simansokan.bak', 'ansokan.simansokan.lock']);
    await later.handlers.dispose();
  }, 900_000);
});
