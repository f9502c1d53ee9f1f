import type { Party } from '../../../shared/model/schema';
import type { Lang } from '../../../shared/model/labels';
import { ui } from '../i18n/strings';
import { sameElements, useAt } from '../store/at';
import { useLang } from '../i18n';
import type { Option } from './Select';


/** How a party is named in choices: its organisation, or "Part 2 (region)" before that is filled in. */
export function partyName(p: Pick<Party, 'organisation' | 'unit' | 'sector'>, index: number, lang: Lang): string {
  const org = p.organisation.trim();
  if (org) return p.unit.trim() ? `${org}, ${p.unit.trim()}` : org;
  return ui.t(lang, 'party.unnamed', { n: index + 1, sector: ui.t(lang, `party.sector.${p.sector}`) });
}

export function partyOptions(parties: readonly Party[], lang: Lang): Option[] {
  return parties.map((p, i) => ({ value: p.id, label: partyName(p, i, lang) }));
}

const NO_PARTIES: Party[] = [];
const names = { sv: new WeakMap<readonly Party[], string[]>(), en: new WeakMap<readonly Party[], string[]>() };

function namesOf(parties: readonly Party[], lang: Lang): string[] {
  let flat = names[lang].get(parties);
  if (!flat) names[lang].set(parties, (flat = parties.flatMap((p, i) => [p.id, partyName(p, i, lang)])));
  return flat;
}

/** Party choices for a select, re-rendering only when a party's id or name changes. */
export function usePartyOptions(): Option[] {
  const lang = useLang();
  // Every party choice on a step asks on each keystroke: the names are worked out once per parties list.
  const flat = useAt(['parties'], (parties: readonly Party[] | undefined) => namesOf(parties ?? NO_PARTIES, lang), sameElements);
  const out: Option[] = [];
  for (let i = 0; i < flat.length; i += 2) out.push({ value: flat[i]!, label: flat[i + 1]! });
  return out;
}

/** The display name of one party, by id: '' when no party has that id. */
export function usePartyName(partyId: string): string {
  const lang = useLang();
  return useAt(['parties'], (parties: readonly Party[] | undefined) => {
    const i = (parties ?? []).findIndex((p) => p.id === partyId);
    return i < 0 ? '' : partyName(parties![i]!, i, lang);
  });
}
