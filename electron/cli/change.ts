import { exportChangeDocx } from '../../shared/docx/change/change';
import { reportHasErrors, validateChangeRequest, validateDecision } from '../../shared/rules';
import { NODE_EXPORT } from '../docx-native';
import { readDecidedInput } from './decided-input';
import { EXIT_FAILURE, EXIT_OK, type CliCommand } from './io';
import { cliLifecycleStrings as S } from './lifecycle-strings';
import { usage } from './usage-strings';
import { refuseForErrors } from './report';
import { writeDocument } from './write-doc';

/**
 * `change <fil> [--id <id>] --out <fil.docx> [--draft]`: a change request as a Word document for the parties to sign,
 * field by field against the decided application. Without --id, the latest change request. Refused for signing while
 * its rules find errors, like the application's export.
 */
export const changeCommand: CliCommand = {
  usage: usage('change.usage'),
  summary: usage('change.summary'),
  async run(args, io) {
    const input = await readDecidedInput(args, io, { id: { type: 'string' } }, 'change.oneFile', (values) => values.id);
    if (typeof input === 'number') return input;
    const { app, programme, lang, draft, out, file, choice: id } = input;
    const list = app.lifecycle.changeRequests;
    const cr = id === undefined ? list.at(-1) : list.find((c) => c.id === id);
    if (!cr) {
      io.stderr(S.t(lang, 'noChange', { file, which: id === undefined ? '' : ` (${id})` }) + '\n');
      return EXIT_FAILURE;
    }
    if (!draft) {
      const issues = [...validateDecision(app), ...validateChangeRequest(app, cr.id)];
      if (reportHasErrors(issues)) return refuseForErrors(io, lang, input.path, S.t(lang, 'changeRequest'), issues);
    }
    const r = await exportChangeDocx(app, programme, cr.id, { draft, ...NODE_EXPORT });
    if (!(await writeDocument(io, lang, out, r.bytes))) return EXIT_FAILURE;
    io.stdout(S.t(lang, draft ? 'wroteChangeDraft' : 'wroteChange', { out, id: r.documentId, decided: r.decidedDocumentId }) + '\n');
    return EXIT_OK;
  },
};
