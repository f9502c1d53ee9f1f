import { basename, extname, join } from 'node:path';
import { openBytes } from './open-bytes';
import type { RequestOf, ResponseMap } from '../../shared/ipc/contract';
import { serializeApplication } from '../../shared/model/load';
import { atomicReplace } from './fileops';
import { findSameFile } from '../same-file';
import { readFileForOpening } from './files';
import { failure, writeErrorMessage } from './messages';
import { messageText } from './message-strings';
import { dialogText } from './dialog-strings';
import { inBoth } from '../localized';
import type { Session } from './window-session';
import { checkApplication } from './check-application';
import { safeFileName, SIM_FILTERS } from './file-names';

/**
 * Copies passed between the co-owners. Neither touches the window's document: no lock, no change of path, no
 * recent-files entry. The copy is written atomically like every other file.
 */
export async function saveCopy(s: Session, req: RequestOf<'file:saveCopy'>): Promise<ResponseMap['file:saveCopy']> {
  const checked = checkApplication(req.application);
  if (!checked.ok) return checked.failure;
  const lang = await s.lang();
  const name = safeFileName(req.suggestedName ?? checked.app.project.title, dialogText.t(lang, 'saveCopy.defaultName'));
  let path = await s.deps.dialogs.showSave({
    title: dialogText.t(lang, 'saveCopy.title'),
    defaultPath: join(s.dialogDir(), `${name}.simansokan`),
    filters: SIM_FILTERS(lang),
  });
  if (!path) return { status: 'cancelled' };
  if (extname(path).toLowerCase() !== '.simansokan') path = `${path}.simansokan`;
  // However it is spelled (a symlink, a hard link): the copy never replaces a file this window works in or read.
  if (s.locks.holds(path) || (await findSameFile(path, [...s.locks.heldPaths(), ...s.grants.all()]))) {
    return failure(inBoth((l) => messageText.t(l, 'copyIsDocument', { name: basename(path) })));
  }
  try {
    await atomicReplace(s.ops, path, serializeApplication(checked.app), false);
    return { status: 'saved', path };
  } catch (e) {
    s.deps.log?.(`copy to ${path} failed`, e);
    return failure(writeErrorMessage(e, path, 'save'));
  }
}

export async function readCopy(s: Session): Promise<ResponseMap['file:readCopy']> {
  const lang = await s.lang();
  const path = await s.deps.dialogs.showOpen({
    title: dialogText.t(lang, 'readCopy.title'),
    filters: [...SIM_FILTERS(lang), { name: dialogText.t(lang, 'filter.exported'), extensions: ['docx'] }],
    defaultPath: s.dialogDir(),
  });
  if (!path) return { status: 'cancelled' };
  const read = await readFileForOpening(s, path);
  if (!read.ok) return read.failure;
  const loaded = await openBytes(s, read.bytes);
  if (!loaded.ok) {
    const name = basename(path);
    return failure(inBoth((l) => messageText.t(l, 'readFailed', { name, reason: loaded.message[l] })));
  }
  return { status: 'read', path, application: loaded.application, notice: loaded.notice };
}
