import { basename, dirname, extname } from 'node:path';
import type { Application } from '../../shared/model/schema';
import type { Lang, Localized } from '../../shared/model/labels';
import { formatProblems, loadApplicationValue } from '../../shared/model/load';
import type { DocumentState, HandlerDeps } from './deps';
import { nodeFileOps, type FileOps } from './fileops';
import { LockManager, defaultIdentity, type LockInfo } from './lock';
import { UserDataStore } from './store';
import { failure } from './messages';
import { PathGrants, samePathKey } from './grants';
import type { Failure } from '../../shared/ipc/contract';

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

/** The application as sent by the renderer, checked against the file schema before it is written anywhere. */
export function checkApplication(raw: unknown): { ok: true; app: Application } | { ok: false; failure: Failure } {
  const loaded = loadApplicationValue(raw);
  if (loaded.ok) return { ok: true, app: loaded.application };
  return {
    ok: false,
    failure: failure({
      sv: `Ansökan kunde inte sparas eftersom den innehåller fel:\n${formatProblems(loaded.problems, 'sv')}`,
      en: `The application could not be saved because it contains errors:\n${formatProblems(loaded.problems, 'en')}`,
    }),
  };
}

export function lockedMessage(filePath: string, holder: LockInfo | null, self: { pid: number; host: string }, forSaveAs: boolean): Localized {
  const name = basename(filePath);
  const tail: Localized = forSaveAs
    ? { sv: ' Välj ett annat filnamn.', en: ' Choose another file name.' }
    : {
        sv: ' Den är skrivskyddad här; spara dina ändringar som en ny fil med Spara som….',
        en: ' It is read-only here; save your edits as a new file with Save As….',
      };
  if (holder && holder.host === self.host && holder.pid === self.pid) {
    return { sv: `"${name}" är redan öppen i ett annat fönster.${tail.sv}`, en: `"${name}" is already open in another window.${tail.en}` };
  }
  if (holder) {
    const when = holder.since.slice(0, 16).replace('T', ' ');
    return {
      sv: `"${name}" redigeras av ${holder.user} på datorn ${holder.host} (sedan ${when} UTC).${tail.sv}`,
      en: `"${name}" is being edited by ${holder.user} on the computer ${holder.host} (since ${when} UTC).${tail.en}`,
    };
  }
  return { sv: `"${name}" är öppen i ett annat program eller fönster.${tail.sv}`, en: `"${name}" is open in another program or window.${tail.en}` };
}

export const SIM_FILTERS = (lang: Lang) => [{ name: lang === 'sv' ? 'SIM-ansökan' : 'SIM application', extensions: ['simansokan'] }];
/** Opening also takes a DOCX the app exported: it carries its application. */
export const OPEN_FILTERS = (lang: Lang) => [
  { name: lang === 'sv' ? 'SIM-ansökan eller exporterad ansökan' : 'SIM application or exported application', extensions: ['simansokan', 'docx'] },
  ...SIM_FILTERS(lang),
];

/** A file name that Windows, macOS and shared drives all accept, from a free-text title. */
export function safeFileName(title: string, fallback: string): string {
  const cleaned = title
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '')
    .slice(0, 100)
    .trim();
  if (cleaned === '' || /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(cleaned)) return fallback;
  return cleaned;
}
