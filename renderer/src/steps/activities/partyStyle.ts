import type { Application } from '../../../../shared/model/schema';

/**
 * How a party is drawn wherever the wizard draws parties (timeline bars, the budget chart): a colour and a
 * pattern, so two parties differ for people who cannot tell the colours apart; the party's name (partyName in
 * components/partyOptions) is always printed beside the mark. Colours are dark enough for white text and 3:1 against the page.
 */
export type PartyStyle = { colour: string; pattern: PatternId };
export type PatternId = 'solid' | 'stripes' | 'dots' | 'cross' | 'waves' | 'checks';

const COLOURS = ['#1d5a91', '#8a4a0b', '#5b3b8c', '#0b6b5e', '#a0244f', '#4d5a12'] as const;
const PATTERNS: readonly PatternId[] = ['solid', 'stripes', 'dots', 'cross', 'waves', 'checks'];

/** A party's style from its position in the parties list, so it stays put while names are typed. */
export function partyStyle(partyIndex: number): PartyStyle {
  const i = partyIndex < 0 ? 0 : partyIndex;
  const colour = COLOURS[i % COLOURS.length]!;
  // Patterns advance on a different cycle than colours, so party 7 is not a copy of party 1.
  const pattern = PATTERNS[(i + Math.floor(i / COLOURS.length)) % PATTERNS.length]!;
  return { colour, pattern };
}

/** Colour for things that belong to no party (no responsible party chosen, "other" financing). */
export const NO_PARTY_COLOUR = '#5c5f66';
/** The fund's own colour in the budget chart. */
export const SIM_COLOUR = '#22543d';

export function partyIndexById(app: Pick<Application, 'parties'>, partyId: string): number {
  return partyId ? app.parties.findIndex((p) => p.id === partyId) : -1;
}
