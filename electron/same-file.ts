import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';

/**
 * Whether two paths name one file: the same device and inode, however they are spelled (`dir/./name`, `..`,
 * a symlink, a hard link, another case on a case-insensitive disk). A path that does not exist is no file.
 */
export async function sameFile(a: string, b: string): Promise<boolean> {
  const [sa, sb] = await Promise.all([statOrNull(a), statOrNull(b)]);
  if (!sa || !sb) return false;
  // ino 0: a file system without inode numbers (some network shares); the same size and times is as close as it gets.
  if (sa.ino === 0n || sb.ino === 0n) return sa.dev === sb.dev && sa.size === sb.size && sa.mtimeNs === sb.mtimeNs && sa.birthtimeNs === sb.birthtimeNs;
  return sa.dev === sb.dev && sa.ino === sb.ino;
}

/** The first of `candidates` that is the same file as `path`, if any. */
export async function findSameFile(path: string, candidates: readonly string[]): Promise<string | null> {
  for (const c of candidates) if (await sameFile(path, c)) return c;
  return null;
}

// Resolved as the writers resolve them (write-file-atomic's realpath starts from path.resolve): `x/..` cancels
// lexically even where the folder x does not exist.
function statOrNull(p: string) {
  return stat(resolve(p), { bigint: true }).catch(() => null);
}
