import { join } from 'node:path';
import * as z from '../../shared/zod';
import { parseStrictJson } from '../../shared/model/json';
import { atomicReplace, type FileOps } from './fileops';
import type { RecentFile, Settings } from '../../shared/ipc/contract';
import type { Lang } from '../../shared/i18n/catalog';

/** Settings and the recent list are a few kilobytes; a FIFO, a device, a symlink or a huge file reads as the default. */
const SMALL_FILE_LIMITS = { maxBytes: 1024 * 1024, noFollow: true };

/** Small JSON files in the app's data folder. A missing or damaged one reads as its default. */
async function readJson<T>(ops: FileOps, path: string, schema: z.ZodType<T>, fallback: T): Promise<T> {
  try {
    const parsed = schema.safeParse(parseStrictJson(new TextDecoder().decode(await ops.readFile(path, SMALL_FILE_LIMITS))));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

async function writeJson(ops: FileOps, dir: string, path: string, value: unknown): Promise<void> {
  await ops.mkdir(dir);
  await atomicReplace(ops, path, JSON.stringify(value, null, 2) + '\n', false, { noFollow: true });
}

export const MAX_RECENT = 10;

const RecentSchema = z.object({
  files: z
    .array(z.object({ path: z.string().max(4096), title: z.string().max(300), openedAt: z.string().max(40) }))
    .max(100),
});

// Fields added later default, so an older settings file keeps its language.
const SettingsSchema = z.object({
  language: z.enum(['sv', 'en']),
  userName: z.string().max(200).default(''),
  actingFor: z.record(z.string().max(64), z.string().max(64)).default({}),
});
/** The acting party is remembered for this many applications, the most recent ones. */
export const MAX_ACTING_FOR = 200;

/**
 * One per app, shared by every window (a window with its own copy would write back a language changed in
 * another). Writes of the recent list are queued so two windows saving at once do not lose an entry.
 */
export class UserDataStore {
  private settingsCache: Settings | null = null;
  private recentWrites: Promise<void> = Promise.resolve();
  /** Called after the recent list has been written, so a menu built from it is never one file behind. */
  onRecentChanged?: () => void;

  constructor(
    private readonly ops: FileOps,
    private readonly dir: string,
    private readonly defaultLanguage: Lang,
  ) {}

  private get recentPath() {
    return join(this.dir, 'recent.json');
  }
  private get settingsPath() {
    return join(this.dir, 'settings.json');
  }

  async recent(): Promise<RecentFile[]> {
    return (await readJson(this.ops, this.recentPath, RecentSchema, { files: [] })).files;
  }

  addRecent(entry: RecentFile): Promise<void> {
    const write = this.recentWrites.then(async () => {
      const files = [entry, ...(await this.recent()).filter((f) => f.path !== entry.path)].slice(0, MAX_RECENT);
      await writeJson(this.ops, this.dir, this.recentPath, { files });
      this.onRecentChanged?.();
    });
    this.recentWrites = write.catch(() => undefined);
    return write;
  }

  async settings(): Promise<Settings> {
    this.settingsCache ??= await readJson(this.ops, this.settingsPath, SettingsSchema, { language: this.defaultLanguage, userName: '', actingFor: {} });
    return this.settingsCache;
  }

  /** Kept in memory even if the disk write fails, so the running app still honours the choice. */
  async setSettings(patch: Partial<Settings>): Promise<{ settings: Settings; written: boolean }> {
    const settings = { ...(await this.settings()), ...patch };
    this.settingsCache = settings;
    try {
      await writeJson(this.ops, this.dir, this.settingsPath, settings);
      return { settings, written: true };
    } catch {
      return { settings, written: false };
    }
  }
}
