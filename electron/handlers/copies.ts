import { basename, extname, join } from 'node:path';
import { openBytes } from './open-bytes';
import type { RequestOf, ResponseMap } from '../../shared/ipc/contract';
import { serializeApplication } from '../../shared/model/load';
import { atomicReplace } from './fileops';
import { findSameFile } from '../same-file';
import { readFileForOpening } from './files';
import { failure, writeErrorMessage } from './messages';
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
  const name = safeFileName(req.suggestedName ?? checked.app.project.title, lang === 'sv' ? 'Ansökan till samverkanspart' : 'Application for partner');
  let path = await s.deps.dialogs.showSave({
    title: lang === 'sv' ? 'Spara en kopia till samverkansparten' : 'Save a copy for the partner',
    defaultPath: join(s.dialogDir(), `${name}.simansokan`),
    filters: SIM_FILTERS(lang),
  });
  if (!path) return { status: 'cancelled' };
  if (extname(path).toLowerCase() !== '.simansokan') path = `${path}.simansokan`;
  // However it is spelled (a symlink, a hard link): the copy never replaces a file this window works in or read.
  if (s.locks.holds(path) || (await findSameFile(path, [...s.locks.heldPaths(), ...s.grants.all()]))) {
    return failure({
      sv: `"${basename(path)}" är den ansökan du arbetar i. Välj ett annat namn för kopian.`,
      en: `"${basename(path)}" is the application you are working in. Choose another name for the copy.`,
    });
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
    title: lang === 'sv' ? 'Läs in samverkanspartens version' : "Read the partner's version",
    filters: [...SIM_FILTERS(lang), { name: lang === 'sv' ? 'Exporterad ansökan (Word)' : 'Exported application (Word)', extensions: ['docx'] }],
    defaultPath: s.dialogDir(),
  });
  if (!path) return { status: 'cancelled' };
  const read = await readFileForOpening(s, path);
  if (!read.ok) return read.failure;
  const loaded = await openBytes(s, read.bytes);
  if (!loaded.ok) {
    const name = basename(path);
    return failure({ sv: `"${name}" kunde inte läsas.\n${loaded.message.sv}`, en: `"${name}" could not be read.\n${loaded.message.en}` });
  }
  return { status: 'read', path, application: loaded.application, notice: loaded.notice };
}
