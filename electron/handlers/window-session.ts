import { basename, dirname, extname } from 'node:path';
import type { Application } from '../../shared/model/schema';
import type { Lang } from '../../shared/i18n/catalog';
import type { DocumentState, HandlerDeps } from './deps';
import { nodeFileOps, type FileOps } from './fileops';
import { LockManager, defaultIdentity } from './lock';
import { UserDataStore } from './store';
import { PathGrants, samePathKey } from './grants';

/** What one window's handlers share: its locks, the files it wrote, the app's data folder. */
export class Session {
  readonly ops: FileOps;
  readonly locks: LockManager;
  readonly store: UserDataStore;
  readonly clock: () => Date;
  readonly liveDrafts: Set<string>;
  /** mtime of each file as this window last wrote it: a file we wrote ourselves is no conflict. */
  readonly lastWritten = new Map<string, number>();
  /** Recovery copies this window wrote or restored: discarded when the window closes on purpose. */
  readonly ownDrafts = new Set<string>();
  /** The folder of the last file opened or saved: the next dialog starts there. */
  lastDir: string | null = null;
  documentState: DocumentState | null = null;
  /** The paths main handed to this window; no other path from a request is read or written. */
  readonly grants = new PathGrants();

  constructor(readonly deps: HandlerDeps) {
    this.ops = deps.fileOps ?? nodeFileOps;
    this.clock = deps.clock ?? (() => new Date());
    this.locks = new LockManager(this.ops, deps.lockIdentity ?? defaultIdentity(), this.clock);
    this.store = deps.store ?? new UserDataStore(this.ops, deps.userDataDir, deps.defaultLanguage ?? 'sv');
    this.liveDrafts = deps.liveDrafts ?? new Set();
  }

  async lang(): Promise<Lang> {
    return (await this.store.settings()).language;
  }

  dialogDir(): string {
    return this.lastDir ?? this.deps.documentsDir;
  }

  /** A window edits one document: once it has another, its locks on the others go. */
  async keepOnlyLock(filePath: string): Promise<void> {
    const others = this.locks.heldPaths().filter((p) => p !== filePath);
    await Promise.all(others.map((p) => this.locks.release(p)));
  }

  async remember(filePath: string, app: Application): Promise<void> {
    this.lastDir = dirname(filePath);
    this.deps.addRecentDocument?.(filePath);
    await this.store
      .addRecent({ path: filePath, title: app.project.title || basename(filePath, extname(filePath)), openedAt: this.clock().toISOString() })
      .catch((e) => this.deps.log?.('recent files list not written', e));
  }

  /** A path the renderer asks to open: handed to this window, or on the recent list main itself keeps. */
  async mayOpen(path: string): Promise<boolean> {
    return this.grants.mayRead(path) || (await this.onRecentList(path));
  }

  /** A path the renderer asks to write (or name as its document): one of this window's documents, or a recent one. */
  async mayWrite(path: string): Promise<boolean> {
    return this.grants.mayWrite(path) || (await this.onRecentList(path));
  }

  private async onRecentList(path: string): Promise<boolean> {
    // The recent list holds only application files main opened or saved itself.
    const listed = (await this.store.recent()).some((f) => samePathKey(f.path, path));
    if (listed) this.grants.grantWrite(path);
    return listed;
  }

  async dispose(): Promise<void> {
    await this.locks.releaseAll();
  }
}
