import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NPM, ROOT, cleanEnv, cloneProject, run, serveMirror, writeStandinRelease, type Mirror, type Run } from './standin';

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;

/** Our lines on stderr, without npm's own report of a failed script ("npm error …", "> sim-ansokan@… start"). */
function ours(r: Run): string[] {
  return r.stderr.split(/\r?\n/).filter((l) => l.trim() && !/^npm (error|ERR!)/.test(l) && !/^Fetching Electron /.test(l));
}

describe('where Electron’s binary cannot be had', () => {
  let work = '';
  let project = '';
  let mirror: Mirror;
  const env = (mirrorUrl: string, cache: string) =>
    cleanEnv({ ELECTRON_MIRROR: mirrorUrl, electron_use_remote_checksums: '1', electron_config_cache: join(work, cache), XDG_CACHE_HOME: join(work, `${cache}-xdg`) });

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'sim-nobinary-'));
    project = join(work, 'project');
    cloneProject(project);
    mirror = await serveMirror(join(work, 'empty-mirror'));
  });
  afterAll(async () => {
    await mirror?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('npm start says in one sentence that the first start needs the internet, builds nothing and fails', async () => {
    const r = await run(NPM, ['start'], project, env(mirror.url, 'c1'));
    expect(r.code).not.toBe(0);
    expect(ours(r)).toEqual([expect.stringMatching(new RegExp(`^Electron ${VERSION.replace(/\./g, '\\.')} is not installed and could not be fetched \\(.*404.*\\): the first start needs an internet connection once, or ELECTRON_MIRROR set to a mirror that has it\\.$`))]);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(join(project, 'out'))).toBe(false);
  });

  it('with no network at all the sentence is the same, with the reason the connection failed', async () => {
    const closed = await serveMirror(join(work, 'gone'));
    await closed.close();
    const r = await run(NPM, ['start'], project, env(closed.url, 'c2'));
    expect(r.code).not.toBe(0);
    expect(ours(r)).toEqual([expect.stringMatching(/could not be fetched \(.+\): the first start needs an internet connection once/)]);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it('a download that does not match its checksum is refused, and nothing is installed', async () => {
    const dir = join(work, 'bad-mirror');
    const zip = await writeStandinRelease(dir, VERSION, process.platform, process.arch);
    writeFileSync(join(dir, `v${VERSION}`, 'SHASUMS256.txt'), `${'0'.repeat(64)} *${zip}\n`);
    const bad = await serveMirror(dir);
    try {
      const r = await run(NPM, ['start'], project, env(bad.url, 'c3'));
    expect(r.code).not.toBe(0);
      expect(ours(r)).toEqual([expect.stringMatching(/could not be fetched \(.*(checksum|match).*\)/i)]);
      expect(existsSync(join(project, 'node_modules/electron/path.txt'))).toBe(false);
    } finally {
      await bad.close();
    }
  });

  it('npm run test:electron fails with one sentence saying it needs the binary, not with a skip or a stack', async () => {
    const r = await run(NPM, ['run', 'test:electron'], project, env(mirror.url, 'c4'));
    expect(r.code).not.toBe(0);
    expect(ours(r)).toEqual([expect.stringMatching(/^npm run test:electron cannot run: Electron \S+ is not installed and could not be fetched \(.+\)/)]);
    expect(r.stdout + r.stderr).not.toMatch(/skipped|^\s+at /m);
  });

  it('the smoke suite started straight through vitest says the same in one sentence, and runs nothing', async () => {
    const r = await run(process.execPath, [join(project, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'tests/electron/vitest.config.ts'], project, env(mirror.url, 'c5'));
    expect(r.code).toBe(1);
    expect(ours(r).filter((l) => !/configLoader|ESM syntax|VITE_CONFIG_NATIVE/.test(l) && !/^\s+-/.test(l) && !/^\(!\)/.test(l))).toEqual([
      'The Electron smoke tests need Electron’s binary, and none is installed: run them with "npm run test:electron", which fetches it.',
    ]);
    expect(r.stdout).not.toMatch(/skipped|passed/);
  });
});
