import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitize, textParagraphs, textPieces } from '../../../shared/docx';

/** XML 1.0's Char production, per UTF-16 string: what a conforming parser accepts. */
function isXmlText(s: string): boolean {
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    const ok = c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
    if (!ok) return false;
  }
  return true;
}

describe('sanitize', () => {
  it('drops what XML 1.0 forbids: C0 controls, U+FFFE/U+FFFF and lone surrogates', () => {
    expect(sanitize('a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg')).toBe('abcdefg');
    expect(sanitize('x\uFFFEy\uFFFFz')).toBe('xyz');
    expect(sanitize('lone \uD800 high, lone \uDC00 low, reversed \uDC00\uD800.')).toBe('lone  high, lone  low, reversed .');
  });

  it('keeps what a person wrote: markup characters, emoji, right-to-left text, tabs and line feeds', () => {
    const s = `<&>"' 👩‍👧‍👦 🇸🇪 مرحبا שלום\tå\nä`;
    expect(sanitize(s)).toBe(s);
  });

  it('turns every line ending into a line feed', () => {
    expect(sanitize('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
  });

  it('always leaves text an XML parser accepts, and only removes characters (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const out = sanitize(s);
        expect(isXmlText(out)).toBe(true);
        expect(out.length).toBeLessThanOrEqual(s.length);
        // Text that was fine already, apart from carriage returns, comes through unchanged.
        if (isXmlText(s) && !s.includes('\r')) expect(out).toBe(s);
      }),
    );
  });
});

describe('textPieces and textParagraphs', () => {
  it('splits a line into text, tabs and breaks, in order', () => {
    expect(textPieces('a\tb\nc')).toEqual([
      { kind: 'text', text: 'a' },
      { kind: 'tab' },
      { kind: 'text', text: 'b' },
      { kind: 'break' },
      { kind: 'text', text: 'c' },
    ]);
  });

  it('makes a blank line a new paragraph and keeps a single line feed inside one', () => {
    expect(textParagraphs('Första stycket\nrad två\n\n\nAndra stycket\n')).toEqual(['Första stycket\nrad två', 'Andra stycket']);
    expect(textParagraphs('  \n \n')).toEqual([]);
  });
});
