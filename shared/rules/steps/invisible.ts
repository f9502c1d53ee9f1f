import { CONTENT_KEYS } from '../../model/schema';
import type { Path, RuleContext } from '../context';

/**
 * Characters that do not show, or that turn the direction text is displayed in: a text can then read one way on screen
 * and say another (the Trojan Source trick), and two texts that look alike differ in what the Dokument-ID covers.
 * Zero-width spaces and joiners, the word joiner and invisible operators, the byte-order mark, soft hyphen, the
 * Mongolian vowel separator and Hangul fillers, directional marks, embeddings, overrides and isolates, the combining
 * grapheme joiner, interlinear annotation and the invisible tag characters (U+E0000–E007F, as surrogate pairs).
 */
const INVISIBLE =
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFEFF\uFFA0\uFFF9-\uFFFB]|\uDB40[\uDC00-\uDC7F]/g;

/** At most this many characters are named in one warning; the count says how many there are. */
const NAMED = 3;

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** A warning for every text in the content that holds such characters, at the text's own field. */
export function invisibleCharacterRules(ctx: RuleContext): void {
  const walk = (v: unknown, path: Path) => {
    if (typeof v === 'string') {
      const found = v.match(INVISIBLE);
      if (found) {
        const characters = [...new Set(found.map(codePoint))];
        const named = characters.slice(0, NAMED).join(', ') + (characters.length > NAMED ? ', …' : '');
        ctx.warn('invisibleCharacters', path, { count: found.length, characters: named });
      }
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) walk(v[i], [...path, i]);
    } else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
    }
  };
  for (const key of CONTENT_KEYS) walk(ctx.app[key], [key]);
}
