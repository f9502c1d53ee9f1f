import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, linkSync, mkdirSync, readdirSync, readlinkSync, statSync, symlinkSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { delimiter, dirname, join, normalize, sep } from 'node:path';
import { zipSync } from 'fflate';

export const ROOT = join(__dirname, '..', '..', '..');
export const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

export type Run = { code: number | null; stdout: string; stderr: string };

/** The environment of a new user's shell: nothing of this test run's npm, and no Electron settings of our own. */
export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^npm_|electron|^INIT_CWD$|^NODE_OPTIONS$|^VITEST|^TEST$/i.test(k)) continue;
    env[k] = v;
  }
  // The stand-in is a Node script: the node that runs this test must be the first node on PATH.
  env.PATH = [dirname(process.execPath), env.PATH ?? ''].join(delimiter);
  return { ...env, ...extra };
}

export function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(cmd, args, { cwd, env, shell: process.platform === 'win32' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** Where the executable sits in Electron's zip, as Electron's install.js names it in path.txt. */
export function executableInZip(platform: NodeJS.Platform): string {
  return platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : platform === 'win32' ? 'electron.exe' : 'electron';
}

/**
 * Stands in for Electron: records how it was started (argv, cwd, environment that matters) and whether the app it
 * was pointed at has its built main file, the way Electron resolves `.` (package.json "main"), then exits 0.
 */
const STANDIN = `#!/usr/bin/env node
const fs = require('fs');
const path = require('path');
const args = process.argv.slice(2);
const entry = path.resolve(args.find((a) => !a.startsWith('-')) || '.');
let main = null;
try {
  main = path.resolve(entry, JSON.parse(fs.readFileSync(path.join(entry, 'package.json'), 'utf8')).main || 'index.js');
} catch {}
const record = {
  argv: args,
  cwd: process.cwd(),
  execPath: __filename,
  main,
  mainExists: main !== null && fs.existsSync(main),
  mainBytes: main !== null && fs.existsSync(main) ? fs.statSync(main).size : 0,
  rendererUrl: process.env.ELECTRON_RENDERER_URL || null,
};
fs.writeFileSync(process.env.SIM_STANDIN_RECORD, JSON.stringify(record));
`;

export type StandinRecord = { argv: string[]; cwd: string; execPath: string; main: string | null; mainExists: boolean; mainBytes: number; rendererUrl: string | null };

/** `<dir>/v<version>/electron-v<version>-<platform>-<arch>.zip` and its SHASUMS256.txt, laid out as on GitHub's releases. */
export async function writeStandinRelease(dir: string, version: string, platform: NodeJS.Platform, arch: string): Promise<string> {
  const exe = executableInZip(platform);
  const zip = zipSync({
    // Unix mode in the external attributes (made by Unix, os 3): the extractor must keep the executable bit.
    [exe]: [new TextEncoder().encode(STANDIN), { os: 3, attrs: (0o100755 << 16) >>> 0 }],
    version: [new TextEncoder().encode(version), { os: 3, attrs: (0o100644 << 16) >>> 0 }],
    LICENSE: [new TextEncoder().encode('MIT (stand-in)'), { os: 3, attrs: (0o100644 << 16) >>> 0 }],
  });
  const name = `electron-v${version}-${platform}-${arch}.zip`;
  const release = join(dir, `v${version}`);
  await mkdir(release, { recursive: true });
  await writeFile(join(release, name), zip);
  const sum = createHash('sha256').update(zip).digest('hex');
  await writeFile(join(release, 'SHASUMS256.txt'), `${sum} *${name}\n`);
  return name;
}

export type Mirror = { url: string; requests: string[]; close: () => Promise<void> };

/** A static file server on 127.0.0.1 over `dir`, recording every path asked for. */
export async function serveMirror(dir: string): Promise<Mirror> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const file = normalize(join(dir, path));
    if (!file.startsWith(dir + sep)) return void res.writeHead(403).end();
    readFile(file).then(
      (body) => res.writeHead(200, { 'content-length': body.length, 'content-type': 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('mirror did not get a port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    requests,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** Hard links (copying where a link is refused): the copy is cheap, and reading through it is reading the original. */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const e of readdirSync(from, { withFileTypes: true })) {
    const a = join(from, e.name);
    const b = join(to, e.name);
    if (e.isDirectory()) linkTree(a, b);
    else if (e.isSymbolicLink()) symlinkSync(readlinkSync(a), b);
    else {
      try {
        linkSync(a, b);
      } catch {
        copyFileSync(a, b);
      }
    }
  }
}

function copyTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const e of readdirSync(from, { withFileTypes: true })) {
    const a = join(from, e.name);
    const b = join(to, e.name);
    if (e.isDirectory()) copyTree(a, b);
    else if (e.isSymbolicLink()) symlinkSync(readlinkSync(a), b);
    else copyFileSync(a, b);
  }
}

/** What a fresh clone has, before anything is built or fetched. */
const NOT_IN_A_CLONE = new Set(['node_modules', 'out', 'dist', '.git']);
/** Caches that tools write into: a hard link there would let the copy write through to the original. */
const NODE_MODULES_CACHES = new Set(['.vite', '.cache', '.vite-temp', 'electron']);

/**
 * A copy of the project as `npm ci` leaves a clean clone: sources copied, node_modules hard-linked, except
 * node_modules/electron, which gets real files of its own (the package as npm installs it: no dist/, no path.txt),
 * so whatever the installer writes lands in the copy and never in this checkout.
 */
export function cloneProject(dest: string): void {
  mkdirSync(dest, { recursive: true });
  for (const e of readdirSync(ROOT, { withFileTypes: true })) {
    if (NOT_IN_A_CLONE.has(e.name)) continue;
    const a = join(ROOT, e.name);
    if (e.isDirectory()) copyTree(a, join(dest, e.name));
    else if (e.isFile()) copyFileSync(a, join(dest, e.name));
  }
  const modules = join(ROOT, 'node_modules');
  for (const e of readdirSync(modules, { withFileTypes: true })) {
    if (NODE_MODULES_CACHES.has(e.name)) continue;
    const a = join(modules, e.name);
    if (e.isDirectory()) linkTree(a, join(dest, 'node_modules', e.name));
    else if (e.isSymbolicLink()) symlinkSync(readlinkSync(a), join(dest, 'node_modules', e.name));
    else linkSync(a, join(dest, 'node_modules', e.name));
  }
  const electron = join(modules, 'electron');
  const copy = join(dest, 'node_modules', 'electron');
  mkdirSync(copy);
  for (const e of readdirSync(electron, { withFileTypes: true })) {
    if (e.name === 'dist' || e.name === 'path.txt') continue;
    const a = join(electron, e.name);
    if (e.isDirectory()) copyTree(a, join(copy, e.name));
    else copyFileSync(a, join(copy, e.name));
  }
}

/** Names, sizes and modification times under a folder: enough to see that nothing was added, removed or rewritten. */
export function snapshot(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, rel: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((x, y) => x.name.localeCompare(y.name))) {
      const p = join(d, e.name);
      const s = statSync(p, { throwIfNoEntry: false });
      out.push(`${rel}${e.name} ${e.isDirectory() ? 'dir' : `${s?.size} ${s?.mtimeMs}`}`);
      if (e.isDirectory()) walk(p, `${rel}${e.name}/`);
    }
  };
  walk(dir, '');
  return out;
}
