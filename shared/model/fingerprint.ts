import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { contentOf, type Application, type ApplicationContent } from './schema';
import { stableStringify } from './json';

/** SHA-256 of some bytes: @noble/hashes by default; Node's native one where the caller has it (the DOCX export). */
export type Sha256 = (data: Uint8Array) => Uint8Array;

/** A short, stable hash of any JSON value, `4F2A-91C0-7B3E`; key order never matters. */
export function shortHash(value: unknown, digest: Sha256 = sha256): string {
  const hex = bytesToHex(digest(utf8ToBytes(stableStringify(value)))).slice(0, 12).toUpperCase();
  return `${hex.slice(0, 4)}-${hex.slice(4, 8)}-${hex.slice(8, 12)}`;
}

/**
 * The Dokument-ID: a short fingerprint of what the application says, printed in the DOCX footer and shown in the
 * app, so both parties can check by eye that they sign the same version.
 *
 * Only the content counts (contentOf): not the timestamps, the format version or the co-owners' workflow, so saving
 * unchanged content, a copy passed between the parties, an approval or a migrated file all keep the ID. The document
 * language counts, since it changes what is printed. 48 bits: a chance collision between two versions of one
 * application is negligible, and 12 characters in three groups are easy to compare aloud.
 */
export function fingerprint(app: Application, digest?: Sha256): string {
  return fingerprintContent(contentOf(app), digest);
}

export function fingerprintContent(content: ApplicationContent, digest?: Sha256): string {
  return shortHash(content, digest);
}
