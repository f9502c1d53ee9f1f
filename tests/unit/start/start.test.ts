import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NPM, ROOT, cleanEnv, cloneProject, executableInZip, run, serveMirror, snapshot, writeStandinRelease, type Mirror, type StandinRecord } from './standin';

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
const ZIP = `/v${VERSION}/electron-v${VERSION}-${process.platform}-${process.arch}.zip`;
const BUILD_STEP = /building \w+ environment for production/g;

describe('npm start and npm run dev on a clean clone with no Electron binary', () => {
  let work = '';
  let project = '';
  let mirror: Mirror;
  let before: string[];
  // Real paths: macOS's temp folder is reached through a symlink (/var → /private/var), and a process sees the real one.
  const real = (p: string) => realpathSync(p);
  const exe = () => real(join(project, 'node_modules/electron/dist', executableInZip(process.platform)));
  const env = (cache: string, record: string) =>
    cleanEnv({
      ELECTRON_MIRROR: mirror.url,
      // A stand-in has no checksum in electron's checksums.json: the mirror's SHASUMS256.txt is used instead.
      electron_use_remote_checksums: '1',
      electron_config_cache: join(work, cache),
      XDG_CACHE_HOME: join(work, `${cache}-xdg`),
      SIM_STANDIN_RECORD: join(work, record),
    });
  const started = async (record: string) => JSON.parse(await readFile(join(work, record), 'utf8')) as StandinRecord;

  beforeAll(async () => {
    before = snapshot(join(ROOT, 'node_modules/electron'));
    work = await mkdtemp(join(tmpdir(), 'sim-start-'));
    project = join(work, 'project');
    cloneProject(project);
    await writeStandinRelease(join(work, 'mirror'), VERSION, process.platform, process.arch);
    mirror = await serveMirror(join(work, 'mirror'));
  });
  afterAll(async () => {
    await mirror?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('npm start fetches Electron from the mirror, builds once and launches it on the built app', async () => {
    expect(existsSync(join(project, 'out'))).toBe(false);
    expect(existsSync(join(project, 'node_modules/electron/path.txt'))).toBe(false);
    const r = await run(NPM, ['start'], project, env('cache', 'start.json'));
    expect(r.stderr + r.stdout).not.toMatch(/Electron uninstall/);
    expect(r.code).toBe(0);
    // @electron/get's order: the zip, then the checksums it is verified against; nothing else is asked for.
    expect(mirror.requests).toEqual([ZIP, `/v${VERSION}/SHASUMS256.txt`]);
    expect(readFileSync(join(project, 'node_modules/electron/path.txt'), 'utf8')).toBe(executableInZip(process.platform));

    const s = await started('start.json');
    expect(real(s.execPath)).toBe(exe());
    expect(real(s.cwd)).toBe(real(project));
    expect(s.argv).toEqual(['.']);
    expect(real(s.main!)).toBe(real(join(project, 'out/main/main.js')));
    expect(s.mainExists).toBe(true);
    expect(s.mainBytes).toBeGreaterThan(10_000);
    expect(s.rendererUrl).toBeNull();
    // One build: electron-vite says "building … for production" once per part (main, preload, renderer).
    expect(r.stdout.match(BUILD_STEP)).toHaveLength(3);
  });

  it('a second npm start fetches nothing and still builds exactly once', async () => {
    const asked = mirror.requests.length;
    const r = await run(NPM, ['start'], project, env('cache', 'again.json'));
    expect(r.code).toBe(0);
    expect(mirror.requests.length).toBe(asked);
    expect(r.stderr).not.toMatch(/Fetching Electron/);
    expect((await started('again.json')).mainExists).toBe(true);
    expect(r.stdout.match(BUILD_STEP)).toHaveLength(3);
  });

  it('npm run dev fetches a missing binary the same way and starts it on the dev server', async () => {
    await rm(join(project, 'node_modules/electron/dist'), { recursive: true });
    await rm(join(project, 'node_modules/electron/path.txt'));
    const asked = mirror.requests.length;
    const r = await run(NPM, ['run', 'dev'], project, env('dev-cache', 'dev.json'));
    expect(r.stderr + r.stdout).not.toMatch(/Electron uninstall/);
    expect(r.code).toBe(0);
    expect(mirror.requests.slice(asked)).toContain(ZIP);
    const s = await started('dev.json');
    expect(real(s.execPath)).toBe(exe());
    expect(s.mainExists).toBe(true);
    expect(s.rendererUrl).toMatch(/^http:\/\/(localhost|127\.0\.0\.1|\[::1\]):\d+\/?$/);
  });

  it('left this checkout’s node_modules/electron exactly as it was', () => {
    expect(snapshot(join(ROOT, 'node_modules/electron'))).toEqual(before);
  });
});
