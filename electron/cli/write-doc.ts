import { resolve } from 'node:path';
import { nodeFileOps } from '../handlers/fileops';
import { removeLeftovers } from '../handlers/leftovers';
import { writeErrorMessage } from '../handlers/messages';
import { sameFile } from '../same-file';
import type { CliIo, Lang } from './io';
import { cliLifecycleStrings as S } from './lifecycle-strings';

/** Refuses (with a sentence) an --out that is the input itself: a document is never written over what it is made from. */
export async function outIsInput(io: CliIo, lang: Lang, input: string, out: string): Promise<boolean> {
  if (!(await sameFile(resolve(io.cwd, input), resolve(io.cwd, out)))) return false;
  io.stderr(S.t(lang, 'sameFile', { out, file: input }) + '\n');
  return true;
}

/** Writes a built document through the one atomic writer; false (after saying why) when it could not be written. */
export async function writeDocument(io: CliIo, lang: Lang, out: string, bytes: Uint8Array): Promise<boolean> {
  const path = resolve(io.cwd, out);
  try {
    await nodeFileOps.writeAtomic(path, bytes);
  } catch (e) {
    io.stderr(writeErrorMessage(e, path, 'export')[lang] + '\n');
    return false;
  }
  await removeLeftovers(nodeFileOps, path, new Date());
  return true;
}
