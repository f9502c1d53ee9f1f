import type { CSSProperties } from 'react';
import type { PartyStyle } from './partyStyle';

const W = 'rgba(255,255,255,0.55)';

/** A party's fill as CSS: its colour with its pattern drawn over in translucent white. */
export function partyFill(style: Pick<PartyStyle, 'colour' | 'pattern'>): CSSProperties {
  const { colour, pattern } = style;
  const layers: Record<PartyStyle['pattern'], string> = {
    solid: 'none',
    stripes: `repeating-linear-gradient(45deg, ${W} 0 3px, transparent 3px 9px)`,
    dots: `radial-gradient(${W} 1.6px, transparent 2px)`,
    cross: `repeating-linear-gradient(0deg, ${W} 0 2px, transparent 2px 8px), repeating-linear-gradient(90deg, ${W} 0 2px, transparent 2px 8px)`,
    waves: `repeating-linear-gradient(0deg, ${W} 0 3px, transparent 3px 8px)`,
    checks: `conic-gradient(${W} 25%, transparent 0 50%, ${W} 0 75%, transparent 0)`,
  };
  const size: Partial<Record<PartyStyle['pattern'], string>> = { dots: '7px 7px', checks: '10px 10px' };
  return { backgroundColor: colour, backgroundImage: layers[pattern], backgroundSize: size[pattern] };
}
