import { loadApplicationText } from '../../shared/model/load';
import { newId } from '../../shared/model/ids';
import type { RequestOf, ResponseMap, Settings } from '../../shared/ipc/contract';
import { MAX_ACTING_FOR } from './store';
import { isAllowedHelpLink } from '../policy';
import { failure } from './messages';
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
  s.documentState = req;
  s.deps.setDocumentState?.(req);
  return { status: 'ok' };
}

export async function openHelpLink(s: Session, req: RequestOf<'help:openLink'>): Promise<ResponseMap['help:openLink']> {
  if (!isAllowedHelpLink(req.url)) {
    s.deps.log?.(`refused to open link outside the help allow-list: ${req.url.slice(0, 200)}`);
    return { status: 'refused' };
  }
  await s.deps.openExternal(req.url);
  return { status: 'opened' };
}
