import { CONTENT_KEYS } from '../../model/schema';
import { isFieldPathIn, type AnyPath } from '../../model/paths';
import type { RuleContext } from '../context';

/**
 * Characters that do not show, or that turn the direction text is displayed in: a text can then read one way on screen
 * and say another (the Trojan Source trick), and two texts that look alike differ in what the Dokument-ID covers.
 * Zero-width spaces and joiners, the word joiner and invisible operators, the byte-order mark, soft hyphen, the
 * Mongolian vowel separator and Hangul fillers, directional marks, embeddings, overrides and isolates, the combining
 * grapheme joiner, interlinear annotation and the invisible tag characters (U+E0000–E007F, as surrogate pairs).
 */
const INVISIBLE =
  // eslint-disable-next-line no-misleading-character-class -- combining marks are listed one by one on purpose
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFEFF\uFFA0\uFFF9-\uFFFB]|\uDB40[\uDC00-\uDC7F]/g;

/** At most this many characters are named in one warning; the count says how many there are. */
const NAMED = 3;

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

// eslint-disable-next-line no-misleading-character-class -- the same list as INVISIBLE
const ANY_INVISIBLE = new RegExp(INVISIBLE.source);

type Finding = { path: AnyPath; count: number; characters: string };

function findingOf(text: string, path: AnyPath): Finding | null {
  if (!ANY_INVISIBLE.test(text)) return null;
  const found = text.match(INVISIBLE)!;
  const characters = [...new Set(found.map(codePoint))];
  return { path, count: found.length, characters: characters.slice(0, NAMED).join(', ') + (characters.length > NAMED ? ', …' : '') };
}

/**
 * The findings inside one object or list, with paths relative to it. The rules run after every edit and the store
 * shares every unchanged part between versions, so each part is scanned once: an edit rescans only what it replaced.
 */
const cache = new WeakMap<object, Finding[]>();

function findingsIn(v: object): Finding[] {
  let out = cache.get(v);
  if (out) return out;
  out = [];
  const entries: [string | number, unknown][] = Array.isArray(v) ? v.map((x, i) => [i, x]) : Object.entries(v);
  for (const [k, x] of entries) {
    if (typeof x === 'string') {
      const f = findingOf(x, [k]);
      if (f) out.push(f);
    } else if (x !== null && typeof x === 'object') {
      for (const f of findingsIn(x)) out.push({ ...f, path: [k, ...f.path] });
    }
  }
  cache.set(v, out);
  return out;
}

/** A warning for every text in the content that holds such characters, at the text's own field. */
export function invisibleCharacterRules(ctx: RuleContext): void {
  for (const key of CONTENT_KEYS) {
    const v: unknown = ctx.app[key];
    const found = typeof v === 'string' ? [findingOf(v, [])].filter((f) => f !== null) : v !== null && typeof v === 'object' ? findingsIn(v) : [];
    for (const f of found) {
      // Found by walking this application, so the check only turns that fact into a type.
      const path = [key, ...f.path];
      if (isFieldPathIn(ctx.app, path)) ctx.warn('invisibleCharacters', path, { count: f.count, characters: f.characters });
    }
  }
}
