import { useShallow } from 'zustand/react/shallow';
import type { Application, Party } from '../../../shared/model/schema';
import type { Lang } from '../../../shared/model/labels';
import type { Who } from '../../../shared/workflow';
import { api } from '../api';
import { useStore } from '../store';
import { partyName } from '../components/partyOptions';

/** Remembers the user's name and the party they act for in this application (in the settings, never in the file). */
export async function saveIdentity(applicationId: string, userName: string, partyId: string): Promise<void> {
  const name = userName.trim().slice(0, 200);
  // The store first, so the window answers at once; settings:set returns what was actually kept.
  const s = useStore.getState();
  s.setIdentity({ userName: name, actingFor: { ...s.actingFor, [applicationId]: partyId } });
  const kept = await api().setSettings({ userName: name, actingFor: { applicationId, partyId } });
  useStore.getState().setIdentity({ userName: kept.userName, actingFor: kept.actingFor });
}

/** The party the user acts for in `app`, if it is still one of its parties. */
export function actingPartyId(app: Pick<Application, 'id' | 'parties'>, actingFor: Record<string, string>): string | null {
  const id = actingFor[app.id];
  return id && app.parties.some((p) => p.id === id) ? id : null;
}

/** Who is saving or approving, for the file: null when the user has said nothing about themselves. */
export function currentWho(): Who | null {
  const s = useStore.getState();
  if (!s.app) return null;
  const partyId = actingPartyId(s.app, s.actingFor) ?? '';
  if (!partyId && !s.userName) return null;
  return { partyId, by: s.userName };
}

/** A party's short name: the organisation ("Bengtsfors kommun"), or "Part 2 (region)" before it is filled in. */
export function orgName(parties: readonly Party[], partyId: string, lang: Lang): string {
  const i = parties.findIndex((p) => p.id === partyId);
  if (i < 0) return '';
  const p = parties[i]!;
  return p.organisation.trim() || partyName(p, i, lang);
}

/** The acting party's id and short name, re-rendering only when they change. */
export function useActingParty(lang: Lang): { id: string; name: string } | null {
  const [id, name] = useStore(
    useShallow((s) => {
      if (!s.app) return ['', ''];
      const pid = actingPartyId(s.app, s.actingFor);
      return pid ? [pid, orgName(s.app.parties, pid, lang)] : ['', ''];
    }),
  );
  return id ? { id, name: name! } : null;
}

export { genitive } from '../i18n/grammar';

/** `2025-03-01` in the computer's time zone. */
export function isoDay(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso.slice(0, 10);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
