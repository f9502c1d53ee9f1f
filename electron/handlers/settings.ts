import type { RequestOf, ResponseMap, Settings } from '../../shared/ipc/contract';
import { MAX_ACTING_FOR } from './store';
import type { Session } from './window-session';

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
