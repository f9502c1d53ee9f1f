import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');

export const NO_BINARY = 'The Electron smoke tests need Electron’s binary, and none is installed: run them with "npm run test:electron", which fetches it.';

/**
 * Whether there is a binary for Playwright to start. Playwright finds it itself, through electron's index.js, and
 * only then preloads its loader (which holds the app's "ready" until Playwright is attached), so the suite passes
 * no executablePath: this checks what index.js will find.
 */
export function electronInstalled(): boolean {
  const dir = join(ROOT, 'node_modules', 'electron');
  const pathTxt = join(dir, 'path.txt');
  if (!existsSync(pathTxt)) return false;
  return existsSync(join(process.env.ELECTRON_OVERRIDE_DIST_PATH || join(dir, 'dist'), readFileSync(pathTxt, 'utf8')));
}
