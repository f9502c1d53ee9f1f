/**
 * User text on its way into WordprocessingML. The docx library escapes `<&>"'` but writes everything else as it
 * is: a character XML 1.0 forbids makes Word refuse the whole file ("unreadable content"), and a `\n` or `\t` in a
 * `w:t` is shown as a space. So every user string passes through here first.
 */

/**
 * What XML 1.0 forbids (C0 controls except tab, line feed and carriage return; U+FFFE and U+FFFF; surrogate halves
 * that are not part of a pair). Paired surrogates (emoji and other astral characters) are kept.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Drops what XML 1.0 forbids and makes every line ending a `\n`. Tabs and line feeds stay for the caller to turn into `w:tab`/`w:br`. */
export function sanitize(s: string): string {
  return s.replace(FORBIDDEN, '').replace(/\r\n?/g, '\n');
}

/** One piece of a line of text: plain text, a tab, or a line break. */
export type TextPiece = { kind: 'text'; text: string } | { kind: 'tab' } | { kind: 'break' };

/** A sanitised string as text, tabs and line breaks, in order; no empty text pieces. */
export function textPieces(s: string): TextPiece[] {
  const out: TextPiece[] = [];
  const lines = sanitize(s).split('\n');
  lines.forEach((line, i) => {
    if (i > 0) out.push({ kind: 'break' });
    line.split('\t').forEach((chunk, j) => {
      if (j > 0) out.push({ kind: 'tab' });
      if (chunk !== '') out.push({ kind: 'text', text: chunk });
    });
  });
  return out;
}

/**
 * A longer text as paragraphs: a blank line separates paragraphs (that is what people mean by it, and Word's
 * paragraph spacing then shows it), a single line feed stays a line break inside the paragraph.
 * Leading and trailing blank lines are dropped; an empty or blank text gives no paragraphs.
 */
export function textParagraphs(s: string): string[] {
  const clean = sanitize(s);
  if (clean.trim() === '') return [];
  return clean
    .split(/\n[ \t]*\n+/)
    .map((p) => p.replace(/^\n+|\n+$/g, ''))
    .filter((p) => p.trim() !== '');
}
