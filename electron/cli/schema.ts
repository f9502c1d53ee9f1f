import * as z from '../../shared/zod';
import { ApplicationSchema, FORMAT_VERSION } from '../../shared/model/schema';
import { EXIT_OK, UsageError, type CliCommand } from './io';
import { usage } from './usage-strings';

/** The JSON Schema of the file format, generated from the zod schema the app itself loads files with. */
export function applicationJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ApplicationSchema, { target: 'draft-2020-12' }),
    title: usage('schema.title', { version: FORMAT_VERSION }),
    description: usage('schema.description'),
  };
}

export const schema: CliCommand = {
  usage: usage('schema.usage'),
  summary: usage('schema.summary'),
  run(args, io) {
    if (args.length > 0) throw new UsageError(usage('schema.noArguments'));
    io.stdout(JSON.stringify(applicationJsonSchema(), null, 2) + '\n');
    return EXIT_OK;
  },
};
