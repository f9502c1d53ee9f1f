import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadApplicationBytes, serializeApplication } from '../../../shared/model/load';
import { HUGE_EXPECTED, writeHugeFile } from '../../fixtures/huge';
import { completeApp } from '../rules/helpers';

const root = resolve(__dirname, '../../..');
const FIXTURES = join(root, 'tests/fixtures');
const complete = join(FIXTURES, 'complete.simansokan');
const minimal = join(FIXTURES, 'minimal.simansokan');
let dir = '';
let cli = '';

type Run = { code: number; stdout: string; stderr: string };

/** Runs the bundled CLI as a child process, the way `npm run cli --` does. */
function run(args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      done({ code: err ? (typeof err.code === 'number' ? err.code : 99) : 0, stdout, stderr });
    });
  });
}

const noStack = (r: Run) => expect(r.stdout + r.stderr).not.toMatch(/\n\s+at |Error:|TypeError|node:internal/);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sim-cli-'));
  // Bundled like scripts/build-cli.mjs, but into our own folder so parallel test files never race on out/cli.
  cli = join(dir, 'cli.js');
  await build({ entryPoints: [join(root, 'electron/cli/index.ts')], outfile: cli, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'error' });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('check', () => {
  it('exits 0 on the complete application and leaves the file untouched', async () => {
    const before = { bytes: readFileSync(complete), mtime: statSync(complete).mtimeMs };
    const r = await run(['check', complete]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('Kontroll av complete.simansokan');
    expect(r.stdout.trim().split('\n').at(-1)).toBe('Inga fel och inga varningar: ansökan är ifylld till 100 % och kan exporteras för underskrift.');
    expect(readFileSync(complete)).toEqual(before.bytes);
    expect(statSync(complete).mtimeMs).toBe(before.mtime);
  });

  it('exits 0 with warnings only, and says so', async () => {
    const app = completeApp();
    app.socioEconomics.avoidedCosts[0]!.source = '';
    writeFileSync(join(dir, 'warn.simansokan'), serializeApplication(app));
    const r = await run(['check', 'warn.simansokan']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Samhällsekonomi\n  Varning: Ange en källa för den undvikna kostnaden "Utredning av barn och unga enligt BBIC"');
    expect(r.stdout).toContain('0 fel och 1 varning: ansökan är ifylld till 99 % och kan exporteras för underskrift.');
  });

  it('exits 1 on an empty application, grouping the issues by step in wizard order', async () => {
    const r = await run(['check', minimal]);
    expect(r.code).toBe(1);
    noStack(r);
    const headings = r.stdout.split('\n').filter((l) => l !== '' && !l.startsWith(' ') && !l.startsWith('Kontroll') && !/fel|varning/.test(l));
    expect(headings).toEqual([
      'Parter',
      'Projekt',
      'Behovsanalys',
      'Inriktning',
      'Målgrupp',
      'Barnrätt',
      'Mål och logikmodell',
      'Aktiviteter',
      'Samverkan',
      'Budget',
      'Uppföljning och implementering',
    ]);
    expect(r.stdout).toContain('  Fel: Parter › Part 1 › Organisationsnummer måste fyllas i.');
    expect(r.stdout.trim().split('\n').at(-1)).toMatch(/^\d+ fel och 0 varningar: ansökan kan inte exporteras för underskrift förrän felen är åtgärdade \(ifylld till 0 %\)\.$/);
  });

  it('speaks English with --lang en', async () => {
    const r = await run(['check', '--lang', 'en', minimal]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Check of minimal.simansokan');
    expect(r.stdout).toContain('Parties\n  Error: Parties › Party 1 › Organisation must be filled in.');
    expect(r.stdout).toMatch(/errors and 0 warnings: the application cannot be exported/);
  });

  const expected: Record<string, string> = JSON.parse(readFileSync(join(FIXTURES, 'broken/expected.json'), 'utf8'));
  it.each(Object.entries(expected))('exits 2 on %s with its sentence', async (name, message) => {
    const r = await run(['check', join(FIXTURES, 'broken', name)]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${name} kan inte öppnas:`);
    expect(r.stderr).toContain(message);
    noStack(r);
  });

  it('exits 2 on a 60 MB file', async () => {
    const path = writeHugeFile(dir);
    const r = await run(['check', path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(HUGE_EXPECTED);
    noStack(r);
  });

  it('exits 2 with one sentence for a missing file, a folder and an unknown programme', async () => {
    expect(await run(['check', 'finns-inte.simansokan'])).toMatchObject({ code: 2, stderr: 'Filen finns-inte.simansokan finns inte.\n' });
    mkdirSync(join(dir, 'mapp'), { recursive: true });
    expect(await run(['check', 'mapp'])).toMatchObject({ code: 2, stderr: 'mapp är en mapp, inte en fil.\n' });
    const app = completeApp();
    app.programme.id = 'vgr-sim-2031';
    writeFileSync(join(dir, 'framtid.simansokan'), serializeApplication(app));
    const r = await run(['check', 'framtid.simansokan', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('The application belongs to the programme "vgr-sim-2031", which this version of SIM-ansökan does not know.\n');
  });
});

describe('usage errors', () => {
  it.each([
    [[], 'Användning: npm run cli -- <kommando>'],
    [['gissa'], 'Okänt kommando: gissa.'],
    [['check'], 'Ange exakt en fil att kontrollera.'],
    [['check', 'a', 'b'], 'Ange exakt en fil att kontrollera.'],
    [['check', 'a', '--lang', 'de'], 'Språket måste vara sv eller en, inte "de".'],
    [['check', 'a', '--verbose'], 'Okänt eller ofullständigt val: --verbose.'],
    [['schema', 'extra'], 'schema tar inga argument.'],
    [['new'], 'Ange filen att skapa med --out <fil>.'],
  ])('%j exits 2 with a Swedish usage text', async (args, message) => {
    const r = await run(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('Användning: npm run cli --');
    noStack(r);
  });

  it('prints help on request and exits 0', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['check <fil> [--lang sv|en]', 'schema', 'new --out <fil> [--force]']) expect(r.stdout).toContain(c);
  });
});

describe('schema', () => {
  it('prints the JSON Schema of the file format, strict like the loader', async () => {
    const r = await run(['schema']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(s.title).toContain('SIM-ansökan');
    expect(s.additionalProperties).toBe(false);
    expect(s.required).toEqual(expect.arrayContaining(['format', 'formatVersion', 'parties', 'budget', 'followUp']));
    expect(s.properties.project.properties.summary.maxLength).toBe(4000);
    const amounts = s.properties.budget.properties.costLines.items.properties.amounts;
    expect(amounts.items).toMatchObject({ type: 'integer', minimum: 0 });
    expect(s.properties.parties.items.additionalProperties).toBe(false);
  });
});

describe('new', () => {
  it('writes a new, empty application that loads, and refuses to overwrite it without --force', async () => {
    const r = await run(['new', '--out', 'ny.simansokan']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const path = join(dir, 'ny.simansokan');
    const first = readFileSync(path);
    const loaded = loadApplicationBytes(first);
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(loaded.application.parties).toHaveLength(2);

    const again = await run(['new', '--out', 'ny.simansokan']);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('Filen ny.simansokan finns redan och skrivs inte över. Använd --force för att ersätta den.\n');
    expect(readFileSync(path)).toEqual(first);

    const forced = await run(['new', '--out', 'ny.simansokan', '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(path).equals(first)).toBe(false);
    expect((await run(['check', 'ny.simansokan'])).code).toBe(1);
  });

  it('exits 2 with a sentence when the folder does not exist', async () => {
    const r = await run(['new', '--out', 'saknas/ny.simansokan']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('Filen saknas/ny.simansokan kunde inte skrivas. Kontrollera att mappen finns och att du har behörighet.\n');
  });
});

describe('a DOCX exported by the app in place of the application file', () => {
  it('check and export read the application it carries; a tampered one gets exit 2 and one sentence', async () => {
    const docx = join(dir, 'exporterad.docx');
    expect((await run(['export', complete, '--out', docx])).code).toBe(0);

    const checked = await run(['check', docx]);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toContain('exporterad.docx');

    const again = join(dir, 'igen.docx');
    const exported = await run(['export', docx, '--out', again]);
    expect(exported.code).toBe(0);
    // Same content, so the same Dokument-ID.
    const id = (s: string) => /Dokument-ID:?\s*([0-9A-F]{4}(?:-[0-9A-F]{4}){7})/.exec(s)?.[1];
    expect(id(exported.stdout + exported.stderr)).toBeTruthy();

    const { unzipSync, zipSync, strFromU8, strToU8 } = await import('fflate');
    const files = unzipSync(readFileSync(docx));
    files['customXml/item1.xml'] = strToU8(strFromU8(files['customXml/item1.xml']!).replace('Dalslands barn', 'Någon annans barn'));
    const tampered = join(dir, 'manipulerad.docx');
    writeFileSync(tampered, zipSync(files));
    const refused = await run(['check', tampered]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('stämmer inte med dokumentets Dokument-ID');
    noStack(refused);
  });
});
