import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, cloneProject, executableInZip, serveMirror, snapshot, writeStandinRelease, type Mirror, type StandinRecord } from './standin';

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

type Run = { code: number | null; stdout: string; stderr: string };

/** The environment of a new user's shell: nothing of this test run's npm, and no Electron settings of our own. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^npm_|electron|^INIT_CWD$|^NODE_OPTIONS$|^VITEST/i.test(k)) continue;
    env[k] = v;
  }
  // The stand-in is a Node script: the node that runs this test must be the first node on PATH.
  env.PATH = [dirname(process.execPath), env.PATH ?? ''].join(delimiter);
  return { ...env, ...extra };
}

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(cmd, args, { cwd, env, shell: process.platform === 'win32' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

describe('npm start on a clean clone with no Electron binary', () => {
  let work = '';
  let project = '';
  let mirror: Mirror;
  let before: string[];

  beforeAll(async () => {
    before = snapshot(join(ROOT, 'node_modules/electron'));
    work = await mkdtemp(join(tmpdir(), 'sim-start-'));
    project = join(work, 'project');
    cloneProject(project);
    await writeStandinRelease(join(work, 'mirror'), VERSION, process.platform, process.arch);
    mirror = await serveMirror(join(work, 'mirror'));
  }, 120_000);
  afterAll(async () => {
    await mirror?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('fetches Electron from the mirror, builds once and launches it on the built app', async () => {
    expect(existsSync(join(project, 'out'))).toBe(false);
    expect(existsSync(join(project, 'node_modules/electron/path.txt'))).toBe(false);
    const record = join(work, 'started.json');
    const r = await run(NPM, ['start'], project, cleanEnv({
      ELECTRON_MIRROR: mirror.url,
      electron_use_remote_checksums: '1',
      electron_config_cache: join(work, 'cache'),
      ELECTRON_CACHE: join(work, 'cache'),
      XDG_CACHE_HOME: join(work, 'xdg-cache'),
      SIM_STANDIN_RECORD: record,
    }));
    expect(r.stderr + r.stdout).not.toMatch(/Electron uninstall/);
    expect(r.code).toBe(0);
    const zip = `electron-v${VERSION}-${process.platform}-${process.arch}.zip`;
    expect(mirror.requests).toEqual(expect.arrayContaining([`/v${VERSION}/${zip}`, `/v${VERSION}/SHASUMS256.txt`]));
    expect(mirror.requests.filter((p) => p.endsWith('.zip'))).toEqual([`/v${VERSION}/${zip}`]);
    expect(readFileSync(join(project, 'node_modules/electron/path.txt'), 'utf8')).toBe(executableInZip(process.platform));

    const started = JSON.parse(await readFile(record, 'utf8')) as StandinRecord;
    expect(started.execPath).toBe(join(project, 'node_modules/electron/dist', executableInZip(process.platform)));
    expect(started.cwd).toBe(project);
    expect(started.argv[0]).toBe('.');
    expect(started.main).toBe(join(project, 'out/main/main.js'));
    expect(started.mainExists).toBe(true);
    expect(started.mainBytes).toBeGreaterThan(10_000);
    // One build: electron-vite says "building … for production" once per part (main, preload, renderer).
    expect(r.stdout.match(/building \w+ environment for production/g)).toHaveLength(3);
  }, 240_000);

  it('left this checkout’s node_modules/electron exactly as it was', () => {
    expect(snapshot(join(ROOT, 'node_modules/electron'))).toEqual(before);
  });
});
