/**
 * Where LibreOffice put each word on the page, from poppler's `pdftotext -bbox`: enough to prove that lines do not
 * overlap and that no word is broken across two lines without a hyphen.
 */
import { execFile } from 'node:child_process';

export type Box = { text: string; xMin: number; yMin: number; xMax: number; yMax: number };
export type Page = { width: number; height: number; words: Box[] };

export function pdfBoxes(pdf: string): Promise<Page[]> {
  return new Promise((resolve, reject) => {
    execFile('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }, (err, html) => {
      if (err) return reject(err);
      const pages: Page[] = [];
      const pageRe = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g;
      const wordRe = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
      for (const m of html.matchAll(pageRe)) {
        const words = [...m[3]!.matchAll(wordRe)].map((w) => ({
          text: unescape(w[5]!),
          xMin: Number(w[1]),
          yMin: Number(w[2]),
          xMax: Number(w[3]),
          yMax: Number(w[4]),
        }));
        pages.push({ width: Number(m[1]), height: Number(m[2]), words });
      }
      resolve(pages);
    });
  });
}

function unescape(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/**
 * Pairs of words on different lines printed over each other: their boxes overlap across more than `share` of the
 * smaller box's height. Boxes span the font's whole ascent and descent, so lines set at single spacing touch by
 * a tenth of their height; a line set in an exact height smaller than its type overlaps by a third or more.
 */
export function overlappingWords(page: Page, share = 0.25): string[] {
  const out: string[] = [];
  const ws = page.words;
  for (let i = 0; i < ws.length; i++) {
    for (let j = i + 1; j < ws.length; j++) {
      const a = ws[i]!;
      const b = ws[j]!;
      if (Math.abs(a.yMin - b.yMin) < 0.5) continue; // same line
      const dy = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      const dx = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const h = Math.min(a.yMax - a.yMin, b.yMax - b.yMin);
      if (dx > 1 && dy > share * h) out.push(`"${a.text}" and "${b.text}" overlap by ${dy.toFixed(1)} of ${h.toFixed(1)} pt`);
    }
  }
  return out;
}

const letters = (s: string) => s.replace(/[^\p{L}]+/gu, '').toLocaleLowerCase('sv');

/** Every word (letters only, lower case) of these texts. */
export function vocabulary(texts: Iterable<string>): Set<string> {
  const v = new Set<string>();
  for (const t of texts) for (const w of t.split(/[^\p{L}]+/u)) if (w) v.add(w.toLocaleLowerCase('sv'));
  return v;
}

/**
 * Words split over two lines with no hyphen: a word ending one line and the word starting the next that together
 * make a word of the source text, while one of the two halves is not a word of it.
 */
export function brokenWords(pages: readonly Page[], words: Set<string>): string[] {
  const out: string[] = [];
  pages.forEach((p, n) => {
    for (let i = 0; i + 1 < p.words.length; i++) {
      const a = p.words[i]!;
      const b = p.words[i + 1]!;
      // The next word starts a lower line, so a line ended between them.
      if (b.yMin <= a.yMin + 2 || a.text.endsWith('-')) continue;
      const x = letters(a.text);
      const y = letters(b.text);
      if (!x || !y || !words.has(x + y)) continue;
      if (!words.has(x) || !words.has(y)) out.push(`page ${n + 1}: "${a.text}" / "${b.text}"`);
    }
  });
  return out;
}

/** The page (1-based) each line matching `re` is on, first match only. */
export function pageOf(pages: readonly string[], re: RegExp): number {
  return pages.findIndex((p) => re.test(p)) + 1;
}
