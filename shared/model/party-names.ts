import type { Party } from './schema';

/**
 * Each party's name as a reader tells it apart from the others: its organisation, and its unit as well when another
 * party has the same organisation (two operations of Västra Götalandsregionen, say Närhälsan and BUP, would otherwise
 * both be "Västra Götalandsregionen" in a table of who does what). Empty while the organisation is not filled in.
 */
export function distinctPartyNames(parties: readonly Party[], clean: (s: string) => string = (s) => s): Map<string, string> {
  const org = (p: Party) => clean(p.organisation).replace(/\s+/g, ' ').trim();
  const count = new Map<string, number>();
  for (const p of parties) {
    const key = org(p).toLocaleLowerCase('sv');
    if (key) count.set(key, (count.get(key) ?? 0) + 1);
  }
  const names = new Map<string, string>();
  for (const p of parties) {
    const name = org(p);
    const unit = clean(p.unit).replace(/\s+/g, ' ').trim();
    const shared = (count.get(name.toLocaleLowerCase('sv')) ?? 0) > 1;
    if (!names.has(p.id)) names.set(p.id, name && shared && unit ? `${name}, ${unit}` : name);
  }
  return names;
}
