/**
 * Child process for the lock race: for each "go <file>" line on stdin it tries to take the file's lock and answers
 * "ok <owner>" or "held". Several of these race for the same stale lock, in real parallel.
 */
import { createInterface } from 'node:readline';
import { hostname } from 'node:os';
import { LockManager } from '../../../electron/handlers/lock';
import { nodeFileOps } from '../../../electron/handlers/fileops';

const locks = new LockManager(nodeFileOps, { pid: process.pid, host: hostname(), user: 'test' }, () => new Date());
process.stdout.write('ready\n');
createInterface({ input: process.stdin }).on('line', (line) => {
  const file = line.slice('go '.length);
  void locks.acquire(file).then(
    (r) => process.stdout.write(r.ok ? `ok ${locks.owner}\n` : `held\n`),
    (e: unknown) => process.stdout.write(`error ${String(e)}\n`),
  );
});
