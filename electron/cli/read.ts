import { basename, resolve } from 'node:path';
import { openApplicationBytes } from '../../shared/docx/open';
import type { Application } from '../../shared/model/schema';
import { getProgramme, type Programme } from '../../shared/program';
import type { CliIo, Lang } from './io';
import { DOCUMENT_LIMITS, FileKindError, readRegularFile } from '../regular-file';
import { notRegularMessage } from '../handlers/messages';
import { tooLargeMessage } from '../../shared/model/too-large';
import { cliText } from './strings';

export type ReadResult =
  | {
      ok: true;
      path: string;
      application: Application;
      programme: Programme;
      /** Said on stderr before the command's output: e.g. that Word edits in a DOCX are not read back. */
      notice: string | null;
    }
  | { ok: false; path: string; message: string };

function code(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : undefined;
}

/** Reads and validates an application file for a command; every failure is sentences for a person. */
export async function readApplicationFile(file: string, cwd: string, lang: Lang): Promise<ReadResult> {
  const path = resolve(cwd, file);
  const fail = (message: string): ReadResult => ({ ok: false, path, message });
  const t = cliText.in(lang);
  let bytes: Uint8Array;
  try {
    // The same checked read as the app's: a FIFO, a device or a file over the cap never blocks or floods the CLI.
    bytes = (await readRegularFile(path, DOCUMENT_LIMITS)).bytes;
  } catch (e) {
    switch (code(e)) {
      case 'EISDIR':
        return fail(t('read.folder', { file }));
      case 'ENOTREG':
        return fail(notRegularMessage(basename(path))[lang]);
      case 'EFBIG': {
        return fail(t('read.cannotOpen', { name: basename(path), reason: tooLargeMessage(e instanceof FileKindError ? e.size : 0)[lang] }));
      }
      case 'ENOENT':
      case 'ENOTDIR':
        return fail(t('read.missing', { file }));
      case 'EACCES':
      case 'EPERM':
        return fail(t('read.forbidden', { file }));
      default:
        return fail(t('read.failed', { file }));
    }
  }
  // An application file, or a DOCX exported by the app (which carries its application).
  const loaded = openApplicationBytes(bytes);
  if (!loaded.ok) {
    return fail(t('read.cannotOpen', { name: basename(path), reason: loaded.message[lang] }));
  }
  const app = loaded.application;
  const programme = getProgramme(app.programme.id);
  if (!programme) {
    return fail(t('read.unknownProgramme', { id: app.programme.id }));
  }
  return { ok: true, path, application: app, programme, notice: loaded.notice?.[lang] ?? null };
}

/**
 * Reads the one application a command works on, telling the person on stderr what went wrong (then null) or what
 * they should know about what was read (a notice, then the result).
 */
export async function readForCommand(file: string, io: CliIo, lang: Lang): Promise<Extract<ReadResult, { ok: true }> | null> {
  const read = await readApplicationFile(file, io.cwd, lang);
  if (!read.ok) {
    io.stderr(read.message + '\n');
    return null;
  }
  if (read.notice) io.stderr(read.notice + '\n');
  return read;
}
