/**
 * Reading our DOCX back with programs we did not write: python-docx, LibreOffice, poppler (pdftotext/pdfinfo) and
 * Python's expat-based XML parser. A missing tool is a failure with the reason, never a skip.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { requireTool, SYSTEM_PYTHON } from '../../support/tools';

export type DocxReading = {
  headings: { text: string; style: string; outline: number | null }[];
  paragraphs: string[];
  tables: string[][][];
  tableHeaderRows: boolean[];
  core: { title: string; subject: string; author: string; keywords: string; comments: string };
  sections: { orientation: 'portrait' | 'landscape'; width: number; height: number; header: string; footer: string }[];
  normalLanguage: string | null;
  headingLanguage: string | null;
};

function run(cmd: string, args: string[], timeoutMs = 180_000): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: timeoutMs }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${basename(cmd)} failed: ${err.message}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

export function requireReaders(): void {
  requireTool(SYSTEM_PYTHON, 'install python3 and python3-docx (apt-get install python3-docx)');
  requireTool('soffice', 'install LibreOffice Writer (apt-get install libreoffice-writer-nogui)');
  requireTool('pdftotext', 'install poppler-utils');
  requireTool('pdfinfo', 'install poppler-utils');
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** What python-docx reads from the file. */
export async function readDocx(path: string): Promise<DocxReading> {
  const out = await run(SYSTEM_PYTHON, [join(__dirname, 'read_docx.py'), path]);
  return JSON.parse(out) as DocxReading;
}

/**
 * Every XML part of the package parsed by Python's expat (xml.dom.minidom), which rejects any character XML 1.0
 * forbids. Returns the parts that failed, with the parser's message.
 */
export async function malformedParts(docx: Uint8Array, dir: string): Promise<string[]> {
  const parts = unzipSync(docx);
  const names = Object.keys(parts).filter((n) => /\.(xml|rels)$/.test(n));
  if (names.length === 0) return ['the package has no XML parts'];
  const root = join(dir, 'parts');
  for (const n of names) {
    mkdirSync(dirname(join(root, n)), { recursive: true });
    writeFileSync(join(root, n), parts[n]!);
  }
  const script = [
    'import sys, xml.dom.minidom',
    'bad = []',
    'for p in sys.argv[1:]:',
    '    try: xml.dom.minidom.parse(p)',
    '    except Exception as e: bad.append(p + ": " + str(e))',
    'print("\\n".join(bad))',
  ].join('\n');
  const out = await run(SYSTEM_PYTHON, ['-c', script, ...names.map((n) => join(root, n))]);
  return out.split('\n').filter((l) => l.trim() !== '');
}

/** Converts DOCX files to PDF in one LibreOffice process with a profile of its own (so parallel runs never collide). */
export async function toPdf(files: string[], outDir: string): Promise<string[]> {
  const profile = tempDir('lo-profile-');
  await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files], 300_000);
  return files.map((f) => join(outDir, basename(f).replace(/\.docx$/, '.pdf')));
}

/** The text of each page, as pdftotext lays it out; no-break spaces become plain spaces. */
export async function pdfPages(pdf: string): Promise<string[]> {
  const text = await run('pdftotext', ['-layout', pdf, '-']);
  const pages = text.split('\f');
  if (pages.at(-1)!.trim() === '') pages.pop();
  return pages.map(normalizeSpaces);
}

export type PageBox = { width: number; height: number; words: { text: string; xMin: number; xMax: number }[] };

/** Each page's size and the horizontal extent of every word on it, in points, from pdftotext's bounding boxes. */
export async function pdfWordBoxes(pdf: string): Promise<PageBox[]> {
  const html = await run('pdftotext', ['-bbox', pdf, '-']);
  const pages: PageBox[] = [];
  const pageRe = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g;
  const wordRe = /<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g;
  for (const m of html.matchAll(pageRe)) {
    const words = [...m[3]!.matchAll(wordRe)].map((w) => ({ text: w[3]!, xMin: Number(w[1]), xMax: Number(w[2]) }));
    pages.push({ width: Number(m[1]), height: Number(m[2]), words });
  }
  return pages;
}

/** Words that stick out past the side margins (2.5 cm = 70.9 pt) by more than `tolerance` points. */
export function wordsPastMargins(pages: PageBox[], tolerance = 3): string[] {
  const margin = (2.5 / 2.54) * 72;
  const out: string[] = [];
  pages.forEach((p, i) => {
    for (const w of p.words) {
      // A "word" of nothing but format characters (the zero-width joiner left over from an emoji sequence) has no
      // ink; poppler still gives it a box, just after the glyph it joined.
      if (/^\p{Cf}+$/u.test(w.text)) continue;
      if (w.xMin < margin - tolerance || w.xMax > p.width - margin + tolerance) {
        out.push(`page ${i + 1}: "${w.text}" spans ${w.xMin.toFixed(1)}–${w.xMax.toFixed(1)} of ${p.width.toFixed(1)} pt`);
      }
    }
  });
  return out;
}

export function normalizeSpaces(s: string): string {
  return s.replace(/[\u00a0\u202f\u2009]/g, ' ');
}
