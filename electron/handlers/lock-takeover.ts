import { createHash } from 'node:crypto';
import type { Stats } from 'node:fs';
import { errorCode, type FileOps } from './fileops';

/** A lock file as it was read and judged stale: its bytes and the stats of the handle they came from. */
export type Seen = { bytes: Uint8Array; stats: Stats };

/** A breaker that died between its two steps leaves its marker; after this long the marker no longer blocks. */
const MARKER_STALE_MS = 5 * 60_000;

/**
 * Breaks a stale lock so that of any number of processes breaking it at once, exactly one ends up holding it.
 * Deleting it and creating a new one is not enough: a second breaker can delete the first one's fresh lock.
 *
 * Every process that judged the same lock stale derives the same marker name from what it saw, and `link()`
 * gives that name to exactly one of them (the others get EEXIST and stay read-only). The winner checks that the
 * file it linked is still the one it judged (a slow process may arrive after the lock was already replaced),
 * then renames its own complete lock over the stale one: the lock path is never empty, so nobody can create a
 * lock in between, and nobody else can be replacing this generation.
 *
 * File systems without hard links (FAT on a USB stick, some network shares) fall back to the same marker created
 * exclusively, one breaker at a time, and a rename of the stale lock to a name of our own once it is checked to be
 * the generation judged (see renameTakeover).
 */
export async function takeOver(ops: FileOps, lockPath: string, seen: Seen, owner: string, text: string, now: Date): Promise<boolean> {
  const key = createHash('sha256')
    .update(`${seen.stats.dev}:${seen.stats.ino}:${seen.stats.size}:${seen.stats.mtimeMs}\n`)
    .update(seen.bytes)
    .digest('hex')
    .slice(0, 24);
  const marker = `${lockPath}.${key}.breaking`;
  const mine = `${lockPath}.${owner}.new`;
  try {
    await ops.createExclusive(mine, text);
  } catch {
    return false;
  }
  try {
    try {
      await ops.link(lockPath, marker);
    } catch (e) {
      const code = errorCode(e);
      if (code === 'EEXIST') {
        await removeDeadMarker(ops, marker, now);
        return false;
      }
      if (code === 'ENOENT') return false;
      return await renameTakeover(ops, lockPath, seen, owner, mine, marker, now);
    }
    try {
      if (!(await isSame(ops, marker, seen))) return false;
      await ops.rename(mine, lockPath);
      return true;
    } catch {
      // Windows refuses to replace a file another program holds open: the lock stays as it was.
      return false;
    } finally {
      await ops.unlink(marker).catch(() => undefined);
    }
  } finally {
    await ops.unlink(mine).catch(() => undefined);
  }
}

/**
 * Without hard links, the marker is created exclusively instead: of the breakers that judged this generation stale,
 * one at a time goes on, and none of them ever moves a lock that is not that generation. Without it a late breaker
 * could move the winner's fresh lock aside to look at it, and in that moment a third process finds the path free.
 */
async function renameTakeover(ops: FileOps, lockPath: string, seen: Seen, owner: string, mine: string, marker: string, now: Date): Promise<boolean> {
  try {
    await ops.createExclusive(marker, owner);
  } catch (e) {
    if (errorCode(e) === 'EEXIST') await removeDeadMarker(ops, marker, now);
    return false;
  }
  try {
    // Still the generation judged stale? A breaker before us (the marker was theirs then) may have replaced it.
    if (!(await isSame(ops, lockPath, seen))) return false;
    const aside = `${lockPath}.${owner}.broken`;
    try {
      await ops.rename(lockPath, aside);
    } catch {
      return false;
    }
    if (!(await isSame(ops, aside, seen))) {
      // Replaced between our look and our rename (its owner let it go and another took it): put it back.
      const back = await ops.readFile(aside, { maxBytes: 64 * 1024, noFollow: true }).catch(() => null);
      if (back) await ops.createExclusive(lockPath, new TextDecoder().decode(back)).catch(() => undefined);
      await ops.unlink(aside).catch(() => undefined);
      return false;
    }
    await ops.unlink(aside).catch(() => undefined);
    try {
      // Exclusive: a process that found the path empty in this moment may have created its lock first.
      await ops.createExclusive(lockPath, new TextDecoder().decode(await ops.readFile(mine, { maxBytes: 64 * 1024, noFollow: true })));
      return true;
    } catch {
      return false;
    }
  } finally {
    await ops.unlink(marker).catch(() => undefined);
  }
}

/** The same file as was judged: same bytes, and the same inode where the file system has them. */
async function isSame(ops: FileOps, path: string, seen: Seen): Promise<boolean> {
  try {
    const now = await ops.readRegular(path, { maxBytes: 64 * 1024, noFollow: true });
    if (seen.stats.ino !== 0 && now.stats.ino !== 0 && (now.stats.ino !== seen.stats.ino || now.stats.dev !== seen.stats.dev)) return false;
    return Buffer.from(now.bytes).equals(Buffer.from(seen.bytes));
  } catch {
    return false;
  }
}

async function removeDeadMarker(ops: FileOps, marker: string, now: Date): Promise<void> {
  try {
    // link() leaves mtime alone but sets ctime: ctime says when the breaker started.
    const st = await ops.stat(marker);
    if (now.getTime() - st.ctimeMs > MARKER_STALE_MS) await ops.unlink(marker);
  } catch {
    // Gone already: the breaker finished.
  }
}
