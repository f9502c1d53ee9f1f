/**
 * The CLI's documents after the application, run as a person runs them (the bundled CLI as a child process):
 * `export --idea`, `report (--period n | --final)` and `change`. Signed exports are refused while the rules find
 * errors (exit 1, the list, nothing written), drafts always written, bad input one sentence (exit 2).
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint } from '../../../shared/model/fingerprint';
import { serializeApplication } from '../../../shared/model/load';
import { changeRequestDocumentId, reportDocumentId } from '../../../shared/workflow/report-id';
import { changedApp, cleanReportApp, loadFixture, reportedApp } from '../docx/report-app';
import { tempDir } from '../docx/readback';

const root = resolve(__dirname, '../../..');
const complete = join(root, 'tests/fixtures/complete.simansokan');
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
const bodyText = (file: string) => {
  const parts = unzipSync(new Uint8Array(readFileSync(join(dir, file))));
  return Object.keys(parts)
    .filter((n) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(n))
    .map((n) => strFromU8(parts[n]!))
    .join('')
    .replace(/<[^>]+>/g, '');
};

const reported = reportedApp();
const clean = cleanReportApp();
const changed = changedApp();

beforeAll(async () => {
  dir = tempDir('sim-cli-lifecycle-');
  cli = join(dir, 'cli.js');
  await build({ entryPoints: [join(root, 'electron/cli/index.ts')], outfile: cli, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'error' });
  writeFileSync(join(dir, 'reported.simansokan'), serializeApplication(reported));
  writeFileSync(join(dir, 'clean.simansokan'), serializeApplication(clean));
  writeFileSync(join(dir, 'changed.simansokan'), serializeApplication(changed));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cli export --idea', () => {
  it('writes the idea sketch of any application, even an incomplete one, naming its Dokument-ID', async () => {
    const r = await run(['export', complete, '--idea', '--out', 'ide.docx']);
    expect(r.code).toBe(0);
    const id = fingerprint(loadFixture('complete.simansokan'));
    expect(r.stdout).toContain(`idéskissen ide.docx (Dokument-ID ${id})`);
    const text = bodyText('ide.docx');
    expect(text).toContain('Idéskiss');
    expect(text).toContain(id);
    expect(text).not.toContain('Underskrifter');
    const minimal = await run(['export', join(root, 'tests/fixtures/minimal.simansokan'), '--idea', '--out', 'min-ide.docx']);
    expect(minimal.code).toBe(0);
    expect(readdirSync(dir).filter((f) => f.startsWith('ide.docx'))).toEqual(['ide.docx']);
  });

  it('refuses --idea with --draft, and an --out that is the input, in one sentence (exit 2)', async () => {
    const both = await run(['export', complete, '--idea', '--draft', '--out', 'x.docx']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('en idéskiss skrivs aldrig under');
    noStack(both);
    const same = await run(['export', complete, '--idea', '--out', complete]);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain('skrivs inte över');
    expect(existsSync(join(dir, 'x.docx'))).toBe(false);
  });
});

describe('cli report', () => {
  it('writes a signature-ready progress report when its rules find no errors, with both Dokument-IDs', async () => {
    const r = await run(['report', 'clean.simansokan', '--period', '1', '--out', 'lagesrapport-1.docx']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const id = reportDocumentId(clean.lifecycle.decision!, clean.lifecycle.reports[0]!);
    const decided = clean.lifecycle.decision!.decidedDocumentId;
    expect(r.stdout).toContain(`Dokument-ID ${id}, beslutad ansökan ${decided}`);
    const text = bodyText('lagesrapport-1.docx');
    expect(text).toContain('Lägesrapport 1');
    expect(text).toContain(id);
    expect(text).toContain(decided);
    expect(text).not.toContain('UTKAST');
  });

  it('refuses to write a report with errors for signing (exit 1), listing where each error is, and writes nothing', async () => {
    writeFileSync(join(dir, 'keep.docx'), 'previous');
    const r = await run(['report', 'reported.simansokan', '--final', '--out', 'keep.docx']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('exporteras inte för underskrift');
    expect(r.stderr).toMatch(/Fel: Uppföljning efter beslut › .*Status: Ange status för aktiviteten/);
    expect(r.stderr).toContain('--draft');
    expect(readFileSync(join(dir, 'keep.docx'), 'utf8')).toBe('previous');
    noStack(r);
  });

  it('always writes a draft, marked UTKAST', async () => {
    const r = await run(['report', 'reported.simansokan', '--final', '--draft', '--out', 'slutrapport.docx']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('utkastet till slutrapporten');
    const text = bodyText('slutrapport.docx');
    expect(text).toContain('UTKAST');
    expect(text).toContain('Slutrapport');
  });

  it('says in one sentence what is wrong with the request (exit 2)', async () => {
    const neither = await run(['report', 'reported.simansokan', '--out', 'x.docx']);
    expect(neither.code).toBe(2);
    expect(neither.stderr).toContain('--period <n> eller --final');
    const both = await run(['report', 'reported.simansokan', '--period', '1', '--final', '--out', 'x.docx']);
    expect(both.code).toBe(2);
    const bad = await run(['report', 'reported.simansokan', '--period', '1e3', '--out', 'x.docx']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('heltal');
    const missing = await run(['report', 'reported.simansokan', '--period', '7', '--draft', '--out', 'x.docx']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('har ingen lägesrapport 7. Rapporterna i filen: lägesrapport 1, lägesrapport 2, slutrapporten.');
    const undecided = await run(['report', complete, '--period', '1', '--draft', '--out', 'x.docx']);
    expect(undecided.code).toBe(2);
    expect(undecided.stderr).toContain('inget registrerat beslut');
    for (const x of [neither, both, bad, missing, undecided]) noStack(x);
    expect(existsSync(join(dir, 'x.docx'))).toBe(false);
  });

  it('answers in English with --lang en', async () => {
    const r = await run(['report', 'reported.simansokan', '--final', '--out', 'y.docx', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is not exported for signature');
  });
});

describe('cli change', () => {
  it('writes the change request field by field against the decided application, with its own Dokument-ID', async () => {
    const r = await run(['change', 'changed.simansokan', '--out', 'andring.docx']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const id = changeRequestDocumentId(changed.lifecycle.decision!, changed.lifecycle.changeRequests[0]!);
    expect(r.stdout).toContain(id);
    const text = bodyText('andring.docx');
    expect(text).toContain('Ändringsansökan');
    expect(text).toContain('2027-12-31');
    expect(text).toContain('2028-06-30');
    expect(text).toContain('Dals-Eds kommun');
    expect(text).toContain(id);
    expect(text).toContain(changed.lifecycle.decision!.decidedDocumentId);
  });

  it('says so when there is no such change request (exit 2)', async () => {
    const r = await run(['change', 'changed.simansokan', '--id', 'nope', '--out', 'z.docx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('har ingen ändringsansökan (nope)');
    const none = await run(['change', 'reported.simansokan', '--out', 'z.docx']);
    expect(none.code).toBe(2);
    expect(existsSync(join(dir, 'z.docx'))).toBe(false);
  });
});

describe('cli report and change: the mistakes they share', () => {
  // Each command with what it needs besides the shared part, so only the shared mistake is wrong.
  const commands = [
    ['report', '--final'],
    ['change'],
  ] as const;

  for (const [command, ...own] of commands) {
    it(`${command}: one sentence for a wrong file count, a missing or same --out, a missing file, no decision, a bad --lang (exit 2, nothing written)`, async () => {
      const before = readFileSync(join(dir, 'reported.simansokan'), 'utf8');
      const cases: [string[], string][] = [
        [[...own, '--out', 'w.docx'], 'Ange exakt en fil'],
        [['reported.simansokan', 'clean.simansokan', ...own, '--out', 'w.docx'], 'Ange exakt en fil'],
        [['reported.simansokan', ...own], 'Ange Word-dokumentet att skriva med --out'],
        [['reported.simansokan', ...own, '--out', 'reported.simansokan'], 'är samma fil som ansökan som exporteras (reported.simansokan) och skrivs inte över'],
        [['saknas.simansokan', ...own, '--out', 'w.docx'], 'Filen saknas.simansokan finns inte.'],
        [[complete, ...own, '--draft', '--out', 'w.docx'], 'complete.simansokan har inget registrerat beslut'],
        [['reported.simansokan', ...own, '--out', 'w.docx', '--lang', 'xx'], 'Språket måste vara sv eller en, inte "xx".'],
      ];
      for (const [args, sentence] of cases) {
        const r = await run([command, ...args]);
        expect(r.code, args.join(' ')).toBe(2);
        expect(r.stderr, args.join(' ')).toContain(sentence);
        noStack(r);
      }
      expect(existsSync(join(dir, 'w.docx'))).toBe(false);
      expect(readFileSync(join(dir, 'reported.simansokan'), 'utf8')).toBe(before);
    });

    it(`${command}: says that there is no decision in English with --lang en`, async () => {
      const r = await run([command, complete, ...own, '--draft', '--out', 'w.docx', '--lang', 'en']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('complete.simansokan has no recorded decision');
    });
  }
});
