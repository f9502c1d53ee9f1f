import { loadApplicationText } from '../../shared/model/load';
import { newId } from '../../shared/model/ids';
import type { RequestOf, ResponseMap, Settings } from '../../shared/ipc/contract';
import { MAX_ACTING_FOR } from './store';
import { checkedHelpLink } from '../policy';
import { failure, notGrantedMessage } from './messages';
import type { Session } from './session';

export async function getSettings(s: Session): Promise<ResponseMap['settings:get']> {
  return s.store.settings();
}

export async function setSettings(s: Session, req: RequestOf<'settings:set'>): Promise<ResponseMap['settings:set']> {
  const patch: Partial<Settings> = {};
  if (req.language) patch.language = req.language;
  if (req.userName !== undefined) patch.userName = req.userName.trim();
  if (req.actingFor) {
    const { [req.actingFor.applicationId]: _previous, ...rest } = (await s.store.settings()).actingFor;
    // Newest last; the oldest go when the list is full.
    const entries = [...Object.entries(rest), [req.actingFor.applicationId, req.actingFor.partyId] as const].slice(-MAX_ACTING_FOR);
    patch.actingFor = Object.fromEntries(entries);
  }
  const { settings, written } = await s.store.setSettings(patch);
  if (!written) s.deps.log?.('settings could not be written; kept for this session');
  s.deps.onSettingsChanged?.(settings);
  return settings;
}

/** The complete example, as a new unsaved application: its own id, so saving it never touches another file's identity. */
export async function openExample(s: Session): Promise<ResponseMap['example:open']> {
  const loaded = loadApplicationText(await s.deps.exampleText());
  if (!loaded.ok) {
    s.deps.log?.(`example application is invalid: ${loaded.problems.map((p) => p.message.en).join('; ')}`);
    return failure({ sv: 'Exempelansökan kunde inte öppnas.', en: 'The example application could not be opened.' });
  }
  const now = s.clock().toISOString();
  return { status: 'opened', application: { ...loaded.application, id: newId(), createdAt: now, updatedAt: now } };
}

export async function setDocumentState(s: Session, req: RequestOf<'window:setDocumentState'>): Promise<ResponseMap['window:setDocumentState']> {
  // The path becomes the window's represented file (macOS shows and opens it from the title bar).
  if (req.filePath !== null && !(await s.mayWrite(req.filePath))) return failure(notGrantedMessage(req.filePath));
  s.documentState = req;
  s.deps.setDocumentState?.(req);
  return { status: 'ok' };
}

export async function openHelpLink(s: Session, req: RequestOf<'help:openLink'>): Promise<ResponseMap['help:openLink']> {
  // Only the URL as parsed and checked goes to the OS, never the text the renderer sent.
  const url = checkedHelpLink(req.url);
  if (url === null) {
    s.deps.log?.(`refused to open link outside the help allow-list: ${req.url.slice(0, 200)}`);
    return { status: 'refused' };
  }
  await s.deps.openExternal(url);
  return { status: 'opened' };
}
