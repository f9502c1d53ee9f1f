import { join } from 'node:path';
import * as z from '../../shared/zod';
import { parseStrictJson, stableStringify } from '../../shared/model/json';
import { formatProblems, loadApplicationValue } from '../../shared/model/load';
import type { DraftInfo, RequestOf, ResponseMap } from '../../shared/ipc/contract';
import type { Application } from '../../shared/model/schema';
import { atomicReplace, errorCode } from './fileops';
import { failure, notGrantedMessage, writeErrorMessage } from './messages';
import { messageText } from './message-strings';
import { inBoth } from '../localized';
import { MAX_FILE_BYTES } from '../../shared/model/limits';
import type { Session } from './window-session';
import { checkApplication } from './check-application';

/**
 * Recovery copies: `<userData>/recovery/<draftId>.json`, written about a second after the last edit.
 * They hold the application as the renderer had it, so after a crash nothing typed is lost.
 */
const RecoveryFileSchema = z.object({
  format: z.literal('sim-ansokan-recovery'),
  draftId: z.uuid(),
  title: z.string().max(300),
  savedAt: z.string().max(40),
  filePath: z.string().max(4096).nullable(),
  application: z.unknown(),
});
type RecoveryFile = z.infer<typeof RecoveryFileSchema>;

/** A copy wraps one application (itself capped) in a few fields; a symlink in the app's own folder is never followed. */
const RECOVERY_LIMITS = { maxBytes: MAX_FILE_BYTES + 64 * 1024, noFollow: true };

const UUID_FILE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.json$/i;

export const recoveryDir = (s: Session) => join(s.deps.userDataDir, 'recovery');

/**
 * Writes and discards of one draft run one after another, in the order they were asked for, like VS Code's
 * backup tracker: a write still in flight when its copy is discarded lands first and is then removed, never
 * after. A write that has not started when a discard arrives is cancelled (its generation is over).
 */
type DraftQueue = { tail: Promise<unknown>; generation: number };
const queues = new WeakMap<Session, Map<string, DraftQueue>>();

function queueFor(s: Session, draftId: string): DraftQueue {
  let byDraft = queues.get(s);
  if (!byDraft) queues.set(s, (byDraft = new Map()));
  let q = byDraft.get(draftId);
  if (!q) byDraft.set(draftId, (q = { tail: Promise.resolve(), generation: 0 }));
  return q;
}

function enqueue<T>(q: DraftQueue, work: () => Promise<T>): Promise<T> {
  const run = q.tail.then(work, work);
  q.tail = run.catch(() => undefined);
  return run;
}
const recoveryPath = (s: Session, draftId: string) => join(recoveryDir(s), `${draftId.toLowerCase()}.json`);

export async function writeRecovery(s: Session, req: RequestOf<'recovery:write'>): Promise<ResponseMap['recovery:write']> {
  const checked = checkApplication(req.application);
  if (!checked.ok) return checked.failure;
  // The copy remembers which file it belongs to; restoring it grants that path, so it must be one main handed out.
  if (req.filePath !== null && !(await s.mayWrite(req.filePath))) return failure(notGrantedMessage(req.filePath));
  const q = queueFor(s, req.draftId.toLowerCase());
  const generation = q.generation;
  return enqueue(q, async () => {
    // Discarded after this write was asked for: the person no longer wants the copy.
    if (q.generation !== generation) return { status: 'written' } as const;
    return writeNow(s, req, checked.app);
  });
}

async function writeNow(s: Session, req: RequestOf<'recovery:write'>, app: Application): Promise<ResponseMap['recovery:write']> {
  s.liveDrafts.add(req.draftId.toLowerCase());
  s.ownDrafts.add(req.draftId.toLowerCase());
  const file: RecoveryFile = {
    format: 'sim-ansokan-recovery',
    draftId: req.draftId.toLowerCase(),
    title: app.project.title,
    savedAt: s.clock().toISOString(),
    filePath: req.filePath,
    application: app,
  };
  const path = recoveryPath(s, req.draftId);
  try {
    await s.ops.mkdir(recoveryDir(s));
    await atomicReplace(s.ops, path, stableStringify(file), false, { noFollow: true });
    return { status: 'written' };
  } catch (e) {
    s.deps.log?.('recovery write failed', e);
    return failure(writeErrorMessage(e, path, 'recovery'));
  }
}

async function readRecovery(s: Session, name: string): Promise<RecoveryFile | null> {
  try {
    const text = new TextDecoder().decode(await s.ops.readFile(join(recoveryDir(s), name), RECOVERY_LIMITS));
    const parsed = RecoveryFileSchema.safeParse(parseStrictJson(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function listRecovery(s: Session): Promise<ResponseMap['recovery:list']> {
  let names: string[];
  try {
    names = (await s.ops.readdir(recoveryDir(s))).filter((n) => UUID_FILE.test(n));
  } catch {
    return { drafts: [] };
  }
  const files = await Promise.all(names.map((n) => readRecovery(s, n)));
  const drafts: DraftInfo[] = files
    // A draft still open in another window of this app is not lost: it is not offered.
    .filter((f): f is RecoveryFile => f !== null && !s.liveDrafts.has(f.draftId))
    .map((f) => ({ draftId: f.draftId, title: f.title, savedAt: f.savedAt, filePath: f.filePath }))
    .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  return { drafts };
}

export async function restoreRecovery(s: Session, req: RequestOf<'recovery:restore'>): Promise<ResponseMap['recovery:restore']> {
  const file = await readRecovery(s, `${req.draftId.toLowerCase()}.json`);
  if (!file) {
    return failure(inBoth((l) => messageText.t(l, 'recovery.gone')));
  }
  const loaded = loadApplicationValue(file.application);
  if (!loaded.ok) {
    return failure(inBoth((l) => messageText.t(l, 'recovery.unreadable', { problems: formatProblems(loaded.problems, l) })));
  }
  s.liveDrafts.add(file.draftId);
  s.ownDrafts.add(file.draftId);
  // Main wrote this copy itself, with a path it had handed out then: the recovered document may be saved there.
  if (file.filePath !== null) s.grants.grantWrite(file.filePath);
  return { status: 'restored', application: loaded.application, filePath: file.filePath };
}

export async function discardRecovery(s: Session, req: RequestOf<'recovery:discard'>): Promise<ResponseMap['recovery:discard']> {
  const id = req.draftId.toLowerCase();
  const q = queueFor(s, id);
  q.generation++;
  return enqueue(q, async () => {
    s.liveDrafts.delete(id);
    s.ownDrafts.delete(id);
    await s.ops.unlink(recoveryPath(s, id)).catch((e) => {
      if (errorCode(e) !== 'ENOENT') s.deps.log?.('recovery discard failed', e);
    });
    return { status: 'discarded' } as const;
  });
}
