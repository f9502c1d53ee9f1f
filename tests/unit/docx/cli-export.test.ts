/**
 * `npm run cli -- export`: the bundled CLI run as a child process, as a person runs it. Exit 0 written, 1 refused
 * for errors with the list, 2 unreadable input; the document is written atomically and only when it may be.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint } from '../../../shared/model/fingerprint';
import { loadApplicationText } from '../../../shared/model/load';
import { tempDir } from './readback';

const root = resolve(__dirname, '../../..');
const FIXTURES = join(root, 'tests/fixtures');
const complete = join(FIXTURES, 'complete.simansokan');
const minimal = join(FIXTURES, 'minimal.simansokan');
const broken = JSON.parse(readFileSync(join(FIXTURES, 'broken/expected.json'), 'utf8')) as Record<string, string>;

let dir = '';
let cli = '';

type Run = { code: number; stdout: string; stderr: string };

function run(args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8' }, (err, stdout, stderr) => {
      done({ code: err ? (typeof err.code === 'number' ? err.code : 99) : 0, stdout, stderr });
    });
  });
}

const noStack = (r: Run) => expect(r.stdout + r.stderr).not.toMatch(/\n\s+at |TypeError|ReferenceError|node:internal/);

/** The text of the document body, enough to tell a draft from a signature-ready export. */
function documentText(path: string): string {
  const parts = unzipSync(new Uint8Array(readFileSync(path)));
  return ['word/document.xml', ...Object.keys(parts).filter((n) => /^word\/header\d*\.xml$/.test(n))].map((n) => strFromU8(parts[n]!)).join('');
}

beforeAll(async () => {
  dir = tempDir('sim-cli-export-');
  // Our own bundle, like scripts/build-cli.mjs, so parallel test files never race on out/cli.
  cli = join(dir, 'cli.js');
  await build({ entryPoints: [join(root, 'electron/cli/index.ts')], outfile: cli, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'error' });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cli export', () => {
  it('writes a signature-ready document for a complete application (exit 0) and names its Dokument-ID', async () => {
    const r = await run(['export', complete, '--out', 'ansokan.docx']);
    expect(r.code).toBe(0);
    const loaded = loadApplicationText(readFileSync(complete, 'utf8'));
    if (!loaded.ok) throw new Error('complete fixture does not load');
    const id = fingerprint(loaded.application);
    expect(r.stdout).toContain(id);
    const out = join(dir, 'ansokan.docx');
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    const text = documentText(out);
    expect(text).toContain(id);
    expect(text).not.toContain('UTKAST');
    // Written atomically: no temporary file is left beside it.
    expect(readdirSync(dir).filter((f) => f.startsWith('ansokan.docx'))).toEqual(['ansokan.docx']);
  });

  it('refuses a signature-ready export while the rules report errors (exit 1), lists them, and writes nothing', async () => {
    const r = await run(['export', minimal, '--out', 'minimal.docx']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('exporteras inte för underskrift');
    expect(r.stderr).toMatch(/Fel: .*måste fyllas i/);
    expect(r.stderr).toContain('--draft');
    expect(existsSync(join(dir, 'minimal.docx'))).toBe(false);
    noStack(r);
  });

  it('always writes a draft, marked UTKAST (exit 0)', async () => {
    const r = await run(['export', minimal, '--out', 'utkast.docx', '--draft']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('utkastet');
    expect(documentText(join(dir, 'utkast.docx'))).toContain('UTKAST');
  });

  it('says in English what is wrong with --lang en', async () => {
    const r = await run(['export', minimal, '--out', 'x.docx', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is not exported for signature');
  });

  it('answers unreadable input with one clear sentence (exit 2)', async () => {
    const missing = await run(['export', 'finns-inte.simansokan', '--out', 'x.docx']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('finns inte');
    noStack(missing);
    for (const name of ['not-json.simansokan', 'newer-version.simansokan']) {
      const r = await run(['export', join(FIXTURES, 'broken', name), '--out', 'x.docx', '--draft']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(broken[name]);
      noStack(r);
    }
    expect(existsSync(join(dir, 'x.docx'))).toBe(false);
  });

  it('explains a missing --out or a folder that does not exist (exit 2), and keeps an existing document whole', async () => {
    const usage = await run(['export', complete]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--out');
    const nowhere = await run(['export', complete, '--out', join('finns-inte', 'a.docx')]);
    expect(nowhere.code).toBe(2);
    expect(nowhere.stderr).toContain('kunde inte sparas');
    noStack(nowhere);
    // A refused export leaves the document already there as it was.
    writeFileSync(join(dir, 'keep.docx'), 'previous version');
    expect((await run(['export', minimal, '--out', 'keep.docx'])).code).toBe(1);
    expect(readFileSync(join(dir, 'keep.docx'), 'utf8')).toBe('previous version');
  });
});
