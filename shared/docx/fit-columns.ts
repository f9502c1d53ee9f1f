/**
 * Column widths that leave room for each column's longest word.
 *
 * A word wider than its column cannot be wrapped: Word and LibreOffice break it at an arbitrary letter, with no
 * hyphen ("språkbedömninge / n", "Götalandsregionen / , Närhälsan"), and the document still needs to read right where
 * no hyphenation dictionary is installed. So a column whose longest word would not fit is widened, taking the room
 * from columns that have more than their own longest word needs. Widths are estimated from Arial's advance widths
 * (LibreOffice's Liberation Sans has the same metrics), on the generous side; an amount ("1 250 000 kr", held together
 * by no-break spaces) is one word. A word too long for any column (a long link) is given at most a share of the
 * table, and breaks there as it must.
 */

// Advance widths in thousandths of an em, grouped: Arial's narrow letters, its wide ones, capitals, the rest. A table
// by character code keeps the scan over a long application's every cell to one lookup a character.
const NARROW = "fijlrtI.,;:'!|()[]/ \u00a0";
const WIDE = 'mwMWÅÄÖQOGCDHNU%@';
const WIDTHS = new Uint16Array(0x250).map((_, code) => {
  const c = String.fromCharCode(code);
  if (NARROW.includes(c)) return 300;
  if (WIDE.includes(c)) return 850;
  if (c >= 'A' && c <= 'Z') return 700;
  return 580;
});
const OTHER = 850; // anything past Latin Extended-A, counted wide to be safe
const NARROW_NBSP = 0x202f; // the thousands separator in "1 250 000 kr"
const widthOf = (code: number) => (code < WIDTHS.length ? WIDTHS[code]! : code === NARROW_NBSP ? 300 : OTHER);

// Half-points to twips is ×10; bold Arial runs about 7 % wider; 20 twips for rounding and kerning.
const twips = (em: number, size: number, bold: boolean) => Math.ceil((em / 1000) * size * 10 * (bold ? 1.07 : 1)) + 20;

/** The width of a word in twips at this size (half-points), bold text counted wider. */
export function wordWidth(word: string, sizeHalfPoints: number, bold = false): number {
  let em = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    em += widthOf(code);
  }
  return twips(em, sizeHalfPoints, bold);
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/** The width of the longest unbreakable piece of a text: lines wrap at spaces, and after a hyphen or a slash. */
export function longestWord(text: string, sizeHalfPoints: number, bold = false): number {
  let max = 0;
  let em = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Space, tab, line feed, carriage return: the piece ends before it. No-break spaces hold a piece together.
    if (code === 32 || code === 9 || code === 10 || code === 13) {
      if (em > max) max = em;
      em = 0;
      continue;
    }
    em += widthOf(code);
    // Hyphen and slash: the piece ends after it. A date (2025-06-15) is kept whole: a line broken inside it reads as
    // two numbers, and LibreOffice breaks there when the column is too narrow.
    const digitHyphen = code === 45 && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1));
    if ((code === 45 && !digitHyphen) || code === 47) {
      if (em > max) max = em;
      em = 0;
    }
  }
  if (em > max) max = em;
  return max === 0 ? 0 : twips(max, sizeHalfPoints, bold);
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
