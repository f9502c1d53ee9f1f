/**
 * The command-line tool (`npm run cli -- <kommando>`): plain Node, no Electron.
 * A command is one module exporting a CliCommand; add it to COMMANDS and it appears in the help text.
 */
import { calc } from './calc';
import { check } from './check';
import { exportCommand } from './export';
import { EXIT_FAILURE, EXIT_OK, UsageError, type CliCommand, type CliIo } from './io';
import { newCommand } from './new';
import { reportCommand } from './report';
import { changeCommand } from './change';
import { schema } from './schema';

export const COMMANDS: Record<string, CliCommand> = {
  check,
  schema,
  new: newCommand,
  calc,
  export: exportCommand,
  report: reportCommand,
  change: changeCommand,
};

export function usageText(): string {
  const width = Math.max(...Object.values(COMMANDS).map((c) => c.usage.length));
  const lines = Object.values(COMMANDS).map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`);
  return ['Användning: npm run cli -- <kommando> [argument]', '', 'Kommandon:', ...lines, ''].join('\n');
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    (name === undefined ? io.stderr : io.stdout)(usageText());
    return name === undefined ? EXIT_FAILURE : EXIT_OK;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.stderr(`Okänt kommando: ${name}.\n\n${usageText()}`);
    return EXIT_FAILURE;
  }
  try {
    return await command.run(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`${e.message}\n\nAnvändning: npm run cli -- ${command.usage}\n`);
      return EXIT_FAILURE;
    }
    // A bug must still end in a sentence, not a stack trace; the detail goes on one line for a bug report.
    const detail = e instanceof Error ? e.message : String(e);
    io.stderr(`Ett oväntat fel inträffade i kommandot ${name}: ${detail}\n`);
    return EXIT_FAILURE;
  }
}

const nodeIo: CliIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
};

// Run only as the bundled entry point (node out/cli/cli.js), not when a test imports this module.
if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) {
  void main(process.argv.slice(2), nodeIo).then((code) => {
    process.exitCode = code;
  });
}
