import { exportIdeaDocx } from '../../shared/docx/idea/idea';
import type { Application } from '../../shared/model/schema';
import type { Programme } from '../../shared/program';
import { NODE_EXPORT } from '../docx-native';
import { EXIT_FAILURE, EXIT_OK, type CliIo, type Lang } from './io';
import { cliLifecycleStrings as S } from './lifecycle-strings';
import { writeDocument } from './write-doc';

/**
 * `export <fil> --idea --out <x.docx>`: the idea sketch for the dialogue with the funder. It is never signed, so the
 * rules do not gate it: an idea is sketched precisely while the application is still incomplete.
 */
export async function exportIdea(io: CliIo, lang: Lang, app: Application, programme: Programme, out: string): Promise<number> {
  const { bytes, documentId } = await exportIdeaDocx(app, programme, NODE_EXPORT);
  if (!(await writeDocument(io, lang, out, bytes))) return EXIT_FAILURE;
  io.stdout(S.t(lang, 'wroteIdea', { out, id: documentId }) + '\n');
  return EXIT_OK;
}
