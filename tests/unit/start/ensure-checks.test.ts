import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { electronState, installerReason, nodeCanInstall, platformPath } from '../../../scripts/ensure-electron.mjs';

describe('which Node can fetch Electron', () => {
  it('needs require(esm): Node 20.19+, 22.12+ or newer', () => {
    expect(['v20.18.3', 'v21.7.0', 'v22.11.0', 'v18.20.0'].map(nodeCanInstall)).toEqual([false, false, false, false]);
    expect(['v20.19.0', 'v20.20.2', 'v22.12.0', 'v24.1.0', 'v25.0.0'].map(nodeCanInstall)).toEqual([true, true, true, true, true]);
  });
});

describe('whether the binary is installed', () => {
  let dir = '';
  afterEach(() => rm(dir, { recursive: true, force: true }));
  async function electronPackage(files: Record<string, string>): Promise<string> {
    dir = await mkdtemp(join(tmpdir(), 'sim-ensure-'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'electron', version: '45.4.1' }));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    return dir;
  }

  it('is installed only with path.txt for this platform, the same version in dist/ and the executable there', async () => {
    const complete = await electronPackage({ 'path.txt': 'electron', 'dist/version': '45.4.1', 'dist/electron': '' });
    expect(electronState(complete, {}, 'linux').installed).toBe(true);
    // path.txt written for another platform (a node_modules copied from a Mac):
    expect(electronState(complete, {}, 'win32').installed).toBe(false);
  });

  it('is not installed when an extraction was cut short, or an older binary is left from before an upgrade', async () => {
    expect(electronState(await electronPackage({ 'dist/version': '45.4.1', 'dist/electron': '' }), {}, 'linux').installed).toBe(false);
    await rm(dir, { recursive: true });
    expect(electronState(await electronPackage({ 'path.txt': 'electron', 'dist/version': '44.0.0', 'dist/electron': '' }), {}, 'linux').installed).toBe(false);
    await rm(dir, { recursive: true });
    expect(electronState(await electronPackage({ 'path.txt': 'electron', 'dist/version': '45.4.1' }), {}, 'linux').installed).toBe(false);
  });

  it('takes an ELECTRON_EXEC_PATH (which electron-vite uses) as given, if that file exists', async () => {
    const pkg = await electronPackage({ 'own/electron': '' });
    expect(electronState(pkg, { ELECTRON_EXEC_PATH: join(pkg, 'own/electron') }, 'linux')).toMatchObject({ installed: true, explicit: true });
    expect(electronState(pkg, { ELECTRON_EXEC_PATH: join(pkg, 'missing') }, 'linux')).toMatchObject({ installed: false, explicit: true });
  });

  it('knows where the executable sits on each desktop', () => {
    expect(['linux', 'darwin', 'win32', 'aix'].map(platformPath)).toEqual(['electron', 'Electron.app/Contents/MacOS/Electron', 'electron.exe', null]);
  });
});

describe('the reason given when the installer fails', () => {
  it('is the error’s own message, without its stack', () => {
    const stack = 'HTTPError: Response code 404 (Not Found) for https://example/x.zip\n    at FetchDownloader.download (file:///a.js:1:1)\n    at async f (file:///b.js:2:2)\n';
    expect(installerReason(stack)).toBe('Response code 404 (Not Found) for https://example/x.zip');
    expect(installerReason('TypeError: fetch failed\n    at node:internal/deps/undici:1:1\n')).toBe('fetch failed');
  });
});
