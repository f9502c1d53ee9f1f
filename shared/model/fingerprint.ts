import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Application } from './schema';
import { stableStringify } from './json';

/**
 * The Dokument-ID: a short fingerprint of what the application says, printed in the DOCX footer and shown in the
 * app, so both parties can check by eye that they sign the same version.
 *
 * The timestamps are left out: saving unchanged content, or a copy passed between the parties, must keep the ID.
 * Everything else counts, the document language included, since it changes what is printed.
 * Key order never matters (stable serialisation), so an object rebuilt in the renderer gives the same ID.
 * 48 bits: a chance collision between two versions of one application is negligible, and 12 characters in three
 * groups are easy to compare aloud.
 */
export function fingerprint(app: Application): string {
  const { createdAt: _created, updatedAt: _updated, ...content } = app;
  const hex = bytesToHex(sha256(utf8ToBytes(stableStringify(content)))).slice(0, 12).toUpperCase();
  return `${hex.slice(0, 4)}-${hex.slice(4, 8)}-${hex.slice(8, 12)}`;
}
