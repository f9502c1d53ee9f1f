import { hostname, userInfo } from 'node:os';
import { randomUUID } from 'node:crypto';
import * as z from '../../shared/zod';
import { errorCode, sidecarPath, type FileOps } from './fileops';
import { parseStrictJson } from '../../shared/model/json';
import { takeOver, type Seen } from './lock-takeover';

/**
 * `<name>.simansokan.lock` beside the document says who is editing it, like Word's `~$name.docx`.
 * It is refreshed while held, so a lock left by a crashed process on another computer (a shared drive)
 * goes stale; on this computer a dead pid makes it stale at once.
 */
const LockInfoSchema = z.object({
  app: z.literal('sim-ansokan'),
  owner: z.string(),
  pid: z.number(),
  host: z.string(),
  user: z.string(),
  since: z.string(),
});
export type LockInfo = z.infer<typeof LockInfoSchema>;

/** A lock is a few hundred bytes of JSON; never follow a symlink put in its place. */
const LOCK_LIMITS = { maxBytes: 64 * 1024, noFollow: true };

export const LOCK_REFRESH_MS = 30_000;
/** Well over the refresh interval, so a busy machine or a slow share does not lose its lock. */
export const LOCK_STALE_MS = 5 * 60_000;

export type LockResult = { ok: true } | { ok: false; reason: 'held'; holder: LockInfo | null } | { ok: false; reason: 'unwritable'; code: string };

export type Identity = { pid: number; host: string; user: string };

export function defaultIdentity(): Identity {
  let user = 'okänd';
  try {
    user = userInfo().username;
  } catch {
    // Some locked-down accounts have no passwd entry; the lock still works without a name.
  }
  return { pid: process.pid, host: hostname(), user };
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return errorCode(e) === 'EPERM';
  }
}

export class LockManager {
  /** One owner per window: two windows of one process must not both write a file. */
  readonly owner = randomUUID();
  private readonly held = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly ops: FileOps,
    readonly identity: Identity,
    private readonly clock: () => Date,
  ) {}

  heldPaths(): string[] {
    return [...this.held.keys()];
  }

  holds(filePath: string): boolean {
    return this.held.has(filePath);
  }

  async acquire(filePath: string): Promise<LockResult> {
    if (this.held.has(filePath)) return (await this.stillOurs(filePath)) ? { ok: true } : this.reacquire(filePath);
    return this.tryCreate(filePath, true);
  }

  private async reacquire(filePath: string): Promise<LockResult> {
    this.stopRefresh(filePath);
    return this.tryCreate(filePath, true);
  }

  private async tryCreate(filePath: string, mayBreakStale: boolean): Promise<LockResult> {
    const lockPath = sidecarPath(filePath, 'lock');
    try {
      await this.ops.createExclusive(lockPath, this.lockText());
    } catch (e) {
      const code = errorCode(e) ?? 'UNKNOWN';
      if (code !== 'EEXIST') return { ok: false, reason: 'unwritable', code };
      const holder = await this.readHolder(lockPath);
      if (holder.info?.owner === this.owner) {
        this.startRefresh(filePath);
        return { ok: true };
      }
      if (holder.gone && mayBreakStale) return this.tryCreate(filePath, false);
      if (mayBreakStale && holder.stale && holder.seen) {
        if (await takeOver(this.ops, lockPath, holder.seen, this.owner, this.lockText(), this.clock())) {
          this.startRefresh(filePath);
          return { ok: true };
        }
        // Another process broke it first: name the one holding it now, never the one that died (still there while
        // the other is between its two steps).
        const now = await this.readHolder(lockPath);
        return { ok: false, reason: 'held', holder: now.stale ? null : now.info };
      }
      return { ok: false, reason: 'held', holder: holder.info };
    }
    this.startRefresh(filePath);
    return { ok: true };
  }

  private lockText(): string {
    const info: LockInfo = { app: 'sim-ansokan', owner: this.owner, ...this.identity, since: this.clock().toISOString() };
    return JSON.stringify(info, null, 2) + '\n';
  }

  /** Who holds the lock, and whether it may be broken; `seen` is exactly what was judged, for the takeover. */
  private async readHolder(lockPath: string): Promise<{ info: LockInfo | null; stale: boolean; gone: boolean; seen: Seen | null }> {
    let seen: Seen;
    try {
      seen = await this.ops.readRegular(lockPath, LOCK_LIMITS);
    } catch (e) {
      // Gone between our create and our read: free again.
      if (errorCode(e) === 'ENOENT') return { info: null, stale: false, gone: true, seen: null };
      // A folder, a FIFO, a device or a symlink in its place is no lock of ours: never broken, never read.
      return { info: null, stale: false, gone: false, seen: null };
    }
    let info: LockInfo | null = null;
    try {
      const parsed = LockInfoSchema.safeParse(parseStrictJson(new TextDecoder().decode(seen.bytes)));
      if (parsed.success) info = parsed.data;
    } catch {
      // Not JSON: a lock still being written, or damaged; its age decides below.
    }
    const age = this.clock().getTime() - seen.stats.mtimeMs;
    if (age > LOCK_STALE_MS) return { info, stale: true, gone: false, seen };
    // A lock still being written is not stale: give its writer a few seconds.
    if (!info) return { info, stale: age > 10_000, gone: false, seen };
    const stale = info.host === this.identity.host && info.pid !== this.identity.pid && !pidAlive(info.pid);
    return { info, stale, gone: false, seen };
  }

  private async stillOurs(filePath: string): Promise<boolean> {
    try {
      const text = new TextDecoder().decode(await this.ops.readFile(sidecarPath(filePath, 'lock'), LOCK_LIMITS));
      return LockInfoSchema.safeParse(parseStrictJson(text)).data?.owner === this.owner;
    } catch {
      return false;
    }
  }

  private startRefresh(filePath: string): void {
    this.stopRefresh(filePath);
    const timer = setInterval(() => {
      void this.ops.touch(sidecarPath(filePath, 'lock'), this.clock()).catch(() => undefined);
    }, LOCK_REFRESH_MS);
    timer.unref();
    this.held.set(filePath, timer);
  }

  private stopRefresh(filePath: string): void {
    const timer = this.held.get(filePath);
    if (timer) clearInterval(timer);
    this.held.delete(filePath);
  }

  async release(filePath: string): Promise<void> {
    if (!this.held.has(filePath)) return;
    this.stopRefresh(filePath);
    // Only remove the lock if it is still ours: someone may have broken a stale one and taken over.
    if (await this.stillOurs(filePath)) await this.ops.unlink(sidecarPath(filePath, 'lock')).catch(() => undefined);
  }

  async releaseAll(): Promise<void> {
    await Promise.all([...this.held.keys()].map((p) => this.release(p)));
  }
}
