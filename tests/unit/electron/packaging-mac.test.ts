import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmod, cp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';
import { getCurrentFuseWire, FuseV1Options } from '@electron/fuses';
import { tempDir } from './support';

const ROOT = join(__dirname, '..', '..', '..');
const require_ = createRequire(import.meta.url);
const ELECTRON_VERSION = (require_('electron/package.json') as { version: string }).version;
const plist = require_('plist') as { build(o: unknown): string; parse(s: string): Record<string, unknown> };

/** The same fuse wire the real binary carries, all fuses in Electron's defaults. */
function fuseWire(): Buffer {
  return Buffer.concat([Buffer.from('stand-in electron\0'), Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), Buffer.from([1, 8]), Buffer.from('10111111')]);
}

/** Electron.app as the darwin zip has it, reduced to what electron-builder reads, renames and rewrites. */
async function standInElectronApp(dist: string): Promise<void> {
  const contents = join(dist, 'Electron.app', 'Contents');
  await mkdir(join(contents, 'MacOS'), { recursive: true });
  await mkdir(join(contents, 'Resources'), { recursive: true });
  await writeFile(join(contents, 'MacOS', 'Electron'), 'launcher', { mode: 0o755 });
  // On macOS the fuse wire is in the framework's binary, not in the launcher.
  await mkdir(join(contents, 'Frameworks', 'Electron Framework.framework'), { recursive: true });
  await writeFile(join(contents, 'Frameworks', 'Electron Framework.framework', 'Electron Framework'), fuseWire(), { mode: 0o755 });
  await writeFile(join(contents, 'Resources', 'electron.icns'), 'icns');
  const framework = join(contents, 'Frameworks', 'Electron Framework.framework', 'Versions', 'A', 'Resources');
  for (const l of ['sv', 'en', 'de', 'fi']) {
    await mkdir(join(framework, `${l}.lproj`), { recursive: true });
    await writeFile(join(framework, `${l}.lproj`, 'locale.pak'), l);
  }
  await writeFile(
    join(contents, 'Info.plist'),
    plist.build({ CFBundleExecutable: 'Electron', CFBundleIdentifier: 'com.github.Electron', CFBundleName: 'Electron', CFBundleDisplayName: 'Electron', CFBundleIconFile: 'electron.icns', CFBundlePackageType: 'APPL' }),
  );
  for (const suffix of ['', ' (Renderer)', ' (GPU)', ' (Plugin)']) {
    const helper = join(contents, 'Frameworks', `Electron Helper${suffix}.app`, 'Contents');
    await mkdir(join(helper, 'MacOS'), { recursive: true });
    await writeFile(join(helper, 'MacOS', `Electron Helper${suffix}`), 'helper', { mode: 0o755 });
    await writeFile(join(helper, 'Info.plist'), plist.build({ CFBundleExecutable: `Electron Helper${suffix}`, CFBundleIdentifier: 'com.github.Electron.helper', CFBundleName: `Electron Helper${suffix}` }));
  }
  await writeFile(join(dist, 'LICENSE'), 'MIT');
  await writeFile(join(dist, 'version'), ELECTRON_VERSION);
}

/**
 * Stands in for Apple's codesign: records its arguments and keeps a copy of the app's executable as it was when
 * codesign was called, (the framework binary, where the fuses are), so the test can see whether the signature was made before or after the fuses were flipped.
 */
const FAKE_CODESIGN = `#!/bin/sh
printf '%s\\n' "$@" >> "$SIM_CODESIGN_RECORD/calls"
printf -- '---\\n' >> "$SIM_CODESIGN_RECORD/calls"
for last in "$@"; do :; done
cp "$last/Contents/Frameworks/Electron Framework.framework/Electron Framework" "$SIM_CODESIGN_RECORD/framework-when-signed"
`;

describe('a macOS build without a Developer ID (stand-in Electron.app, codesign recorded)', () => {
  let tmp: { dir: string; cleanup: () => Promise<void> };
  let app: string;
  let record: string;
  const savedPath = process.env.PATH;
  const saved = { CSC_LINK: process.env.CSC_LINK, CSC_NAME: process.env.CSC_NAME, auto: process.env.CSC_IDENTITY_AUTO_DISCOVERY };

  beforeAll(async () => {
    for (const f of ['out/main/main.js', 'out/preload/preload.js', 'out/renderer/index.html']) {
      if (!existsSync(join(ROOT, f))) throw new Error(`${f} is missing: run "npx electron-vite build" first.`);
    }
    tmp = await tempDir('sim-pack-mac-');
    const project = join(tmp.dir, 'project');
    for (const p of ['out/main', 'out/preload', 'out/renderer', 'build', 'package.json', 'electron-builder.yml']) {
      await cp(join(ROOT, p), join(project, p), { recursive: true });
    }
    const electronDist = join(tmp.dir, 'electron-dist');
    await standInElectronApp(electronDist);
    const bin = join(tmp.dir, 'bin');
    await mkdir(bin);
    await writeFile(join(bin, 'codesign'), FAKE_CODESIGN);
    await chmod(join(bin, 'codesign'), 0o755);
    record = join(tmp.dir, 'codesign');
    await mkdir(record);
    process.env.PATH = [bin, savedPath].join(delimiter);
    process.env.SIM_CODESIGN_RECORD = record;
    // No identity anywhere: what a developer without Apple's certificate has.
    delete process.env.CSC_LINK;
    delete process.env.CSC_NAME;
    process.env.CSC_IDENTITY_AUTO_DISCOVERY = 'false';
    const output = join(tmp.dir, 'dist');
    // builder-util hard-links instead of copying when it sees VITEST, and a link cannot replace the app icon that
    // the document icon (the same build/icon.icns) overwrites in a real build: load it as a real build does.
    const vitest = process.env.VITEST;
    delete process.env.VITEST;
    const { Arch, Platform, build } = await import('electron-builder');
    process.env.VITEST = vitest;
    await build({
      projectDir: project,
      targets: Platform.MAC.createTarget('dir', Arch.arm64),
      config: { electronDist, electronVersion: ELECTRON_VERSION, directories: { output, buildResources: 'build' } },
      publish: 'never',
    });
    // electron-builder may write the name decomposed (o + combining diaeresis), as macOS's own file system would.
    const name = (await readdir(join(output, 'mac-arm64'))).find((n) => n.normalize('NFC') === 'SIM-ansökan.app');
    app = join(output, 'mac-arm64', name ?? 'SIM-ansökan.app');
  });
  afterAll(async () => {
    process.env.PATH = savedPath;
    delete process.env.SIM_CODESIGN_RECORD;
    for (const [k, v] of [['CSC_LINK', saved.CSC_LINK], ['CSC_NAME', saved.CSC_NAME], ['CSC_IDENTITY_AUTO_DISCOVERY', saved.auto]] as const) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    await tmp?.cleanup();
  });

  it('flips the fuses in the app’s Electron framework', async () => {
    // Given an .app, @electron/fuses reads Contents/Frameworks/Electron Framework.framework/Electron Framework.
    const wire = await getCurrentFuseWire(app);
    const on = (o: FuseV1Options) => String.fromCharCode(wire[o] as number);
    expect(on(FuseV1Options.RunAsNode)).toBe('0');
    expect(on(FuseV1Options.OnlyLoadAppFromAsar)).toBe('1');
    expect(on(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe('1');
  });

  it('then signs the whole .app ad hoc, so Apple silicon will start it', async () => {
    const calls = (await readFile(join(record, 'calls'), 'utf8')).split('---\n').filter(Boolean).map((c) => c.trim().split('\n'));
    expect(calls).toHaveLength(1);
    const args = calls[0]!;
    expect(args).toEqual(expect.arrayContaining(['--sign', '-', '--force', '--deep']));
    expect(args[args.length - 1]).toBe(app);
    // Signed after the flip: the framework codesign saw already had the fuses set.
    const signed = await getCurrentFuseWire(join(record, 'framework-when-signed'));
    expect(String.fromCharCode(signed[FuseV1Options.RunAsNode] as number)).toBe('0');
    expect(String.fromCharCode(signed[FuseV1Options.OnlyLoadAppFromAsar] as number)).toBe('1');
  });

  it('names the app, its helpers and its document type as macOS shows them', async () => {
    const info = plist.parse(await readFile(join(app, 'Contents', 'Info.plist'), 'utf8'));
    expect({ ...info, CFBundleExecutable: String(info.CFBundleExecutable).normalize('NFC') }).toMatchObject({ CFBundleExecutable: 'SIM-ansökan', CFBundleIdentifier: 'se.vgregion.sim-ansokan', CFBundleDisplayName: 'SIM-ansökan' });
    expect(JSON.stringify(info.CFBundleDocumentTypes)).toContain('simansokan');
    expect(info.ElectronAsarIntegrity).toBeDefined();
    const helpers = (await readdir(join(app, 'Contents', 'Frameworks'))).map((n) => n.normalize('NFC'));
    expect(helpers).toContain('SIM-ansökan Helper (Renderer).app');
  });

  it('keeps only the Swedish and English Chromium locales', async () => {
    const framework = join(app, 'Contents', 'Frameworks', 'Electron Framework.framework', 'Versions', 'A', 'Resources');
    expect((await readdir(framework)).sort()).toEqual(['en.lproj', 'sv.lproj']);
  });
});
