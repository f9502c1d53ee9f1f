import { parseArgs, type ParseArgsConfig } from 'node:util';
import { LANGS } from '../../shared/i18n/catalog';

/** Where a command writes, and the folder relative paths are resolved from. Tests pass their own. */
export type CliIo = {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
};

/** One CLI command. `usage` is the Swedish line shown in the help text, e.g. `check <fil> [--lang sv|en]`. */
export type CliCommand = {
  usage: string;
  summary: string;
  run(args: string[], io: CliIo): number | Promise<number>;
};

export const EXIT_OK = 0;
/** The application has errors that block signing. */
export const EXIT_ISSUES = 1;
/** The file could not be read or written, or the command line was wrong. */
export const EXIT_FAILURE = 2;

/** A mistake in the command line: the dispatcher prints it with the usage text and exits 2. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Strict option parsing: an unknown or malformed option is a UsageError, never a stack trace. */
export function parseCommandArgs<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const unknown = /'([^']+)'/.exec(msg)?.[1];
    throw new UsageError(unknown ? usage('unknownOption', { option: unknown }) : usage('badOptions'));
  }
}

export type { Lang } from '../../shared/i18n/catalog';
import type { Lang } from '../../shared/i18n/catalog';
import { usage } from './usage-strings';

export function parseLang(value: string | undefined): Lang {
  if (value === undefined) return 'sv';
  if ((LANGS as readonly string[]).includes(value)) return value as Lang;
  throw new UsageError(usage('badLang', { value }));
}
