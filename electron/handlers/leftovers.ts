import { realpath } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { FileOps } from './fileops';

/** Younger ones may belong to a write still going on (another window, another instance, the CLI). */
export const LEFTOVER_AGE_MS = 60_000;

/**
 * Temporary files an interrupted write leaves beside `filePath`: write-file-atomic's `<name>.<uint32 in decimal>`
 * (written beside the real path when the name is a symlink) and the backup's `<name>.bak.<pid>.<time>.tmp`. The
 * same for an application file and an exported DOCX. Fewer than six digits is left alone: rare for the writer,
 * and a user's own `rapport.docx.1` must never be taken for one.
 */
export async function removeLeftovers(ops: FileOps, filePath: string, now: Date, log?: (m: string, e?: unknown) => void): Promise<void> {
  const real = await realpath(filePath).catch(() => filePath);
  for (const path of new Set([filePath, real])) {
    const base = basename(path).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(`^${base}(\\.\\d{6,10}|\\.bak\\.\\d+\\.[a-z0-9]+\\.tmp)$`);
    try {
      const dir = dirname(path);
      for (const name of (await ops.readdir(dir)).filter((n) => pattern.test(n))) {
        const leftover = join(dir, name);
        const st = await ops.stat(leftover);
        if (st.isFile() && now.getTime() - st.mtimeMs > LEFTOVER_AGE_MS) await ops.unlink(leftover);
      }
    } catch (e) {
      log?.('could not tidy temporary files', e);
    }
  }
}
