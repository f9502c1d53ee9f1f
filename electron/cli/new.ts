import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { serializeApplication } from '../../shared/model/load';
import { newApplication } from '../../shared/model/new';
import { DEFAULT_PROGRAMME } from '../../shared/program';
import { nodeFileOps } from '../handlers/fileops';
import { EXIT_FAILURE, EXIT_OK, parseCommandArgs, UsageError, type CliCommand } from './io';
import { usage } from './usage-strings';

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

export const newCommand: CliCommand = {
  usage: usage('new.usage'),
  summary: usage('new.summary'),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { out: { type: 'string' }, force: { type: 'boolean' } });
    if (positionals.length > 0) throw new UsageError(usage('unknownArgument', { arg: positionals[0]! }));
    if (!values.out) throw new UsageError(usage('new.noOut'));
    const path = resolve(io.cwd, values.out);
    if (!values.force && (await exists(path))) {
      io.stderr(usage('new.exists', { file: values.out }) + '\n');
      return EXIT_FAILURE;
    }
    try {
      await nodeFileOps.writeAtomic(path, serializeApplication(newApplication(DEFAULT_PROGRAMME)));
    } catch {
      io.stderr(usage('new.notWritten', { file: values.out }) + '\n');
      return EXIT_FAILURE;
    }
    io.stdout(usage('new.created', { file: values.out }) + '\n');
    return EXIT_OK;
  },
};
