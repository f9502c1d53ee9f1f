import { basename } from 'node:path';
import { exportChangeDocx } from '../../shared/docx/change/change';
import { reportHasErrors, validateChangeRequest, validateDecision } from '../../shared/rules';
import { NODE_EXPORT } from '../docx-native';
import { EXIT_FAILURE, EXIT_OK, parseCommandArgs, parseLang, UsageError, type CliCommand } from './io';
import { cliLifecycleStrings as S } from './lifecycle-strings';
import { usage } from './usage-strings';
import { readForCommand } from './read';
import { refuseForErrors } from './report';
import { outIsInput, writeDocument } from './write-doc';

/**
 * `change <fil> [--id <id>] --out <fil.docx> [--draft]`: a change request as a Word document for the parties to sign,
 * field by field against the decided application. Without --id, the latest change request. Refused for signing while
 * its rules find errors, like the application's export.
 */
export const changeCommand: CliCommand = {
  usage: usage('change.usage'),
  summary: usage('change.summary'),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      id: { type: 'string' },
      out: { type: 'string' },
      draft: { type: 'boolean' },
      lang: { type: 'string' },
    });
    const lang = parseLang(values.lang);
    if (positionals.length !== 1) throw new UsageError(usage('change.oneFile'));
    if (!values.out) throw new UsageError(usage('export.noOut'));
    const draft = values.draft === true;
    const input = positionals[0]!;
    if (await outIsInput(io, lang, input, values.out)) return EXIT_FAILURE;
    const read = await readForCommand(input, io, lang);
    if (!read) return EXIT_FAILURE;
    const { application: app, programme } = read;
    const file = basename(read.path);
    if (!app.lifecycle.decision) {
      io.stderr(S.t(lang, 'noDecision', { file }) + '\n');
      return EXIT_FAILURE;
    }
    const list = app.lifecycle.changeRequests;
    const cr = values.id === undefined ? list.at(-1) : list.find((c) => c.id === values.id);
    if (!cr) {
      io.stderr(S.t(lang, 'noChange', { file, which: values.id === undefined ? '' : ` (${values.id})` }) + '\n');
      return EXIT_FAILURE;
    }
    if (!draft) {
      const issues = [...validateDecision(app), ...validateChangeRequest(app, cr.id)];
      if (reportHasErrors(issues)) return refuseForErrors(io, lang, read.path, S.t(lang, 'changeRequest'), issues);
    }
    const r = await exportChangeDocx(app, programme, cr.id, { draft, ...NODE_EXPORT });
    if (!(await writeDocument(io, lang, values.out, r.bytes))) return EXIT_FAILURE;
    io.stdout(S.t(lang, draft ? 'wroteChangeDraft' : 'wroteChange', { out: values.out, id: r.documentId, decided: r.decidedDocumentId }) + '\n');
    return EXIT_OK;
  },
};
