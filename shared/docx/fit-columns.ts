/**
 * Column widths that leave room for each column's longest word.
 *
 * A word wider than its column cannot be wrapped: Word and LibreOffice break it at an arbitrary letter, with no
 * hyphen ("språkbedömninge / n", "Götalandsregionen / , Närhälsan"), and the document still needs to read right where
 * no hyphenation dictionary is installed. So a column whose longest word would not fit is widened, taking the room
 * from columns that have more than their own longest word needs. Widths are estimated from Arial's advance widths
 * (LibreOffice's Liberation Sans has the same metrics), on the generous side; a word too long for any column (a long
 * link) is given at most a share of the table, and breaks there as it must.
 */

// Advance widths in thousandths of an em, grouped: Arial's narrow letters, its wide ones, capitals, the rest.
const NARROW = new Set("fijlrtI.,;:'!|()[]/ ");
const WIDE = new Set('mwMWÅÄÖQOGCDHNU%@');
function charWidth(c: string): number {
  if (NARROW.has(c)) return 300;
  if (WIDE.has(c)) return 850;
  if (c >= 'A' && c <= 'Z') return 700;
  return 580;
}

/** The width of a word in twips at this size (half-points), bold text counted wider. */
export function wordWidth(word: string, sizeHalfPoints: number, bold = false): number {
  let em = 0;
  for (const c of word) em += charWidth(c);
  // Half-points to twips is ×10; bold Arial runs about 7 % wider.
  return Math.ceil(((em / 1000) * sizeHalfPoints * 10 * (bold ? 1.07 : 1)) + 20);
}

/** The longest unbreakable piece of a text: lines wrap at spaces and after a hyphen or a slash. */
export function longestWord(text: string, sizeHalfPoints: number, bold = false): number {
  let max = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    const end = i === text.length || c === ' ' || c === '\n' || c === '\t' || c === '\u00a0';
    const breakAfter = c === '-' || c === '/';
    if (end || breakAfter) {
      const piece = text.slice(start, breakAfter ? i + 1 : i);
      if (piece) max = Math.max(max, wordWidth(piece, sizeHalfPoints, bold));
      start = i + 1;
    }
  }
  return max;
}

/**
 * `widths` adjusted so each column is at least `need[i]` wide where the table's total allows, keeping the total.
 * A column gives up only what it has beyond its own need, in proportion to that slack.
 */
export function fitColumns(widths: readonly number[], need: readonly number[], maxShare = 0.45): number[] {
  const total = widths.reduce((a, b) => a + b, 0);
  const cap = Math.floor(total * maxShare);
  // A column needing more than it has wants up to the cap; one with room to spare wants only its need.
  const want = need.map((n, i) => (n > widths[i]! ? Math.max(widths[i]!, Math.min(n, cap)) : n));
  const deficit = want.reduce((s, w, i) => s + Math.max(0, w - widths[i]!), 0);
  if (deficit === 0) return [...widths];
  const slack = widths.map((w, i) => Math.max(0, w - want[i]!));
  const slackTotal = slack.reduce((a, b) => a + b, 0);
  if (slackTotal === 0) return [...widths];
  const give = Math.min(deficit, slackTotal);
  // Each short column gets its share of what can be given; each roomy one gives in proportion to its slack.
  const out = widths.map((w, i) => {
    const short = Math.max(0, want[i]! - w);
    return short > 0 ? w + Math.floor((short / deficit) * give) : w - Math.floor((slack[i]! / slackTotal) * give);
  });
  // Rounding leftovers go to the last column so the table keeps exactly its width.
  out[out.length - 1]! += total - out.reduce((a, b) => a + b, 0);
  return out;
}
