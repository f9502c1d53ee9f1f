/**
 * Just enough XML for the parts the app reads back from a DOCX, scanned once from left to right with indexOf: no
 * regular expression runs over untrusted XML, so the work grows with the part's length and nothing else.
 */

export class XmlError extends Error {
  constructor(readonly reference = '') {
    super(`xml: ${reference || 'malformed'}`);
  }
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** A code point XML 1.0 allows in a document: a reference to anything else is an error, not a character. */
const xmlChar = (cp: number) =>
  cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);

const HEX = /^[0-9a-fA-F]{1,8}$/;
const DEC = /^[0-9]{1,10}$/;

/** Character data with its references resolved; an unknown or impossible reference throws XmlError with its text. */
export function unescapeXml(s: string): string {
  let amp = s.indexOf('&');
  if (amp < 0) return s;
  const out: string[] = [];
  let from = 0;
  while (amp >= 0) {
    out.push(s.slice(from, amp));
    // A reference is short: looking at most 12 characters ahead keeps a lone "&" from scanning the rest of the part.
    const semi = s.indexOf(';', amp);
    if (semi < 0 || semi - amp > 12) throw new XmlError(s.slice(amp, amp + 12));
    const ref = s.slice(amp + 1, semi);
    if (ref[0] === '#') {
      const hex = ref[1] === 'x';
      const digits = ref.slice(hex ? 2 : 1);
      if (!(hex ? HEX : DEC).test(digits)) throw new XmlError(`&${ref};`);
      const cp = parseInt(digits, hex ? 16 : 10);
      if (!xmlChar(cp)) throw new XmlError(`&${ref};`);
      out.push(String.fromCodePoint(cp));
    } else {
      const named = NAMED[ref];
      if (named === undefined) throw new XmlError(`&${ref};`);
      out.push(named);
    }
    from = semi + 1;
    amp = s.indexOf('&', from);
  }
  out.push(s.slice(from));
  return out.join('');
}

export type Tag = { name: string; attrs: Map<string, string>; selfClosing: boolean; end: number };

const isSpace = (c: number) => c === 0x20 || c === 0x9 || c === 0xa || c === 0xd;

/** The start tag that opens at `lt` (`<name a="v" ...>`), its attributes' raw values and where it ends. */
export function readStartTag(s: string, lt: number): Tag {
  let i = lt + 1;
  while (i < s.length && !isSpace(s.charCodeAt(i)) && s[i] !== '/' && s[i] !== '>') i++;
  const name = s.slice(lt + 1, i);
  if (!name) throw new XmlError();
  const attrs = new Map<string, string>();
  for (;;) {
    while (i < s.length && isSpace(s.charCodeAt(i))) i++;
    if (s[i] === '>') return { name, attrs, selfClosing: false, end: i + 1 };
    if (s[i] === '/' && s[i + 1] === '>') return { name, attrs, selfClosing: true, end: i + 2 };
    // An attribute: name, "=", a quoted value; every step moves forward, so a tag costs its own length.
    const keyStart = i;
    while (i < s.length && s[i] !== '=' && s[i] !== '>' && s[i] !== '<' && !isSpace(s.charCodeAt(i))) i++;
    const key = s.slice(keyStart, i);
    while (i < s.length && isSpace(s.charCodeAt(i))) i++;
    if (!key || s[i] !== '=') throw new XmlError();
    i++;
    while (i < s.length && isSpace(s.charCodeAt(i))) i++;
    const quote = s[i];
    if (quote !== '"' && quote !== "'") throw new XmlError();
    const close = s.indexOf(quote, i + 1);
    if (close < 0) throw new XmlError();
    if (attrs.has(key)) throw new XmlError();
    attrs.set(key, s.slice(i + 1, close));
    i = close + 1;
  }
}

/** Skips the XML declaration, processing instructions, comments and white space; the index of the next "<" that opens an element. */
function skipProlog(s: string, i: number): number {
  for (;;) {
    while (i < s.length && isSpace(s.charCodeAt(i))) i++;
    if (s.startsWith('<?', i)) {
      const e = s.indexOf('?>', i);
      if (e < 0) throw new XmlError();
      i = e + 2;
    } else if (s.startsWith('<!--', i)) {
      const e = s.indexOf('-->', i + 4);
      if (e < 0) throw new XmlError();
      i = e + 3;
    } else {
      return i;
    }
  }
}

export type SimpleRoot = {
  prefix: string;
  local: string;
  namespace: string | undefined;
  attrs: Map<string, string>;
  /** The raw character data, or null when the element holds other elements (not a part the app wrote). */
  text: string | null;
};

/**
 * The document element of a part and, when it holds only text (`<p:name attr="…">text</p:name>`), that text.
 * Throws XmlError when the markup around it is broken.
 */
export function simpleRoot(s: string): SimpleRoot {
  if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
  const lt = skipProlog(s, 0);
  if (s[lt] !== '<' || s[lt + 1] === '/' || s[lt + 1] === '!') throw new XmlError();
  const tag = readStartTag(s, lt);
  const colon = tag.name.indexOf(':');
  const prefix = colon < 0 ? '' : tag.name.slice(0, colon);
  const local = colon < 0 ? tag.name : tag.name.slice(colon + 1);
  const namespace = tag.attrs.get(prefix ? `xmlns:${prefix}` : 'xmlns');
  const root = { prefix, local, namespace, attrs: tag.attrs };
  if (tag.selfClosing) return { ...root, text: '' };
  const next = s.indexOf('<', tag.end);
  if (next < 0) throw new XmlError();
  const closing = `</${tag.name}`;
  if (!s.startsWith(closing, next)) return { ...root, text: null };
  let after = next + closing.length;
  while (after < s.length && isSpace(s.charCodeAt(after))) after++;
  if (s[after] !== '>') throw new XmlError();
  if (skipProlog(s, after + 1) !== s.length) throw new XmlError();
  return { ...root, text: s.slice(tag.end, next) };
}

/** Elements whose end starts a new line of text: paragraphs, table cells, tabs, line breaks. */
const BREAKS = new Set(['w:p', 'w:tc', 'w:tab', 'w:br', 'w:cr']);

/**
 * The text a person sees in a WordprocessingML part (the characters of every w:t, a line break between paragraphs,
 * cells and tabs), or with `everything` the character data and attribute values of any XML part, one per line.
 */
export function visibleText(s: string, everything = false): string {
  const out: string[] = [];
  // The next quote of each kind, remembered so that finding where a tag ends never searches a part twice.
  let dq = s.indexOf('"');
  let sq = s.indexOf("'");
  let i = s.indexOf('<');
  let inText = false;
  while (i >= 0) {
    if (s.startsWith('<!--', i)) {
      const e = s.indexOf('-->', i + 4);
      if (e < 0) throw new XmlError();
      i = s.indexOf('<', e + 3);
      continue;
    }
    if (s[i + 1] === '?' || s[i + 1] === '!') {
      const e = s.indexOf('>', i);
      if (e < 0) throw new XmlError();
      i = s.indexOf('<', e + 1);
      continue;
    }
    let end: number;
    if (s[i + 1] === '/') {
      end = s.indexOf('>', i);
      if (end < 0) throw new XmlError();
      const name = s.slice(i + 2, end).trim();
      if (BREAKS.has(name) || everything) out.push('\n');
      inText = false;
      end += 1;
    } else {
      const gt = s.indexOf('>', i);
      if (gt < 0) throw new XmlError();
      if (dq !== -1 && dq < i) dq = s.indexOf('"', i);
      if (sq !== -1 && sq < i) sq = s.indexOf("'", i);
      let name: string;
      let selfClosing: boolean;
      if (everything || (dq !== -1 && dq < gt) || (sq !== -1 && sq < gt)) {
        // Attributes: read properly, since a quoted ">" does not end the tag.
        const tag = readStartTag(s, i);
        if (everything) for (const v of tag.attrs.values()) out.push(unescapeXml(v), '\n');
        ({ name, selfClosing } = tag);
        end = tag.end;
      } else {
        selfClosing = s[gt - 1] === '/';
        let k = i + 1;
        while (k < gt && !isSpace(s.charCodeAt(k)) && s[k] !== '/') k++;
        name = s.slice(i + 1, k);
        end = gt + 1;
      }
      if (BREAKS.has(name) && selfClosing) out.push('\n');
      inText = everything || (name === 'w:t' && !selfClosing);
    }
    const next = s.indexOf('<', end);
    if (inText) out.push(unescapeXml(s.slice(end, next < 0 ? s.length : next)));
    i = next;
  }
  return out.join('');
}
