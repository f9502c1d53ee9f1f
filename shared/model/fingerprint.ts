import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { contentOf, type Application, type ApplicationContent } from './schema';
import { stableStringify } from './json';

/** SHA-256 of some bytes: @noble/hashes by default; Node's native one where the caller has it (the DOCX export). */
export type Sha256 = (data: Uint8Array) => Uint8Array;

const grouped = (hex: string) => hex.toUpperCase().match(/.{4}/g)!.join('-');

const digestHex = (value: unknown, digest: Sha256) => bytesToHex(digest(utf8ToBytes(stableStringify(value))));

/**
 * A short, stable hash of any JSON value, `4F2A-91C0-7B3E`; key order never matters. 48 bits: enough to notice that
 * a step changed after it was marked "Klar", which is all the approvals use it for. It is not the Dokument-ID.
 */
export function shortHash(value: unknown, digest: Sha256 = sha256): string {
  return grouped(digestHex(value, digest).slice(0, 12));
}

/** Hex digits of SHA-256 the Dokument-ID prints: 128 bits, so two different applications cannot be made to share it. */
export const DOCUMENT_ID_HEX = 32;
/** Dokument-IDs written before 128 bits: the first 12 hex digits of the same SHA-256, `4F2A-91C0-7B3E`. */
export const LEGACY_ID_HEX = 12;

/** `A1B2-C3D4-…`: eight groups of four, easy to compare group by group, aloud or by eye. */
export const DOCUMENT_ID_PATTERN = /^[0-9A-F]{4}(?:-[0-9A-F]{4}){7}$/;
export const LEGACY_ID_PATTERN = /^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/;

/**
 * The Dokument-ID: a fingerprint of what the application says, printed in the DOCX and shown in the app, so both
 * parties can check that they sign the same version. It is a security claim ("we sign the same thing"), so it carries
 * 128 bits of SHA-256: finding a second application with the same ID takes about 2^64 work even for the birthday
 * attack, where 48 bits fell in minutes.
 *
 * Only the content counts (contentOf): not the timestamps, the format version or the co-owners' workflow, so saving
 * unchanged content, a copy passed between the parties, an approval or a migrated file all keep the ID. The document
 * language counts, since it changes what is printed.
 */
export function fingerprint(app: Application, digest?: Sha256): string {
  return fingerprintContent(contentOf(app), digest);
}

export function fingerprintContent(content: ApplicationContent, digest: Sha256 = sha256): string {
  return grouped(digestHex(content, digest).slice(0, DOCUMENT_ID_HEX));
}

/**
 * Whether `id` is the Dokument-ID of this content: the full ID, or an ID recorded before 128 bits (its first three
 * groups, since both come from the same SHA-256). The caller decides what a legacy match is worth.
 */
export function idMatches(content: ApplicationContent, id: string, digest?: Sha256): 'full' | 'legacy' | false {
  const full = fingerprintContent(content, digest);
  if (id === full) return 'full';
  if (LEGACY_ID_PATTERN.test(id) && full.startsWith(id)) return 'legacy';
  return false;
}
