import { basename, join, resolve } from 'node:path';
import { getProgramme } from '../../shared/program';
import type { RequestOf, ResponseMap } from '../../shared/ipc/contract';
import { atomicReplace } from './fileops';
import { failure, writeErrorMessage } from './messages';
import { removeLeftovers } from './leftovers';
import { findSameFile } from '../same-file';
import { checkApplication, safeFileName, type Session } from './session';

export async function exportDocx(s: Session, req: RequestOf<'export:docx'>): Promise<ResponseMap['export:docx']> {
  const exporter = s.deps.exporter;
  const checked = checkApplication(req.application);
  if (!checked.ok) return checked.failure;
  const app = checked.app;
  const programme = getProgramme(app.programme.id);
  if (!programme) {
    return failure({
      sv: `Ansökan gäller programmet "${app.programme.id}", som den här versionen inte känner till. Uppdatera programmet.`,
      en: `The application is for the programme "${app.programme.id}", which this version does not know. Update the app.`,
    });
  }
  if (!req.draft) {
    const issues = exporter.validate(app, programme);
    if (exporter.hasErrors(issues)) return { status: 'refused', issues };
  }
  const lang = await s.lang();
  const base = safeFileName(app.project.title, lang === 'sv' ? 'SIM-ansökan' : 'SIM application');
  const marker = req.draft ? (lang === 'sv' ? ' (utkast)' : ' (draft)') : '';
  const path = await s.deps.dialogs.showSave({
    title: lang === 'sv' ? 'Exportera till Word' : 'Export to Word',
    defaultPath: join(s.dialogDir(), `${base}${marker}.docx`),
    filters: [{ name: lang === 'sv' ? 'Word-dokument' : 'Word document', extensions: ['docx'] }],
  });
  if (!path) return { status: 'cancelled' };
  const target = resolve(path.toLowerCase().endsWith('.docx') ? path : `${path}.docx`);
  // Never over the document this window edits or a file it read from (a DOCX it restored), however spelled.
  if (await findSameFile(target, [...s.grants.all(), ...s.locks.heldPaths()])) {
    return failure({
      sv: `"${basename(target)}" är samma fil som ansökan du arbetar med (eller filen den lästes från) och skrivs inte över. Välj ett annat namn för Word-dokumentet.`,
      en: `"${basename(target)}" is the same file as the application you are working on (or the file it was read from) and is not overwritten. Choose another name for the Word document.`,
    });
  }
  let bytes: Uint8Array;
  try {
    bytes = await exporter.buildDocx(app, programme, { draft: req.draft, now: s.clock() });
  } catch (e) {
    s.deps.log?.('DOCX build failed', e);
    return failure({
      sv: 'Word-dokumentet kunde inte skapas på grund av ett fel i programmet. Ansökan är oförändrad.',
      en: 'The Word document could not be created because of an error in the app. The application is unchanged.',
    });
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

export async function offerToOpen(s: Session, path: string, lang: 'sv' | 'en'): Promise<void> {
  const choice = await s.deps.dialogs.showMessage({
    type: 'info',
    message: lang === 'sv' ? `Word-dokumentet "${basename(path)}" är sparat.` : `The Word document "${basename(path)}" has been saved.`,
    buttons: lang === 'sv' ? ['Öppna dokumentet', 'Visa i mappen', 'Stäng'] : ['Open document', 'Show in folder', 'Close'],
    defaultId: 0,
    cancelId: 2,
  });
  if (choice === 0) await s.deps.openPath(path).catch((e) => s.deps.log?.('could not open exported document', e));
  if (choice === 1) s.deps.showItemInFolder(path);
}
