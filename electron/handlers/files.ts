import { basename, extname, join } from 'node:path';
import { serializeApplication } from '../../shared/model/load';
import { openBytes } from './open-bytes';
import type { Application } from '../../shared/model/schema';
import type { Localized } from '../../shared/model/labels';
import type { OpenedFile, RequestOf, ResponseMap } from '../../shared/ipc/contract';
import { atomicReplace, exists, withRetry } from './fileops';
import { failure, notGrantedMessage, openFailedMessage, readErrorMessage, writeErrorMessage } from './messages';
import { messageText } from './message-strings';
import { dialogText } from './dialog-strings';
import { inBoth } from '../localized';
import { removeLeftovers } from './leftovers';
import { DOCUMENT_LIMITS } from '../regular-file';
import type { Session } from './window-session';
import { checkApplication } from './check-application';
import { OPEN_FILTERS, SIM_FILTERS, safeFileName } from './file-names';
import { lockedMessage } from './messages';

type Saved = { status: 'saved'; path: string; mtimeMs: number; savedAt: string };

export async function openFile(s: Session, req: RequestOf<'file:open'>): Promise<ResponseMap['file:open']> {
  if (req.path !== undefined) {
    if (!(await s.mayOpen(req.path))) return failure(notGrantedMessage(req.path));
    return readApplicationFile(s, req.path);
  }
  const lang = await s.lang();
  const path = await s.deps.dialogs.showOpen({ title: dialogText.t(lang, 'open.title'), filters: OPEN_FILTERS(lang), defaultPath: s.dialogDir() });
  if (!path) return { status: 'cancelled' };
  s.grants.grantRead(path);
  return readApplicationFile(s, path);
}

type ReadBytes = { ok: true; bytes: Uint8Array; mtimeMs: number } | { ok: false; failure: ReturnType<typeof failure> };

/**
 * Checked on the open handle before a byte is read: a folder, a FIFO, a device or a file over the cap is refused
 * with a sentence (and never blocks main). The file is never written.
 */
export async function readFileForOpening(s: Session, path: string): Promise<ReadBytes> {
  try {
    const { bytes, stats } = await withRetry(() => s.ops.readRegular(path, DOCUMENT_LIMITS));
    return { ok: true, bytes, mtimeMs: stats.mtimeMs };
  } catch (e) {
    return { ok: false, failure: failure(readErrorMessage(e, path)) };
  }
}

export async function readApplicationFile(s: Session, path: string): Promise<ResponseMap['file:open']> {
  const name = basename(path);
  const read = await readFileForOpening(s, path);
  if (!read.ok) return read.failure;
  const { mtimeMs } = read;
  // An application file, or a DOCX the app exported, which carries its application.
  const loaded = await openBytes(s, read.bytes);
  if (!loaded.ok) {
    return failure(openFailedMessage(name, loaded.message));
  }
  if (loaded.fromDocx) {
    // Restored from a document: edited as a new, unsaved application; the DOCX itself is never written.
    return { status: 'restored', application: loaded.application, sourcePath: path, notice: loaded.notice };
  }
  // Opened as an application: from now on this window may save it (a DOCX it restored from stays read-only).
  s.grants.grantWrite(path);
  const lock = await s.locks.acquire(path);
  let readOnlyReason: Localized | undefined;
  if (!lock.ok) {
    readOnlyReason =
      lock.reason === 'held'
        ? lockedMessage(path, lock.holder, s.locks.identity, false)
        : inBoth((l) => messageText.t(l, 'folderReadOnly', { name }));
  }
  // The window now shows this file: whatever it held before is released, even if this one opened read-only.
  await s.keepOnlyLock(path);
  if (lock.ok) await removeLeftovers(s.ops, path, s.clock(), s.deps.log);
  await s.remember(path, loaded.application);
  const file: OpenedFile = {
    path,
    application: loaded.application,
    mtimeMs,
    readOnly: !lock.ok,
    migratedFrom: loaded.migratedFrom,
    ...(readOnlyReason ? { readOnlyReason } : {}),
  };
  return { status: 'opened', file };
}

export async function saveFile(s: Session, req: RequestOf<'file:save'>): Promise<ResponseMap['file:save']> {
  const checked = checkApplication(req.application);
  if (!checked.ok) return checked.failure;
  // Before the lock or anything else touches the disk: only a document main handed to this window is written.
  if (!(await s.mayWrite(req.path))) return failure(notGrantedMessage(req.path));
  const name = basename(req.path);
  const lock = await s.locks.acquire(req.path);
  if (!lock.ok && lock.reason === 'held') {
    return { status: 'readOnly', message: lockedMessage(req.path, lock.holder, s.locks.identity, false) };
  }
  try {
    const st = await exists(s.ops, req.path);
    if (st && !req.force && st.mtimeMs !== req.expectedMtimeMs && st.mtimeMs !== s.lastWritten.get(req.path)) {
      return {
        status: 'conflict',
        message: inBoth((l) => messageText.t(l, 'conflict', { name })),
      };
    }
  } catch (e) {
    return failure(writeErrorMessage(e, req.path, 'save'));
  }
  return write(s, req.path, checked.app);
}

async function write(s: Session, path: string, app: Application): Promise<Saved | ReturnType<typeof failure>> {
  try {
    await atomicReplace(s.ops, path, serializeApplication(app), true);
    const mtimeMs = (await s.ops.stat(path)).mtimeMs;
    s.lastWritten.set(path, mtimeMs);
    await s.remember(path, app);
    return { status: 'saved', path, mtimeMs, savedAt: s.clock().toISOString() };
  } catch (e) {
    s.deps.log?.(`save of ${path} failed`, e);
    return failure(writeErrorMessage(e, path, 'save'));
  }
}

export async function saveFileAs(s: Session, req: RequestOf<'file:saveAs'>): Promise<ResponseMap['file:saveAs']> {
  const checked = checkApplication(req.application);
  if (!checked.ok) return checked.failure;
  const lang = await s.lang();
  const t = dialogText.in(lang);
  const name = safeFileName(req.suggestedName ?? checked.app.project.title, t('saveAs.defaultName'));
  let path = await s.deps.dialogs.showSave({
    title: t('saveAs.title'),
    defaultPath: join(s.dialogDir(), `${name}.simansokan`),
    filters: SIM_FILTERS(lang),
  });
  if (!path) return { status: 'cancelled' };
  // The dialog asked about overwriting the name it returned, not one we extend: ask again for that one.
  if (extname(path).toLowerCase() !== '.simansokan') {
    path = `${path}.simansokan`;
    if (await exists(s.ops, path).catch(() => null)) {
      const choice = await s.deps.dialogs.showMessage({
        type: 'question',
        message: t('replace.question', { name: basename(path) }),
        buttons: [t('replace.replace'), t('replace.cancel')],
        defaultId: 1,
        cancelId: 1,
      });
      if (choice !== 0) return { status: 'cancelled' };
    }
  }
  s.grants.grantWrite(path);
  const hadLock = s.locks.holds(path);
  const lock = await s.locks.acquire(path);
  if (!lock.ok && lock.reason === 'held') {
    return failure(lockedMessage(path, lock.holder, s.locks.identity, true));
  }
  const saved = await write(s, path, checked.app);
  if (saved.status === 'saved') await s.keepOnlyLock(path);
  else if (!hadLock) await s.locks.release(path);
  return saved;
}

export async function closeFile(s: Session, req: RequestOf<'file:close'>): Promise<ResponseMap['file:close']> {
  await s.locks.release(req.path);
  s.lastWritten.delete(req.path);
  return { status: 'closed' };
}

export async function recentFiles(s: Session): Promise<ResponseMap['file:recent']> {
  const files = await s.store.recent();
  // A file moved or deleted since is not offered: opening it could only fail.
  const present = await Promise.all(files.map((f) => exists(s.ops, f.path).then((st) => st?.isFile() ?? false, () => false)));
  return { files: files.filter((_, i) => present[i]) };
}
