import { constants, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { MAX_FILE_BYTES } from '../shared/model/limits';

/**
 * Every file main or the CLI reads goes through here: the document, the partner's copy, the lock file, the
 * settings, the recent list and the recovery copies. A FIFO would block a plain read forever and /dev/zero
 * never ends, so the file is opened once (non-blocking, so opening a FIFO returns at once), the open handle is
 * checked (a regular file, not over the cap) and the bytes come from that same handle: nothing can be swapped
 * in between the check and the read.
 */
export type ReadLimits = {
  /** Refused above this many bytes, before a byte is read (and again if the file grows while it is read). */
  maxBytes: number;
  /** Refuse a symbolic link instead of following it: for the app's own files, which it never links. */
  noFollow?: boolean;
};

export const DOCUMENT_LIMITS: ReadLimits = { maxBytes: MAX_FILE_BYTES };

/** `code` is what `errorCode()` reads: EISDIR for a folder, ENOTREG for anything else that is not a file. */
export class FileKindError extends Error {
  constructor(
    readonly code: 'EISDIR' | 'ENOTREG' | 'EFBIG',
    /** For EFBIG: the size found (at least the cap plus one). */
    readonly size = 0,
  ) {
    super(code === 'EFBIG' ? `file too large (${size} bytes)` : code === 'EISDIR' ? 'is a directory' : 'not a regular file');
  }
}

// Absent on Windows, where neither a FIFO nor a symlink can be named like a document the same way.
const NONBLOCK = constants.O_NONBLOCK ?? 0;
const NOFOLLOW = constants.O_NOFOLLOW ?? 0;

/** Opens `path` for reading and checks the handle: a regular file within the cap, or a FileKindError. */
export async function openRegular(path: string, limits: ReadLimits): Promise<{ handle: FileHandle; stats: Stats }> {
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY | NONBLOCK | (limits.noFollow ? NOFOLLOW : 0));
  } catch (e) {
    const code = (e as { code?: string }).code;
    // ELOOP: a symlink refused by O_NOFOLLOW. ENXIO: a socket, or a FIFO opened for writing.
    if (code === 'ELOOP' || code === 'ENXIO') throw new FileKindError('ENOTREG');
    throw e;
  }
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw new FileKindError('EISDIR');
    if (!stats.isFile()) throw new FileKindError('ENOTREG');
    if (stats.size > limits.maxBytes) throw new FileKindError('EFBIG', stats.size);
    return { handle, stats };
  } catch (e) {
    await handle.close().catch(() => undefined);
    throw e;
  }
}

const CHUNK = 1024 * 1024;

/** The whole file, read from the handle that was checked. */
export async function readRegularFile(path: string, limits: ReadLimits): Promise<{ bytes: Uint8Array; stats: Stats }> {
  const { handle, stats } = await openRegular(path, limits);
  try {
    // One byte more than fstat said, to notice a file that grew; growth past the cap is refused too.
    let buf = Buffer.allocUnsafe(Math.min(stats.size, limits.maxBytes) + 1);
    let total = 0;
    for (;;) {
      if (total === buf.length) {
        if (total > limits.maxBytes) throw new FileKindError('EFBIG', total);
        const bigger = Buffer.allocUnsafe(Math.min(buf.length + CHUNK, limits.maxBytes + 1));
        buf.copy(bigger, 0, 0, total);
        buf = bigger;
      }
      const { bytesRead } = await handle.read(buf, total, buf.length - total, total);
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    if (total > limits.maxBytes) throw new FileKindError('EFBIG', total);
    return { bytes: buf.subarray(0, total), stats };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * Copies a regular file (the backup before a save) from one checked handle: never a FIFO or a device, and never
 * more than the size fstat reported, so a file that keeps growing cannot make the copy endless.
 */
export async function copyRegularFile(from: string, to: string): Promise<void> {
  const { handle: src, stats } = await openRegular(from, { maxBytes: Number.MAX_SAFE_INTEGER });
  try {
    const dst = await open(to, 'wx', stats.mode & 0o777);
    try {
      const buf = Buffer.allocUnsafe(Math.min(CHUNK, Math.max(stats.size, 1)));
      let pos = 0;
      while (pos < stats.size) {
        const { bytesRead } = await src.read(buf, 0, Math.min(buf.length, stats.size - pos), pos);
        if (bytesRead === 0) break;
        for (let done = 0; done < bytesRead; ) done += (await dst.write(buf, done, bytesRead - done)).bytesWritten;
        pos += bytesRead;
      }
      await dst.sync();
    } finally {
      await dst.close();
    }
  } finally {
    await src.close().catch(() => undefined);
  }
}
