import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');
const bundle = join(root, 'out/cli/cli.js');
let dir = '';

type Run = { code: number; stdout: string; stderr: string };

/** `npm run cli -- …` as a user types it, from a folder of their own. */
function npmRunCli(args: string[]): Promise<Run> {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  return new Promise((done) => {
    execFile(npm, ['run', '-s', '--prefix', root, 'cli', '--', ...args], { cwd: dir, encoding: 'utf8' }, (err, stdout, stderr) => {
      done({ code: err ? (typeof err.code === 'number' ? err.code : 99) : 0, stdout, stderr });
    });
  });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sim-npm-cli-'));
  copyFileSync(join(root, 'tests/fixtures/complete.simansokan'), join(dir, 'mitt utkast.simansokan'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run cli', () => {
  it('reads the file named from the folder it was run in, and bundles the CLI when the bundle is older than the sources', async () => {
    try {
      utimesSync(bundle, new Date(0), new Date(0));
    } catch {
      // no bundle yet: it is made now
    }
    const r = await npmRunCli(['check', 'mitt utkast.simansokan']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('Kontroll av mitt utkast.simansokan');
    // Rebuilt: the bundle is no longer the one dated 1970 a moment ago (however long the build took).
    expect(statSync(bundle).mtimeMs).toBeGreaterThan(1000);
  });

  it('does not bundle again when nothing changed, and passes the exit code on', async () => {
    const built = statSync(bundle).mtimeMs;
    const r = await npmRunCli(['check', 'finns inte.simansokan']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/finns inte\.simansokan/);
    expect(statSync(bundle).mtimeMs).toBe(built);
  });
});
