import { basename, resolve } from 'node:path';
import { exportDocx } from '../../shared/docx';
import { NODE_EXPORT } from '../docx-native';
import { hasErrors, validate } from '../../shared/rules';
import { nodeFileOps } from '../handlers/fileops';
import { writeErrorMessage } from '../handlers/messages';
import { formatReport } from './check';
import { EXIT_FAILURE, EXIT_ISSUES, EXIT_OK, parseCommandArgs, parseLang, UsageError, type CliCommand, type Lang } from './io';
import { readForCommand } from './read';
import { sameFile } from '../same-file';
import { removeLeftovers } from '../handlers/leftovers';
import { exportIdea } from './export-idea';
import { cliLifecycleStrings } from './lifecycle-strings';

const say = (lang: Lang, sv: string, en: string) => (lang === 'sv' ? sv : en);

/**
 * `export <fil> --out <fil.docx> [--draft]`: the same gate as the app's export button. A signature-ready document is
 * refused while the rules report errors (exit 1, with the list); a draft is always written, marked UTKAST.
 */
export const exportCommand: CliCommand = {
  usage: 'export <fil> --out <fil.docx> [--draft | --idea] [--lang sv|en]',
  summary: 'Exporterar ansökan till ett Word-dokument för underskrift (eller ett utkast med --draft).',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      out: { type: 'string' },
      draft: { type: 'boolean' },
      idea: { type: 'boolean' },
      lang: { type: 'string' },
    });
    const lang = parseLang(values.lang);
    if (positionals.length !== 1) throw new UsageError('Ange exakt en ansökan att exportera.');
    if (!values.out) throw new UsageError('Ange Word-dokumentet att skriva med --out <fil.docx>.');
    const draft = values.draft === true;
    if (draft && values.idea) throw new UsageError(cliLifecycleStrings.t(lang, 'ideaAndDraft'));
    const out = resolve(io.cwd, values.out);
    // Before anything is read or built: the document must never be written over the file it is made from.
    if (await sameFile(resolve(io.cwd, positionals[0]!), out)) {
      io.stderr(
        say(
          lang,
          `${values.out} är samma fil som ansökan som exporteras (${positionals[0]}) och skrivs inte över. Välj ett annat namn för Word-dokumentet med --out.\n`,
          `${values.out} is the same file as the application being exported (${positionals[0]}) and is not overwritten. Choose another name for the Word document with --out.\n`,
        ),
      );
      return EXIT_FAILURE;
    }

    const read = await readForCommand(positionals[0]!, io, lang);
    if (!read) return EXIT_FAILURE;
    const { application: app, programme } = read;
    if (values.idea) return exportIdea(io, lang, app, programme, values.out);

    if (!draft) {
      const issues = validate(app, programme);
      if (hasErrors(issues)) {
        const errors = issues.filter((i) => i.severity === 'error');
        const head = say(
          lang,
          `${basename(read.path)} exporteras inte för underskrift: ${errors.length} fel måste rättas först.`,
          `${basename(read.path)} is not exported for signature: ${errors.length} error(s) must be corrected first.`,
        );
        const hint = say(
          lang,
          'Ett utkast (märkt UTKAST) kan exporteras ändå med --draft.',
          'A draft (marked DRAFT) can still be exported with --draft.',
        );
        io.stderr([head, ...formatReport(errors, lang), '', hint].join('\n') + '\n');
        return EXIT_ISSUES;
      }
    }

    const { bytes, documentId: id } = await exportDocx(app, programme, { draft, ...NODE_EXPORT });
    try {
      await nodeFileOps.writeAtomic(out, bytes);
    } catch (e) {
      io.stderr(writeErrorMessage(e, out, 'export')[lang] + '\n');
      return EXIT_FAILURE;
    }
    await removeLeftovers(nodeFileOps, out, new Date());
    io.stdout(
      draft
        ? say(lang, `Skrev utkastet ${values.out} (Dokument-ID ${id}).\n`, `Wrote the draft ${values.out} (Document ID ${id}).\n`)
        : say(lang, `Skrev ${values.out}, klar för underskrift (Dokument-ID ${id}).\n`, `Wrote ${values.out}, ready for signature (Document ID ${id}).\n`),
    );
    return EXIT_OK;
  },
};
