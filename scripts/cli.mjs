// `npm run cli -- <kommando>`: runs the command-line tool, bundling it first only when a source changed since the last
// bundle (bundling takes about 0.3 s, which a user running one command after another should not pay every time).
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'out/cli/cli.js');

/** The newest modification time of the files the bundle is made from. */
function newestSource() {
  let newest = 0;
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  walk(join(root, 'electron'));
  walk(join(root, 'shared'));
  for (const f of ['package-lock.json', 'scripts/build-cli.mjs']) newest = Math.max(newest, statSync(join(root, f)).mtimeMs);
  return newest;
}

let built = 0;
try {
  built = statSync(bundle).mtimeMs;
} catch {
  // not built yet
}
if (built < newestSource()) await import('./build-cli.mjs');

const { main } = createRequire(import.meta.url)(bundle);
process.exitCode = await main(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  // npm runs scripts in the project folder; paths on the command line are meant from where the user typed them.
  cwd: process.env.INIT_CWD || process.cwd(),
});
