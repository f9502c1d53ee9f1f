import { basename, dirname, extname, join } from 'node:path';
import { MAX_FILE_BYTES } from '../../shared/model/limits';
import { serializeApplication } from '../../shared/model/load';
import { openBytes } from './open-bytes';
import type { Application } from '../../shared/model/schema';
import type { Localized } from '../../shared/model/labels';
import type { OpenedFile, RequestOf, ResponseMap } from '../../shared/ipc/contract';
import { atomicReplace, exists, withRetry } from './fileops';
import { failure, readErrorMessage, writeErrorMessage } from './messages';
import { OPEN_FILTERS, SIM_FILTERS, checkApplication, lockedMessage, safeFileName, type Session } from './session';

type Saved = { status: 'saved'; path: string; mtimeMs: number; savedAt: string };

export async function openFile(s: Session, req: RequestOf<'file:open'>): Promise<ResponseMap['file:open']> {
  const lang = await s.lang();
  const path =
    req.path ??
    (await s.deps.dialogs.showOpen({ title: lang === 'sv' ? 'Öppna ansökan' : 'Open application', filters: OPEN_FILTERS(lang), defaultPath: s.dialogDir() }));
  if (!path) return { status: 'cancelled' };
  return readApplicationFile(s, path);
}

type ReadBytes = { ok: true; bytes: Uint8Array; mtimeMs: number } | { ok: false; failure: ReturnType<typeof failure> };

/** stat before reading: a huge file (or a device) is refused without reading a byte. The file is never written. */
export async function readFileForOpening(s: Session, path: string): Promise<ReadBytes> {
  const name = basename(path);
  try {
    const st = await s.ops.stat(path);
    if (st.isDirectory()) return { ok: false, failure: failure({ sv: `"${name}" är en mapp, inte en ansökan.`, en: `"${name}" is a folder, not an application.` }) };
    if (!st.isFile()) return { ok: false, failure: failure({ sv: `"${name}" är inte en vanlig fil.`, en: `"${name}" is not a regular file.` }) };
    if (st.size > MAX_FILE_BYTES) {
      const mb = (n: number) => Math.round(n / (1024 * 1024));
      return {
        ok: false,
        failure: failure({
          sv: `"${name}" kunde inte öppnas.\nFilen är för stor (${mb(st.size)} MB). En ansökan får vara högst ${mb(MAX_FILE_BYTES)} MB.`,
          en: `"${name}" could not be opened.\nThe file is too large (${mb(st.size)} MB). An application may be at most ${mb(MAX_FILE_BYTES)} MB.`,
        }),
      };
    }
    return { ok: true, bytes: await withRetry(() => s.ops.readFile(path)), mtimeMs: st.mtimeMs };
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
    return failure({ sv: `"${name}" kunde inte öppnas.\n${loaded.message.sv}`, en: `"${name}" could not be opened.\n${loaded.message.en}` });
  }
  if (loaded.fromDocx) {
    // Restored from a document: edited as a new, unsaved application; the DOCX itself is never written.
    return { status: 'restored', application: loaded.application, sourcePath: path, notice: loaded.notice };
  }
  const lock = await s.locks.acquire(path);
  let readOnlyReason: Localized | undefined;
  if (!lock.ok) {
    readOnlyReason =
      lock.reason === 'held'
        ? lockedMessage(path, lock.holder, s.locks.identity, false)
        : {
            sv: `"${name}" ligger i en mapp där du inte kan skriva. Den öppnas skrivskyddad; spara dina ändringar som en ny fil med Spara som….`,
            en: `"${name}" is in a folder you cannot write to. It opens read-only; save your edits as a new file with Save As….`,
          };
  }
  // The window now shows this file: whatever it held before is released, even if this one opened read-only.
  await s.keepOnlyLock(path);
  if (lock.ok) await removeLeftovers(s, path);
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
        message: {
          sv: `"${name}" har ändrats på disken sedan du öppnade den, kanske av någon annan. Välj om du vill läsa in den nya versionen, skriva över den med dina ändringar eller spara dina ändringar som en ny fil.`,
          en: `"${name}" has changed on disk since you opened it, perhaps by someone else. Choose whether to reload the new version, overwrite it with your edits, or save your edits as a new file.`,
        },
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
  const fallback = lang === 'sv' ? 'Ny ansökan' : 'New application';
  const name = safeFileName(req.suggestedName ?? checked.app.project.title, fallback);
  let path = await s.deps.dialogs.showSave({
    title: lang === 'sv' ? 'Spara ansökan som' : 'Save application as',
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
        message: lang === 'sv' ? `"${basename(path)}" finns redan. Vill du ersätta den?` : `"${basename(path)}" already exists. Do you want to replace it?`,
        buttons: lang === 'sv' ? ['Ersätt', 'Avbryt'] : ['Replace', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
      });
      if (choice !== 0) return { status: 'cancelled' };
    }
  }
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

/** Temporary files a killed save leaves beside the document: write-file-atomic's `<name>.<n>` and our backup's. */
const LEFTOVER_AGE_MS = 60_000;

async function removeLeftovers(s: Session, path: string): Promise<void> {
  // Only while holding the lock: no other instance can be writing these right now.
  const base = basename(path).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^${base}(\\.\\d{6,10}|\\.bak\\.\\d+\\.[a-z0-9]+\\.tmp)$`);
  try {
    const dir = dirname(path);
    for (const name of (await s.ops.readdir(dir)).filter((n) => pattern.test(n))) {
      const leftover = join(dir, name);
      const st = await s.ops.stat(leftover);
      if (st.isFile() && s.clock().getTime() - st.mtimeMs > LEFTOVER_AGE_MS) await s.ops.unlink(leftover);
    }
  } catch (e) {
    s.deps.log?.('could not tidy temporary files', e);
  }
}
