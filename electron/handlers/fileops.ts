import * as fsp from 'node:fs/promises';
import type { Stats } from 'node:fs';
import writeFileAtomic from 'write-file-atomic';
import { copyRegularFile, DOCUMENT_LIMITS, FileKindError, readRegularFile, type ReadLimits } from '../regular-file';

/**
 * Every file system call the handlers make. The real one is `nodeFileOps`; tests wrap it to inject the
 * failures that cannot be produced for real here (a full disk, a read-only medium, permissions as root).
 */
export type FileOps = {
  stat(path: string): Promise<Stats>;
  /** A regular file of at most `limits.maxBytes` (a document's cap by default), checked and read from one handle. */
  readFile(path: string, limits?: ReadLimits): Promise<Uint8Array>;
  /** The same, with the handle's own stats (size, mtime, device and inode of exactly what was read). */
  readRegular(path: string, limits?: ReadLimits): Promise<{ bytes: Uint8Array; stats: Stats }>;
  /**
   * Write to a temporary file in the same folder, fsync, rename over the target. Only over a regular file or
   * nothing (ENOTREG, EISDIR otherwise); with `noFollow`, never through a symlink either.
   */
  writeAtomic(path: string, data: string | Uint8Array, opts?: { noFollow?: boolean }): Promise<void>;
  /** Copies a regular file (never a FIFO or a device) to `to`, which must not exist yet. */
  copyFile(from: string, to: string): Promise<void>;
  /** A second name for the file at `existing` (EEXIST if `newPath` exists): the lock takeover's atomic step. */
  link(existing: string, newPath: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  mkdir(path: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
  /** Create a file that must not exist yet (EEXIST otherwise). */
  createExclusive(path: string, data: string): Promise<void>;
  touch(path: string, time: Date): Promise<void>;
};

export const nodeFileOps: FileOps = {
  stat: (p) => fsp.stat(p),
  readFile: (p, limits = DOCUMENT_LIMITS) => readRegularFile(p, limits).then((r) => r.bytes),
  readRegular: (p, limits = DOCUMENT_LIMITS) => readRegularFile(p, limits),
  writeAtomic: async (p, data, opts) => {
    await checkWriteTarget(p, opts?.noFollow === true);
    await writeFileAtomic(p, typeof data === 'string' ? data : Buffer.from(data), { fsync: true });
  },
  copyFile: (a, b) => copyRegularFile(a, b),
  link: (a, b) => fsp.link(a, b),
  rename: (a, b) => fsp.rename(a, b),
  unlink: (p) => fsp.unlink(p),
  mkdir: async (p) => {
    await fsp.mkdir(p, { recursive: true });
  },
  readdir: (p) => fsp.readdir(p),
  createExclusive: async (p, data) => {
    const handle = await fsp.open(p, 'wx');
    try {
      await handle.writeFile(data);
    } finally {
      await handle.close();
    }
  },
  touch: (p, t) => fsp.utimes(p, t, t),
};

/**
 * write-file-atomic writes beside the symlink's target and renames over it: through a link to /dev/null (or as
 * root, any device) that would replace the device itself, and a FIFO or a folder cannot be a document anyway.
 */
async function checkWriteTarget(path: string, noFollow: boolean): Promise<void> {
  const st = await fsp.stat(path).catch(() => null);
  if (st && st.isDirectory()) throw new FileKindError('EISDIR');
  if (st && !st.isFile()) throw new FileKindError('ENOTREG');
  if (noFollow && (await fsp.lstat(path).catch(() => null))?.isSymbolicLink()) throw new FileKindError('ENOTREG');
}

export function errorCode(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : undefined;
}

// Windows antivirus, indexers and sync clients hold a just-written file for a moment; a retry gets through.
const TRANSIENT = new Set(['EPERM', 'EBUSY']);
const RETRY_DELAYS_MS = [15, 40, 100, 250];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function withRetry<T>(op: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await op();
    } catch (e) {
      const delay = RETRY_DELAYS_MS[attempt];
      if (delay === undefined || !TRANSIENT.has(errorCode(e) ?? '')) throw e;
      await sleep(delay);
    }
  }
}

/** `<name>.simansokan` → `<name>.simansokan.<suffix>`; other names get the app's extension first. */
export function sidecarPath(filePath: string, suffix: 'bak' | 'lock'): string {
  return filePath.toLowerCase().endsWith('.simansokan') ? `${filePath}.${suffix}` : `${filePath}.simansokan.${suffix}`;
}

export async function exists(ops: FileOps, path: string): Promise<Stats | null> {
  try {
    return await ops.stat(path);
  } catch (e) {
    if (errorCode(e) === 'ENOENT' || errorCode(e) === 'ENOTDIR') return null;
    throw e;
  }
}

/**
 * Replace `filePath` atomically. When `keepBackup` is set and the file exists, its current content first
 * becomes `<name>.bak` (itself swapped in atomically), so the previous good version survives a bad save.
 * If the backup cannot be made the save is not attempted: the original stays as it was.
 */
export async function atomicReplace(
  ops: FileOps,
  filePath: string,
  data: string | Uint8Array,
  keepBackup: boolean,
  opts?: { noFollow?: boolean },
): Promise<void> {
  if (keepBackup && (await exists(ops, filePath))) {
    const bak = sidecarPath(filePath, 'bak');
    const tmp = `${bak}.${process.pid}.${Date.now().toString(36)}.tmp`;
    try {
      await withRetry(() => ops.copyFile(filePath, tmp));
      await withRetry(() => ops.rename(tmp, bak));
    } catch (e) {
      await ops.unlink(tmp).catch(() => undefined);
      throw e;
    }
  }
  await withRetry(() => ops.writeAtomic(filePath, data, opts));
}
