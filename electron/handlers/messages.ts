import { basename } from 'node:path';
import type { Localized } from '../../shared/model/labels';
import type { Lang } from '../../shared/i18n/catalog';
import { errorCode } from './fileops';
import type { Failure } from '../../shared/ipc/contract';
import { tooLargeMessage } from '../../shared/model/too-large';
import type { LockInfo } from './lock';
import { inBoth } from '../localized';
import { messageText } from './message-strings';

export const failure = (message: Localized): Failure => ({ status: 'error', message });

const { t } = messageText;
type What = 'save' | 'recovery' | 'export';

/** Why a write failed, for a person, with what is still safe. Never a raw error text or stack. */
export function writeErrorMessage(e: unknown, filePath: string, what: What): Localized {
  const name = basename(filePath);
  const code = errorCode(e);
  return inBoth((l) => {
    const lead =
      what === 'recovery' ? t(l, 'write.leadRecovery') : what === 'export' ? t(l, 'write.leadExport', { name }) : t(l, 'write.leadSave', { name });
    const safe = what === 'save' ? t(l, 'write.safeSave') : what === 'recovery' ? t(l, 'write.safeRecovery') : t(l, 'write.safeExport');
    return `${lead}: ${writeReason(l, code, what)}.${safe}`;
  });
}

function writeReason(l: Lang, code: string | undefined, what: What): string {
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return t(l, 'write.noSpace');
    case 'EACCES':
    case 'EPERM':
      return what === 'export' ? t(l, 'write.forbiddenExport') : t(l, 'write.forbidden');
    case 'EBUSY':
      return t(l, 'write.busy');
    case 'EROFS':
      return t(l, 'write.readOnlyDrive');
    case 'ENOENT':
    case 'ENOTDIR':
      return t(l, 'write.folderGone');
    case 'ENAMETOOLONG':
      return t(l, 'write.pathTooLong');
    case 'EISDIR':
      return t(l, 'write.folderSameName');
    case 'ENOTREG':
      return t(l, 'write.notRegular');
    case 'EIO':
      return t(l, 'write.ioError');
    default:
      return t(l, 'write.unexpected', { code: code ?? t(l, 'write.unknownCode') });
  }
}

export function readErrorMessage(e: unknown, filePath: string): Localized {
  const name = basename(filePath);
  const code = errorCode(e);
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return inBoth((l) => t(l, 'read.gone', { name }));
    case 'EACCES':
    case 'EPERM':
      return inBoth((l) => t(l, 'read.forbidden', { name }));
    case 'EISDIR':
      return inBoth((l) => t(l, 'read.folder', { name }));
    case 'ENOTREG':
      return notRegularMessage(name);
    case 'EFBIG': {
      const size = typeof e === 'object' && e !== null && 'size' in e && typeof e.size === 'number' ? e.size : 0;
      return openFailedMessage(name, tooLargeMessage(size));
    }
    case 'EBUSY':
      return inBoth((l) => t(l, 'read.busy', { name }));
    case 'EIO':
      return inBoth((l) => t(l, 'read.ioError', { name }));
    default:
      return inBoth((l) => t(l, 'read.failed', { name, code: code ?? t(l, 'read.unknownCode') }));
  }
}

/** A file that was read but is not an application the app can open, with why. */
export const openFailedMessage = (name: string, reason: Localized): Localized => inBoth((l) => t(l, 'openFailed', { name, reason: reason[l] }));

export const notRegularMessage = (name: string): Localized => inBoth((l) => t(l, 'read.notRegular', { name }));

/** A request named a file main never handed to this window (a dialog, the OS, the recent list). */
export const notGrantedMessage = (path: string): Localized => {
  const name = basename(path).slice(0, 200);
  return inBoth((l) => t(l, 'notGranted', { name }));
};

export const UNEXPECTED: Localized = inBoth((l) => t(l, 'unexpected'));

export function lockedMessage(filePath: string, holder: LockInfo | null, self: { pid: number; host: string }, forSaveAs: boolean): Localized {
  const name = basename(filePath);
  return inBoth((l) => {
    const tail = forSaveAs ? t(l, 'locked.tailSaveAs') : t(l, 'locked.tailReadOnly');
    if (holder && holder.host === self.host && holder.pid === self.pid) return t(l, 'locked.otherWindow', { name, tail });
    if (!holder) return t(l, 'locked.elsewhere', { name, tail });
    const when = holder.since.slice(0, 16).replace('T', ' ');
    return t(l, 'locked.byUser', { name, user: holder.user, host: holder.host, when, tail });
  });
}
