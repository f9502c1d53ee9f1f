/**
 * One hostile file opened in a process of its own, so its peak memory is its own: prints the time the open took
 * (wall and CPU),
 * the process's peak resident memory (resourceUsage().maxRSS) and what the user is told.
 */
import { readFileSync } from 'node:fs';
import { openApplicationBytes } from '../../shared/docx/open';

const bytes = new Uint8Array(readFileSync(process.argv[2]!));
const before = process.resourceUsage().maxRSS;
const start = process.hrtime.bigint();
const cpu = process.cpuUsage();
const r = openApplicationBytes(bytes);
const ms = Number(process.hrtime.bigint() - start) / 1e6;
// CPU time as well as wall time: on a machine shared by many processes, the wall clock mostly measures the wait.
const used = process.cpuUsage(cpu);
const cpuMs = (used.user + used.system) / 1000;
const said = r.ok ? `read${r.notice ? `: ${r.notice.sv}` : ''}` : r.message.sv.split('\n')[0]!;
process.stdout.write(JSON.stringify({ ms, cpuMs, rssBeforeMB: before / 1024, peakMB: process.resourceUsage().maxRSS / 1024, said }));
