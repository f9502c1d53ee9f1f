import * as z from '../../shared/zod';
import { ApplicationSchema, FORMAT_VERSION } from '../../shared/model/schema';
import { EXIT_OK, UsageError, type CliCommand } from './io';

/** The JSON Schema of the file format, generated from the zod schema the app itself loads files with. */
export function applicationJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ApplicationSchema, { target: 'draft-2020-12' }),
    title: `SIM-ansökan, filformat version ${FORMAT_VERSION}`,
    description: 'En ansökan om sociala investeringsmedel (.simansokan), UTF-8 JSON.',
  };
}

export const schema: CliCommand = {
  usage: 'schema',
  summary: 'Skriver ut JSON Schema för filformatet.',
  run(args, io) {
    if (args.length > 0) throw new UsageError('schema tar inga argument.');
    io.stdout(JSON.stringify(applicationJsonSchema(), null, 2) + '\n');
    return EXIT_OK;
  },
};
