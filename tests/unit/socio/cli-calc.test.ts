import { beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { serializeApplication } from '../../../shared/model';
import { workedExample } from './example';

const root = resolve(__dirname, '../../..');
let dir = '';
let cli = '';

/** Runs the bundled CLI as a child process, as `npm run cli` does. */
function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8' }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 99) : 0;
      done({ code, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'socio-cli-'));
  // Our own bundle of the same entry point, so parallel test files never race on out/cli/cli.js.
  cli = join(dir, 'cli.js');
  await build({ entryPoints: [join(root, 'electron/cli/index.ts')], outfile: cli, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'error' });
  await writeFile(join(dir, 'exempel.simansokan'), serializeApplication(workedExample()));
  const empty = workedExample();
  empty.socioEconomics.effect = 0;
  await writeFile(join(dir, 'noll.simansokan'), serializeApplication(empty));
  await writeFile(join(dir, 'trasig.simansokan'), '{"format": "sim-ansokan", ');
});

describe('npm run cli -- calc', () => {
  it('prints the inputs and the results the Swedish way', async () => {
    const r = await run(['calc', 'exempel.simansokan']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = r.stdout.replace(/\u00a0/g, ' ');
    expect(out).toContain('Samhällsekonomisk kalkyl för Tidiga insatser i Vänersborg');
    expect(out).toContain('Investering från budgeten: år 1 9 000 000 kr, år 2 9 000 000 kr, år 3 9 000 000 kr; totalt 27 000 000 kr');
    expect(out).toContain('Staten: Aktivitetsersättning, 150 000 kr per år i 5 år (Egen beräkning, 2024)');
    expect(out).toContain('Investering, nuvärde: 26 097 248 kr');
    expect(out).toContain('Undviken kostnad, nuvärde: 65 808 268 kr');
    expect(out).toContain('Lyckade utfall som krävs (break-even): 15,86 (9,91 % av dem som nås)');
    expect(out).toContain('Återbetalningsår: år 4');
    expect(out).toContain('Undviken kostnad per investerad krona: 2,52 kr');
    expect(out).toMatch(/Staten\s+0 kr\s+26 071 321 kr\s+26 071 321 kr\s+investerar inget/);
    expect(out).toContain('2,52 kr / år 4 *');
    expect(out).toContain('inte besparingar i en enskild organisations budget');
    // The fund is an investor of its own: the region invests its staff time only.
    expect(out).toContain('SIM-medel (fonden): 13 500 000 kr');
    expect(out).toMatch(/SIM-medel \(fonden\)\s+13 048 624 kr\s+0 kr\s+−13 048 624 kr\s+0,00 kr/);
    expect(out).toMatch(/Region\s+7 249 236 kr\s+4 387 771 kr\s+−2 861 465 kr\s+0,61 kr/);
    expect(out).toContain('Risk utan insats: 50 %. Källa: ingen källa angiven');
    expect(out).toContain('Prisnivå: prisbasår ej angivet');
  });

  it('prints the sources, the price base year and the result at the low and high values', async () => {
    const app = workedExample();
    Object.assign(app.socioEconomics, { baselineRiskSource: 'SCB 2023', baselineRiskLow: 40, baselineRiskHigh: 60, effectLow: 25, effectHigh: 75, priceBaseYear: 2024 });
    await writeFile(join(dir, 'intervall.simansokan'), serializeApplication(app));
    const out = (await run(['calc', 'intervall.simansokan'])).stdout.replace(/\u00a0/g, ' ');
    expect(out).toContain('Risk utan insats: 50 % (40 % – 60 %). Källa: SCB 2023');
    expect(out).toContain('Prisnivå: alla belopp i 2024 års priser');
    expect(out).toMatch(/Båda låga \(40 % \/ 25 %\): [\d −]+ kr, [\d,]+ kr, /);
    const j = JSON.parse((await run(['calc', 'intervall.simansokan', '--json'])).stdout);
    expect(j.ranges).toHaveLength(6);
    expect(j.inputs.priceBaseYear).toBe(2024);
  });

  it('--json gives machine-readable figures in whole kronor', async () => {
    const r = await run(['calc', 'exempel.simansokan', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.inputs.investmentByYear).toEqual([9_000_000, 9_000_000, 9_000_000]);
    expect(j.inputs.avoidedCosts).toHaveLength(3);
    expect(j.result.paybackYear).toBe(4);
    expect(j.result.avoided.totalDiscounted).toBe(65_808_268);
    expect(j.result.actors.stat.returnPerKrona).toBeNull();
    const amounts = [j.result.investment.byYearDiscounted, j.result.avoided.byYearDiscounted, j.result.avoided.cumulativeDiscounted].flat();
    expect(amounts.every(Number.isInteger)).toBe(true);
  });

  it('zero effect says there is no payback, without NaN or Infinity', async () => {
    const r = await run(['calc', 'noll.simansokan']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Återbetalningsår: inte inom kalkylperioden');
    expect(r.stdout).toContain('Saknas för en fullständig kalkyl: förväntad effekt.');
    expect(r.stdout).not.toMatch(/NaN|Infinity|undefined/);
    const j = await run(['calc', 'noll.simansokan', '--json']);
    expect(j.stdout).not.toMatch(/NaN|Infinity/);
    expect(JSON.parse(j.stdout).result.paybackYear).toBeNull();
  });

  it('an unreadable file exits 2 with one clear sentence and no stack trace', async () => {
    const missing = await run(['calc', 'finns-inte.simansokan']);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe('Filen finns-inte.simansokan finns inte.');
    const broken = await run(['calc', 'trasig.simansokan']);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('inte giltig JSON');
    expect(broken.stderr).not.toMatch(/\n\s+at /);
    const usage = await run(['calc']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('calc <fil> [--json] [--lang sv|en]');
  });
});
