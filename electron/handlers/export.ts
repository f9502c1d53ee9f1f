import { basename, join, resolve } from 'node:path';
import { getProgramme } from '../../shared/program';
import type { RequestOf, ResponseMap } from '../../shared/ipc/contract';
import { atomicReplace } from './fileops';
import { failure, writeErrorMessage } from './messages';
import { messageText } from './message-strings';
import { dialogText } from './dialog-strings';
import { inBoth } from '../localized';
import type { Lang } from '../../shared/i18n/catalog';
import { removeLeftovers } from './leftovers';
import { findSameFile } from '../same-file';
import type { Session } from './window-session';
import { checkApplication } from './check-application';
import { safeFileName } from './file-names';

export async function exportDocx(s: Session, req: RequestOf<'export:docx'>): Promise<ResponseMap['export:docx']> {
  const exporter = s.deps.exporter;
  const checked = checkApplication(req.application);
  if (!checked.ok) return checked.failure;
  const app = checked.app;
  const programme = getProgramme(app.programme.id);
  if (!programme) {
    return failure(inBoth((l) => messageText.t(l, 'export.unknownProgramme', { id: app.programme.id })));
  }
  if (!req.draft) {
    const issues = exporter.validate(app, programme);
    if (exporter.hasErrors(issues)) return { status: 'refused', issues };
  }
  const lang = await s.lang();
  const t = dialogText.in(lang);
  const base = safeFileName(app.project.title, t('export.defaultName'));
  const name = req.draft ? t('export.draftName', { name: base }) : base;
  const path = await s.deps.dialogs.showSave({
    title: t('export.title'),
    defaultPath: join(s.dialogDir(), `${name}.docx`),
    filters: [{ name: t('filter.word'), extensions: ['docx'] }],
  });
  if (!path) return { status: 'cancelled' };
  return writeExport(s, path, lang, () => exporter.buildDocx(app, programme, { draft: req.draft, now: s.clock() }), {
    sameFile: (name) => inBoth((l) => messageText.t(l, 'export.sameFile', { name })),
    buildFailed: inBoth((l) => messageText.t(l, 'export.buildFailed')),
  });
}

type Exported = { status: 'exported'; path: string } | { status: 'error'; message: { sv: string; en: string } };

/**
 * The one way an export reaches disk, once a save dialog has given `path`: never over the document this window edits
 * or a file it read from (a DOCX it restored), however spelled; the bytes built only then; written through the one
 * atomic writer; leftovers of an earlier attempt removed; and an offer to open the result.
 */
export async function writeExport(
  s: Session,
  path: string,
  lang: Lang,
  build: () => Promise<Uint8Array>,
  say: { sameFile: (name: string) => { sv: string; en: string }; buildFailed: { sv: string; en: string } },
): Promise<Exported> {
  const target = resolve(path.toLowerCase().endsWith('.docx') ? path : `${path}.docx`);
  if (await findSameFile(target, [...s.grants.all(), ...s.locks.heldPaths()])) return failure(say.sameFile(basename(target)));
  let bytes: Uint8Array;
  try {
    bytes = await build();
  } catch (e) {
    s.deps.log?.('DOCX build failed', e);
    return failure(say.buildFailed);
  }
  try {
    await atomicReplace(s.ops, target, bytes, false);
  } catch (e) {
    s.deps.log?.(`export to ${target} failed`, e);
    return failure(writeErrorMessage(e, target, 'export'));
  }
  await removeLeftovers(s.ops, target, s.clock(), s.deps.log);
  await offerToOpen(s, target, lang);
  return { status: 'exported', path: target };
}

export async function offerToOpen(s: Session, path: string, lang: Lang): Promise<void> {
  const t = dialogText.in(lang);
  const choice = await s.deps.dialogs.showMessage({
    type: 'info',
    message: t('export.saved', { name: basename(path) }),
    buttons: [t('export.openDocument'), t('export.showInFolder'), t('export.close')],
    defaultId: 0,
    cancelId: 2,
  });
  if (choice === 0) await s.deps.openPath(path).catch((e) => s.deps.log?.('could not open exported document', e));
  if (choice === 1) s.deps.showItemInFolder(path);
}
