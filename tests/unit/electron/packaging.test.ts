import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Arch, Platform, build } from 'electron-builder';
import { listPackage, extractFile } from '@electron/asar';
import { getCurrentFuseWire, FuseV1Options } from '@electron/fuses';
import { tempDir } from './support';

const ROOT = join(__dirname, '..', '..', '..');
const require_ = createRequire(import.meta.url);
const yaml = require_('js-yaml') as { load(text: string): unknown };
const ELECTRON_VERSION = (require_('electron/package.json') as { version: string }).version;

// The YAML as read: the assertions below say which shape matters.
type Config = Record<string, any>;

let config: Config;
beforeAll(async () => {
  config = yaml.load(await readFile(join(ROOT, 'electron-builder.yml'), 'utf8')) as Config;
});

describe('electron-builder config', () => {
  it('names the product, associates the file type and publishes nothing', () => {
    expect(config.productName).toBe('SIM-ansökan');
    expect(config.appId).toBe('se.vgregion.sim-ansokan');
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'simansokan', name: 'SIM-ansökan', role: 'Editor' })]);
    expect(config.publish).toBeNull();
    expect(existsSync(join(ROOT, 'package.json')) && require_(join(ROOT, 'package.json')).build).toBeUndefined();
  });

  it('builds a per-user NSIS installer for Windows x64 that needs no administrator', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({ perMachine: false, allowElevation: false, deleteAppDataOnUninstall: false });
  });

  it('builds dmg and zip for macOS on Intel and Apple silicon', () => {
    expect(config.mac.target).toEqual([
      { target: 'dmg', arch: ['x64', 'arm64'] },
      { target: 'zip', arch: ['x64', 'arm64'] },
    ]);
    expect(config.mac.hardenedRuntime).toBe(true);
  });

  it('sets the Electron fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      // Flipping breaks Electron's own signature: re-signed ad hoc at once, so an unsigned Apple-silicon build starts.
      resetAdHocDarwinSignature: true,
    });
  });

  it('takes signing and notarisation from the environment: no identity, certificate or password in the repository', async () => {
    const text = await readFile(join(ROOT, 'electron-builder.yml'), 'utf8');
    for (const key of ['identity', 'cscLink', 'cscKeyPassword', 'certificateFile', 'certificatePassword', 'appleId', 'teamId']) {
      expect(text).not.toMatch(new RegExp(`^\\s*${key}\\s*:`, 'm'));
    }
    // Notarisation stays on: electron-builder notarizes when APPLE_API_KEY… or APPLE_ID… are set, and skips it otherwise.
    expect(config.mac.notarize).not.toBe(false);
    expect(config.forceCodeSigning ?? false).toBe(false);
    const entitlements = await readFile(join(ROOT, config.mac.entitlements), 'utf8');
    expect(entitlements).toContain('com.apple.security.cs.allow-jit');
  });

  it('has real icons in build/: a 1024×1024 PNG, a Windows ICO and a macOS ICNS', async () => {
    const png = await readFile(join(ROOT, 'build', 'icon.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024]);
    const ico = await readFile(join(ROOT, 'build', 'icon.ico'));
    expect([ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([1, 7]);
    const icns = await readFile(join(ROOT, 'build', 'icon.icns'));
    expect(icns.subarray(0, 4).toString()).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
  });
});

/**
 * An Electron directory with a fuse wire where the real binary has it: enough for electron-builder to copy,
 * rename and flip fuses, with no download.
 */
async function standInElectron(dir: string): Promise<void> {
  await mkdir(join(dir, 'locales'), { recursive: true });
  await mkdir(join(dir, 'resources'), { recursive: true });
  const wire = Buffer.concat([Buffer.from('stand-in electron\0'), Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), Buffer.from([1, 8]), Buffer.from('10111111')]);
  await writeFile(join(dir, 'electron'), wire, { mode: 0o755 });
  for (const l of ['sv', 'en-US', 'de', 'fi']) await writeFile(join(dir, 'locales', `${l}.pak`), l);
  await writeFile(join(dir, 'LICENSE'), 'MIT');
  await writeFile(join(dir, 'version'), ELECTRON_VERSION);
}

describe('a packaged app (linux dir, stand-in Electron)', () => {
  let tmp: { dir: string; cleanup: () => Promise<void> };
  let unpacked: string;
  let entries: string[];

  beforeAll(async () => {
    for (const f of ['out/main/main.js', 'out/preload/preload.js', 'out/renderer/index.html']) {
      if (!existsSync(join(ROOT, f))) throw new Error(`${f} is missing: run "npx electron-vite build" first.`);
    }
    tmp = await tempDir('sim-pack-');
    // A copy of the project as packaging sees it, so a concurrent rebuild of out/ cannot change what is packed.
    const project = join(tmp.dir, 'project');
    for (const p of ['out/main', 'out/preload', 'out/renderer', 'build', 'package.json', 'electron-builder.yml']) {
      await cp(join(ROOT, p), join(project, p), { recursive: true });
    }
    const electronDist = join(tmp.dir, 'electron-dist');
    await standInElectron(electronDist);
    const output = join(tmp.dir, 'dist');
    await build({
      projectDir: project,
      targets: Platform.LINUX.createTarget('dir', Arch.x64),
      config: { electronDist, electronVersion: ELECTRON_VERSION, directories: { output, buildResources: 'build' } },
      publish: 'never',
    });
    unpacked = join(output, 'linux-unpacked');
    entries = listPackage(join(unpacked, 'resources', 'app.asar'), { isPack: false });
  });
  afterAll(() => tmp?.cleanup());

  it('holds only the built app in its asar: no tests, fixtures, sources, maps or node_modules', () => {
    const files = entries.filter((e) => /\.[a-z0-9]+$/i.test(e));
    expect(files).toContain('/out/main/main.js');
    expect(files).toContain('/out/preload/preload.js');
    expect(files).toContain('/out/renderer/index.html');
    const outside = files.filter((f) => !/^\/out\/(main|preload|renderer)\//.test(f) && f !== '/package.json');
    expect(outside).toEqual([]);
    expect(files.filter((f) => /node_modules|\/tests?\/|fixtures|\.tsx?$|\.map$|\.simansokan$/.test(f))).toEqual([]);
  });

  it('carries the example application inside main.js, and main points at it', () => {
    const main = extractFile(join(unpacked, 'resources', 'app.asar'), 'out/main/main.js').toString();
    expect(main).toContain('Tillsammans för Dalslands barn');
    const pkg = JSON.parse(extractFile(join(unpacked, 'resources', 'app.asar'), 'package.json').toString());
    expect(pkg.main).toBe('out/main/main.js');
  });

  it('flips the fuses in the Electron binary', async () => {
    const wire = await getCurrentFuseWire(join(unpacked, 'sim-ansokan'));
    const on = (o: FuseV1Options) => String.fromCharCode(wire[o] as number);
    expect(on(FuseV1Options.RunAsNode)).toBe('0');
    expect(on(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe('0');
    expect(on(FuseV1Options.EnableNodeCliInspectArguments)).toBe('0');
    expect(on(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe('1');
    expect(on(FuseV1Options.OnlyLoadAppFromAsar)).toBe('1');
    expect(on(FuseV1Options.GrantFileProtocolExtraPrivileges)).toBe('0');
  });

  it('keeps only the Swedish and English Chromium locales', async () => {
    expect((await readdir(join(unpacked, 'locales'))).sort()).toEqual(['en-US.pak', 'sv.pak']);
  });
});
