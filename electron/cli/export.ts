import { basename, resolve } from 'node:path';
import { exportDocx } from '../../shared/docx';
import { NODE_EXPORT } from '../docx-native';
import { hasErrors, validate } from '../../shared/rules';
import { nodeFileOps } from '../handlers/fileops';
import { writeErrorMessage } from '../handlers/messages';
import { formatReport } from './check';
import { EXIT_FAILURE, EXIT_ISSUES, EXIT_OK, parseCommandArgs, parseLang, UsageError, type CliCommand } from './io';
import { readForCommand } from './read';
import { sameFile } from '../same-file';
import { removeLeftovers } from '../handlers/leftovers';
import { cliText } from './strings';
import { usage } from './usage-strings';
import { exportIdea } from './export-idea';
import { cliLifecycleStrings } from './lifecycle-strings';

/**
 * `export <fil> --out <fil.docx> [--draft]`: the same gate as the app's export button. A signature-ready document is
 * refused while the rules report errors (exit 1, with the list); a draft is always written, marked UTKAST.
 */
export const exportCommand: CliCommand = {
  usage: usage('export.usage'),
  summary: usage('export.summary'),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      out: { type: 'string' },
      draft: { type: 'boolean' },
      idea: { type: 'boolean' },
      lang: { type: 'string' },
    });
    const lang = parseLang(values.lang);
    const t = cliText.in(lang);
    if (positionals.length !== 1) throw new UsageError(usage('export.oneFile'));
    if (!values.out) throw new UsageError(usage('export.noOut'));
    const draft = values.draft === true;
    if (draft && values.idea) throw new UsageError(cliLifecycleStrings.t(lang, 'ideaAndDraft'));
    const out = resolve(io.cwd, values.out);
    // Before anything is read or built: the document must never be written over the file it is made from.
    if (await sameFile(resolve(io.cwd, positionals[0]!), out)) {
      io.stderr(t('export.sameFile', { out: values.out, input: positionals[0]! }) + '\n');
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
        const head = t('export.refused', { name: basename(read.path), count: errors.length });
        const hint = t('export.draftHint');
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
        ? t('export.wroteDraft', { out: values.out, id }) + '\n'
        : t('export.wrote', { out: values.out, id }) + '\n',
    );
    return EXIT_OK;
  },
};
