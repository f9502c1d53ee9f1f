import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { serializeApplication } from '../../shared/model/load';
import { newApplication } from '../../shared/model/new';
import { DEFAULT_PROGRAMME } from '../../shared/program';
import { nodeFileOps } from '../handlers/fileops';
import { EXIT_FAILURE, EXIT_OK, parseCommandArgs, UsageError, type CliCommand } from './io';

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

export const newCommand: CliCommand = {
  usage: 'new --out <fil> [--force]',
  summary: 'Skapar en ny, tom ansökan.',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { out: { type: 'string' }, force: { type: 'boolean' } });
    if (positionals.length > 0) throw new UsageError(`Okänt argument: ${positionals[0]}.`);
    if (!values.out) throw new UsageError('Ange filen att skapa med --out <fil>.');
    const path = resolve(io.cwd, values.out);
    if (!values.force && (await exists(path))) {
      io.stderr(`Filen ${values.out} finns redan och skrivs inte över. Använd --force för att ersätta den.\n`);
      return EXIT_FAILURE;
    }
    try {
      await nodeFileOps.writeAtomic(path, serializeApplication(newApplication(DEFAULT_PROGRAMME)));
    } catch {
      io.stderr(`Filen ${values.out} kunde inte skrivas. Kontrollera att mappen finns och att du har behörighet.\n`);
      return EXIT_FAILURE;
    }
    io.stdout(`Skapade en ny, tom ansökan: ${values.out}\n`);
    return EXIT_OK;
  },
};
