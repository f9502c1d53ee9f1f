import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ESLint } from 'eslint';

export const ROOT = resolve(__dirname, '../../..');

let eslint: ESLint | null = null;

/**
 * A source file that exists in `dir`, to lint probe text under its name: typescript-eslint's project service only
 * types files its tsconfig knows, and takes the text we pass in place of the file's own. Found afresh each run,
 * so the probes survive files being moved.
 */
export function fileIn(dir: string, ext = /\.tsx?$/): string {
  const walk = (d: string): string | null => {
    const entries = readdirSync(join(ROOT, d), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) if (e.isFile() && ext.test(e.name) && !e.name.endsWith('.d.ts')) return join(d, e.name);
    for (const e of entries) {
      const found = e.isDirectory() && e.name !== 'node_modules' ? walk(join(d, e.name)) : null;
      if (found) return found;
    }
    return null;
  };
  const found = walk(dir);
  if (!found) throw new Error(`no source file under ${dir}`);
  return found;
}

export type Finding = { rule: string | null; message: string; severity: number };

/** What the project's own ESLint configuration says about `code` as the file `file` (relative to the root). */
export async function lintAs(file: string, code: string): Promise<Finding[]> {
  eslint ??= new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return result!.messages.map((m) => ({ rule: m.ruleId, message: m.message, severity: m.severity }));
}

/** The import specifier that reaches `target` (relative to the root) from `file`. */
export function specifier(file: string, target: string): string {
  const rel = relative(join(ROOT, file, '..'), join(ROOT, target)).split('\\').join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}
