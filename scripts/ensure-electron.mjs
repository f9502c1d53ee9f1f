// Makes sure Electron's binary is in node_modules/electron before `npm start`, `npm run dev` or the smoke tests.
// Since Electron 42 the package has no install script: it fetches its binary only when `require('electron')` or its
// `electron` / `install-electron` command runs. electron-vite does neither: it reads node_modules/electron/path.txt
// and throws "Electron uninstall" when it is missing. So the binary is fetched here, by Electron's own installer
// (which honours ELECTRON_MIRROR, electron_config_cache, electron_use_remote_checksums and the rest of @electron/get's
// settings), and `npm ci` itself stays offline.
//
//   node scripts/ensure-electron.mjs [--for "<what needs it>"]
//
// Exit 0 when the binary is there (fetched now or before); 1 with one sentence on stderr when it cannot be had.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The executable's path inside dist/, as Electron's install.js writes it to path.txt. */
export function platformPath(platform) {
  switch (platform) {
    case 'mas':
    case 'darwin':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'freebsd':
    case 'openbsd':
    case 'linux':
      return 'electron';
    case 'win32':
      return 'electron.exe';
    default:
      return null;
  }
}

/**
 * Electron's installer is CommonJS requiring @electron/get, an ES module: that needs require(esm), on by default from
 * Node 20.19 and 22.12.
 */
export function nodeCanInstall(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  if (major === 20) return minor >= 19;
  if (major === 22) return minor >= 12;
  return major > 22;
}

/** What electron-vite will find: the same checks as Electron's own install.js, plus that the binary exists. */
export function electronState(electronDir, env = process.env, platform = process.platform) {
  const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'));
  if (env.ELECTRON_EXEC_PATH) return { version, installed: existsSync(env.ELECTRON_EXEC_PATH), explicit: true };
  const wanted = platformPath(env.ELECTRON_INSTALL_PLATFORM || env.npm_config_platform || platform);
  try {
    const distVersion = readFileSync(join(electronDir, 'dist', 'version'), 'utf8').trim().replace(/^v/, '');
    const written = readFileSync(join(electronDir, 'path.txt'), 'utf8');
    const installed = distVersion === version && written === wanted && existsSync(join(electronDir, 'dist', written));
    return { version, installed, explicit: false };
  } catch {
    return { version, installed: false, explicit: false };
  }
}

/** The last error line of the installer's output, without its stack: what went wrong, in its own words. */
export function installerReason(stderr) {
  const lines = stderr.split(/\r?\n/).map((l) => l.trim());
  const error = lines.find((l) => /^[A-Za-z]*Error\b.*:/.test(l));
  const text = (error ?? lines.filter((l) => l && !l.startsWith('at ')).pop() ?? 'no message').replace(/^[A-Za-z]*Error:\s*/, '');
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

let purpose;

/** One sentence, no stack: what is missing and what to do. */
function fail(reason) {
  const sentence = purpose ? `${purpose} cannot run: ${reason}` : reason.charAt(0).toUpperCase() + reason.slice(1);
  process.stderr.write(`${sentence}\n`);
  process.exit(1);
}

function main() {
  const forIndex = process.argv.indexOf('--for');
  purpose = forIndex > 0 ? process.argv[forIndex + 1] : undefined;
  let electronDir;
  try {
    electronDir = dirname(createRequire(join(root, 'package.json')).resolve('electron/package.json'));
  } catch {
    fail('the electron package is not installed: run "npm ci" first.');
  }
  const state = electronState(electronDir);
  if (state.installed) return;
  if (state.explicit) fail(`ELECTRON_EXEC_PATH points at ${process.env.ELECTRON_EXEC_PATH}, which does not exist.`);
  if (!nodeCanInstall(process.version)) {
    fail(`Electron's installer needs Node.js 20.19 or later (or 22.12 or later); this is Node.js ${process.version}.`);
  }
  const mirror = process.env.ELECTRON_MIRROR || process.env.npm_config_electron_mirror;
  process.stderr.write(`Fetching Electron ${state.version} for ${process.platform}-${process.arch} from ${mirror || 'GitHub'} (once; about 100 MB)…\n`);
  // stderr is read, not shown: on failure the installer prints a stack, and the user gets one sentence instead.
  const run = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  const ok = run.status === 0 && electronState(electronDir).installed;
  if (!ok) {
    const reason = run.error ? run.error.message : installerReason(run.stderr ?? '');
    fail(
      `Electron ${state.version} is not installed and could not be fetched (${reason}): the first start needs an internet connection once, ` +
        `or ELECTRON_MIRROR set to a mirror that has it.`,
    );
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
