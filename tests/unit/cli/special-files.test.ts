import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/index';
import { MAX_FILE_BYTES } from '../../../shared/model/limits';
import { tooLargeMessage } from '../../../shared/model/too-large';
import { serializeApplication } from '../../../shared/model/load';
import { completeApp } from '../rules/helpers';

/** Each command that reads an application, on what is not a regular file: it ends, with one sentence and exit 2. */
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sim-cli-kinds-'));
  execFileSync('mkfifo', [join(dir, 'fifo.simansokan')]);
  await mkdir(join(dir, 'mapp.simansokan'));
  await symlink(join(dir, 'fifo.simansokan'), join(dir, 'länk-till-fifo.simansokan'));
  await symlink('/dev/zero', join(dir, 'noll.simansokan'));
  await writeFile(join(dir, 'ok.simansokan'), serializeApplication(completeApp()));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd: dir, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

const NOT_REGULAR = (name: string) => `"${name}" är inte en vanlig fil (till exempel en enhet eller en namngiven pipe) och kan inte läsas.\n`;

describe('the CLI reads only regular files', () => {
  const cases: [string, string][] = [
    ['fifo.simansokan', NOT_REGULAR('fifo.simansokan')],
    ['länk-till-fifo.simansokan', NOT_REGULAR('länk-till-fifo.simansokan')],
    ['noll.simansokan', NOT_REGULAR('noll.simansokan')],
    ['/dev/zero', NOT_REGULAR('zero')],
    ['/dev/null', NOT_REGULAR('null')],
    ['/dev/urandom', NOT_REGULAR('urandom')],
    ['mapp.simansokan', 'mapp.simansokan är en mapp, inte en fil.\n'],
  ];
  for (const command of [['check'], ['calc'], ['calc', '--json'], ['export', '--out', 'ut.docx', '--draft']]) {
    it.each(cases)(`${command[0]} on %s ends with one sentence and exit 2`, async (file, sentence) => {
      const [name, ...rest] = command;
      const r = await cli([name!, file, ...rest]);
      expect(r).toEqual({ code: 2, stdout: '', stderr: sentence });
    });
  }

  it('a DOCX or an application file over the cap is refused before it is read, with the app\'s sentence', async () => {
    for (const [name, head] of [
      ['stor.docx', 'PK\u0003\u0004'],
      ['stor.simansokan', '{"format":"sim-ansokan"'],
    ] as const) {
      await writeFile(join(dir, name), Buffer.concat([Buffer.from(head), Buffer.alloc(MAX_FILE_BYTES + 1 - head.length, 0x20)]));
      const r = await cli(['check', name]);
      expect(r).toEqual({ code: 2, stdout: '', stderr: `${name} kan inte öppnas:\n${tooLargeMessage(MAX_FILE_BYTES + 1).sv}\n` });
    }
  });

  it('export --out onto a FIFO or a folder says why, and leaves it as it was', async () => {
    for (const out of ['fifo.simansokan', 'länk-till-fifo.simansokan', 'mapp.simansokan']) {
      const before = await stat(join(dir, out));
      const r = await cli(['export', 'ok.simansokan', '--out', out]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^Dokumentet ".*" kunde inte sparas: (det som finns med det namnet är inte en vanlig fil|det finns en mapp med samma namn)/);
      const after = await stat(join(dir, out));
      expect([after.ino, after.isFIFO(), after.isDirectory()]).toEqual([before.ino, before.isFIFO(), before.isDirectory()]);
    }
  });
});
