// Bundles the command-line tool into one CommonJS file for plain Node: node out/cli/cli.js <kommando>.
import { build } from 'esbuild';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

await build({
  entryPoints: [resolve(root, 'electron/cli/index.ts')],
  outfile: resolve(root, 'out/cli/cli.js'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
  sourcemap: false,
});
