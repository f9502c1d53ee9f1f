import { basename } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import type { Application } from '../../shared/model/schema';
import type { Programme } from '../../shared/program';
import { EXIT_FAILURE, parseCommandArgs, parseLang, UsageError, type CliIo, type Lang } from './io';
import { cliLifecycleStrings as S } from './lifecycle-strings';
import { readForCommand } from './read';
import { usage } from './usage-strings';
import { outIsInput } from './write-doc';

/** The options every document about a decided application takes, beside its own. */
const COMMON = { out: { type: 'string' }, draft: { type: 'boolean' }, lang: { type: 'string' } } as const;

type Options = NonNullable<ParseArgsConfig['options']>;
/** A command's own options as parsed. */
type Values<O extends Options> = ReturnType<typeof parseCommandArgs<O>>['values'];

export type DecidedInput<C> = {
  lang: Lang;
  /** The command's own reading of its options (`check`'s result). */
  choice: C;
  out: string;
  draft: boolean;
  /** The file as read, for messages: the name without its folder. */
  file: string;
  path: string;
  app: Application;
  programme: Programme;
};

/**
 * The preamble of `report` and `change`: exactly one file, --out (never the input itself), the application read
 * through the bounded open path, and a registered decision to write against. A mistake in the command line is a
 * UsageError with the usage catalog's sentence; anything else is said on stderr and answered with the exit code.
 * `check` reads the command's own options, after the file count and before --out, so the first mistake is the one said.
 */
export async function readDecidedInput<O extends Options, C>(
  args: string[],
  io: CliIo,
  own: O,
  oneFile: 'report.oneFile' | 'change.oneFile',
  check: (values: Values<O>, lang: Lang) => C,
): Promise<DecidedInput<C> | number> {
  const parsed = parseCommandArgs(args, { ...own, ...COMMON });
  const common = parsed.values as Values<typeof COMMON>;
  const lang = parseLang(common.lang);
  if (parsed.positionals.length !== 1) throw new UsageError(usage(oneFile));
  const choice = check(parsed.values as Values<O>, lang);
  const out = common.out;
  if (!out) throw new UsageError(usage('export.noOut'));
  const input = parsed.positionals[0]!;
  if (await outIsInput(io, lang, input, out)) return EXIT_FAILURE;
  const read = await readForCommand(input, io, lang);
  if (!read) return EXIT_FAILURE;
  const file = basename(read.path);
  if (!read.application.lifecycle.decision) {
    io.stderr(S.t(lang, 'noDecision', { file }) + '\n');
    return EXIT_FAILURE;
  }
  return { lang, choice, out, draft: common.draft === true, file, path: read.path, app: read.application, programme: read.programme };
}
