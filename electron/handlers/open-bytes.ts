import { openApplicationBytes, type OpenedBytes } from '../../shared/docx/open';
import type { Session } from './window-session';

/** The bytes of an opened file as an application: off main's thread where main gave an opener (deps.openBytes). */
export function openBytes(s: Session, bytes: Uint8Array): Promise<OpenedBytes> {
  return s.deps.openBytes ? s.deps.openBytes(bytes) : Promise.resolve(openApplicationBytes(bytes));
}
