/**
 * Whole-process comparison (issue 4): `node out/cli/cli.js export` of the stress fixture against Debian's pandoc
 * converting the same content, written as Markdown, to DOCX. Each is run several times, interleaved so all see the
 * same machine load; the medians and their ratio are printed. Budget: ours / pandoc ≤ 0.5 (reported, not asserted).
 * `npm run cli -- export` runs the same CLI in-process after npm has started (about 0.15–0.2 s of npm's own start-up on
 * this machine, none of it ours); it is timed too, so both figures are on record.
 *
 * Run: node scripts/build-cli.mjs && npx tsx tests/bench/pandoc-compare.ts [runs]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { budgetTotals, formatKronor } from '../../shared/finance';
import { FIELD_LABELS } from '../../shared/model/labels';
import { loadApplicationText } from '../../shared/model/load';
import type { Application } from '../../shared/model/schema';
import { findPriority } from '../../shared/program/schema';
import { getProgramme, type Programme } from '../../shared/program';

const root = resolve(__dirname, '../..');
const fixture = join(root, 'tests/fixtures/stress.simansokan');
const cli = join(root, 'out/cli/cli.js');

const label = (p: string) => FIELD_LABELS[p]?.sv ?? p;
/** A cell of a pipe table: one line, no pipes. */
const cell = (s: string) => s.replace(/\s*\n+\s*/g, ' ').replace(/\|/g, '\\|');
const table = (head: string[], rows: string[][]) =>
  [`| ${head.map(cell).join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');

/** The application as Markdown: every text, the activities, the budget lines and totals, the logic model. */
export function applicationMarkdown(app: Application, programme: Programme): string {
  const t = budgetTotals(app);
  const party = (id: string) => app.parties.find((p) => p.id === id)?.organisation ?? '–';
  const years = Array.from({ length: t.years }, (_, i) => `År ${i + 1}`);
  const amounts = (a: readonly number[]) => [...years.map((_, i) => formatKronor(a[i] ?? 0)), formatKronor(a.reduce((x, y) => x + y, 0))];
  const fields = (root: string, obj: Record<string, unknown>) =>
    Object.entries(obj)
      .filter(([, v]) => typeof v === 'string')
      .map(([k, v]) => `### ${label(`${root}.${k}`)}\n\n${v as string}`);
  const out: string[] = [
    `% Ansökan om sociala investeringsmedel: ${app.project.title}`,
    `**${programme.name.sv}**`,
    '# Parter',
    ...app.parties.map((p) =>
      [`## ${p.organisation}`, table(['Fält', 'Värde'], [['Organisationsnummer', p.orgNumber], ['Kontaktperson', `${p.contact.name}, ${p.contact.email}`], ['Firmatecknare', `${p.signatory.name}, ${p.signatory.title}`]])].join('\n\n'),
    ),
    '# Sammanfattning',
    app.project.summary,
    '# Behovsanalys',
    ...fields('needs', app.needs),
    '# Prioriterade inriktningar',
    ...app.priorities.map((c) => `## ${findPriority(programme, c.priorityId)?.title.sv ?? c.priorityId}\n\n${c.motivation}`),
    '# Målgrupp',
    ...fields('targetGroup', app.targetGroup),
    '# Barnrättsperspektiv',
    table(['Artikel', 'Hur artikeln beaktas'], app.childRights.articles.map((a) => [`Art. ${a.article}`, a.how])),
    ...fields('childRights', app.childRights),
    ...fields('childRights.bestInterests', app.childRights.bestInterests),
    '# Syfte och mål',
    ...fields('goals', app.goals),
    table(['Nr', 'Mål'], app.goals.projectGoals.map((g, i) => [String(i + 1), g.text])),
    '# Aktiviteter och tidplan',
    table(['Nr', 'Aktivitet', 'Ansvarig', 'Start', 'Slut'], app.activities.map((a, i) => [String(i + 1), `**${a.name}** ${a.description}`, party(a.responsiblePartyId), a.startDate, a.endDate])),
    '# Samverkan och organisation',
    table(['Part', 'Bidrag'], app.collaboration.contributions.map((c) => [party(c.partyId), c.text])),
    ...fields('collaboration', app.collaboration),
    '# Budget och finansiering',
    table(['Beskrivning', ...years, 'Totalt'], [...app.budget.costLines.map((l) => [`${l.category}: ${l.description}, ${party(l.partyId)}`, ...amounts(l.amounts)]), ['**Total kostnad**', ...amounts(t.costByYear)]]),
    table(['Källa', ...years, 'Totalt'], [['Sökt', ...amounts(t.simByYear)], ['Total finansiering', ...amounts(t.financingByYear)]]),
    '# Uppföljning och implementering',
    ...fields('followUp', app.followUp),
    '# Underskrifter',
    ...app.parties.filter((p) => p.signs).map((p) => `**${p.organisation}**\n\nOrt och datum: ____________\n\nUnderskrift: ____________\n\n${p.signatory.name}, ${p.signatory.title}`),
    '# Bilaga 1 Logikmodell',
    table(
      ['Nr', 'Behov', 'Resurser', 'Aktiviteter', 'Prestationer', 'Kort sikt', 'Medellång sikt', 'Lång sikt', 'Indikator', 'Antaganden'],
      app.goals.logicModel.map((r, i) => [String(i + 1), r.need, r.resources, r.activities, r.outputs, r.shortTerm, r.mediumTerm, r.longTerm, r.indicators.map((i) => `${i.text} ${i.baseline} → ${i.target} (${i.dataSource})`).join('; '), r.assumptions]),
    ),
  ];
  return out.join('\n\n') + '\n';
}

/** GNU time reports a child's CPU time; with it the figures mean something on a machine other jobs share too. */
const GNU_TIME = '/usr/bin/time';

type Timing = { wall: number; cpu: number | null };

function timeRun(cmd: string, args: string[], output: string): Timing {
  rmSync(output, { force: true });
  const withTime = existsSync(GNU_TIME);
  const t0 = process.hrtime.bigint();
  const r = withTime
    ? spawnSync(GNU_TIME, ['-f', 'CPU %U %S', cmd, ...args], { stdio: ['ignore', 'ignore', 'pipe'] })
    : spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  const stderr = r.stderr?.toString() ?? '';
  if (r.status !== 0 || !existsSync(output) || statSync(output).size < 10_000) {
    throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${stderr}`);
  }
  const m = /CPU ([\d.]+) ([\d.]+)/.exec(stderr);
  return { wall, cpu: m ? (Number(m[1]) + Number(m[2])) * 1000 : null };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

function main(): void {
  const runs = Number(process.argv[2] ?? 7);
  if (!existsSync(cli)) execFileSync(process.execPath, [join(root, 'scripts/build-cli.mjs')], { stdio: 'inherit' });
  const loaded = loadApplicationText(readFileSync(fixture, 'utf8'));
  if (!loaded.ok) throw new Error('stress fixture does not load');
  const dir = mkdtempSync(join(tmpdir(), 'sim-pandoc-'));
  try {
    const md = join(dir, 'stress.md');
    writeFileSync(md, applicationMarkdown(loaded.application, getProgramme(loaded.application.programme.id)!));
    const ours: Timing[] = [];
    const viaNpm: Timing[] = [];
    const theirs: Timing[] = [];
    const runOurs = () => timeRun(process.execPath, [cli, 'export', fixture, '--out', join(dir, 'ours.docx')], join(dir, 'ours.docx'));
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const runNpm = () => timeRun(npm, ['run', '-s', '--prefix', root, 'cli', '--', 'export', fixture, '--out', join(dir, 'npm.docx')], join(dir, 'npm.docx'));
    const runPandoc = () => timeRun('pandoc', [md, '-f', 'markdown', '-t', 'docx', '-o', join(dir, 'pandoc.docx')], join(dir, 'pandoc.docx'));
    // One untimed run of each warms the file cache (and bundles the CLI for npm run if needed), then they alternate.
    runOurs();
    runNpm();
    runPandoc();
    for (let i = 0; i < runs; i++) {
      ours.push(runOurs());
      viaNpm.push(runNpm());
      theirs.push(runPandoc());
    }
    const kb = (f: string) => Math.round(statSync(join(dir, f)).size / 1024);
    const line = (name: string, ts: Timing[], file: string) => {
      const wall = median(ts.map((t) => t.wall));
      const cpu = ts.every((t) => t.cpu !== null) ? median(ts.map((t) => t.cpu!)) : null;
      console.log(`${name} wall median ${wall.toFixed(0)} ms [${ts.map((t) => t.wall.toFixed(0)).join(', ')}]` + (cpu === null ? '' : `, CPU median ${cpu.toFixed(0)} ms`) + ` → ${kb(file)} kB`);
      return { wall, cpu };
    };
    console.log(`stress fixture: ${Math.round(statSync(fixture).size / 1024)} kB JSON; Markdown ${kb('stress.md')} kB; ${runs} runs each`);
    const a = line('ours   (node out/cli/cli.js export):', ours, 'ours.docx');
    const n = line('ours   (npm run cli -- export):     ', viaNpm, 'npm.docx');
    const b = line('pandoc (markdown → docx):           ', theirs, 'pandoc.docx');
    const verdict = (r: number) => `${r.toFixed(2)} (budget ≤ 0.5: ${r <= 0.5 ? 'met' : 'NOT met'})`;
    console.log(`ratio ours/pandoc, wall: ${verdict(a.wall / b.wall)}`);
    if (a.cpu !== null && b.cpu !== null) console.log(`ratio ours/pandoc, CPU:  ${verdict(a.cpu / b.cpu)}`);
    console.log(`ratio with npm's start-up, wall: ${verdict(n.wall / b.wall)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (typeof require !== 'undefined' && require.main === module) main();
