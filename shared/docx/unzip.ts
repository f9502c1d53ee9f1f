import { Inflate } from 'fflate';

/**
 * A zip reader for files that arrive by e-mail: every number the file states (entry count, offsets, sizes) is checked
 * against the file's real length before it is used, and only the parts asked for are inflated, each stopped as soon
 * as it passes its cap. The work is bounded by the file's size and the caps, never by what the file claims.
 */

/** A DOCX has a few dozen parts; images and embedded objects add some. More is not a document from the app. */
export const MAX_ZIP_ENTRIES = 10_000;

export class ZipError extends Error {
  constructor(readonly kind: 'damaged' | 'tooLarge' | 'unsupported' | 'duplicate', readonly part = '') {
    super(`zip: ${kind} ${part}`);
  }
}

export type ZipEntry = {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
};

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;

const u16 = (v: DataView, at: number) => v.getUint16(at, true);
const u32 = (v: DataView, at: number) => v.getUint32(at, true);
/** A 64-bit field as a number; anything past 2^53 is far beyond any file we read, so it is simply too large. */
const u64 = (v: DataView, at: number) => v.getUint32(at, true) + v.getUint32(at + 4, true) * 2 ** 32;

function findEndRecord(v: DataView): number {
  // The end record is 22 bytes plus a comment of at most 65 535: the search is bounded whatever the file's size.
  const last = v.byteLength - 22;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at--) {
    if (u32(v, at) === SIG_EOCD && at + 22 + u16(v, at + 20) <= v.byteLength) return at;
  }
  throw new ZipError('damaged');
}

/** The central directory's entries, refusing a directory that claims more entries or bytes than the file holds. */
export function listEntries(data: Uint8Array): ZipEntry[] {
  if (data.byteLength < 22) throw new ZipError('damaged');
  const v = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const end = findEndRecord(v);
  let count = u16(v, end + 10);
  let cdSize = u32(v, end + 12);
  let cdOffset = u32(v, end + 16);
  let cdLimit = end;
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = end - 20;
    if (loc >= 0 && u32(v, loc) === SIG_ZIP64_LOCATOR) {
      const rec = u64(v, loc + 8);
      if (rec + 56 > loc || u32(v, rec) !== SIG_ZIP64_EOCD) throw new ZipError('damaged');
      count = u64(v, rec + 32);
      cdSize = u64(v, rec + 40);
      cdOffset = u64(v, rec + 48);
      cdLimit = rec;
    }
  }
  // Each central entry takes at least 46 bytes, so the claimed count must fit in the claimed size, and that in the file.
  if (count > MAX_ZIP_ENTRIES) throw new ZipError('unsupported');
  if (cdOffset + cdSize > cdLimit || count * 46 > cdSize) throw new ZipError('damaged');
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const entries: ZipEntry[] = [];
  let at = cdOffset;
  const stop = cdOffset + cdSize;
  for (let i = 0; i < count; i++) {
    if (at + 46 > stop || u32(v, at) !== SIG_CENTRAL) throw new ZipError('damaged');
    const nameLen = u16(v, at + 28);
    const extraLen = u16(v, at + 30);
    const commentLen = u16(v, at + 32);
    const next = at + 46 + nameLen + extraLen + commentLen;
    if (next > stop) throw new ZipError('damaged');
    const entry: ZipEntry = {
      name: decoder.decode(data.subarray(at + 46, at + 46 + nameLen)),
      flags: u16(v, at + 8),
      method: u16(v, at + 10),
      crc: u32(v, at + 16),
      compressedSize: u32(v, at + 20),
      size: u32(v, at + 24),
      localOffset: u32(v, at + 42),
    };
    readZip64Extra(v, at + 46 + nameLen, extraLen, entry);
    entries.push(entry);
    at = next;
  }
  return entries;
}

/** Sizes and offset of 0xFFFFFFFF are in the Zip64 extra field, in this order, only for those that overflowed. */
function readZip64Extra(v: DataView, start: number, length: number, e: ZipEntry): void {
  if (e.size !== 0xffffffff && e.compressedSize !== 0xffffffff && e.localOffset !== 0xffffffff) return;
  for (let at = start; at + 4 <= start + length; ) {
    const id = u16(v, at);
    const size = u16(v, at + 2);
    if (at + 4 + size > start + length) break;
    if (id === 0x0001) {
      let p = at + 4;
      const take = () => {
        if (p + 8 > at + 4 + size) throw new ZipError('damaged');
        const n = u64(v, p);
        p += 8;
        return n;
      };
      if (e.size === 0xffffffff) e.size = take();
      if (e.compressedSize === 0xffffffff) e.compressedSize = take();
      if (e.localOffset === 0xffffffff) e.localOffset = take();
      return;
    }
    at += 4 + size;
  }
  throw new ZipError('damaged');
}

/** Compressed bytes are pushed in small steps, so one step can never inflate more than about this times 1 032. */
const STEP = 16 * 1024;

/**
 * One entry's bytes, refused before inflating when it says it is larger than `cap`, and stopped while inflating as
 * soon as it grows past `cap` or past what it said (a zip bomb lies about its size).
 */
export function readEntry(data: Uint8Array, e: ZipEntry, cap: number): Uint8Array {
  if (e.size > cap) throw new ZipError('tooLarge', e.name);
  if (e.flags & 1) throw new ZipError('unsupported', e.name); // encrypted
  const v = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const lh = e.localOffset;
  if (lh + 30 > data.byteLength || u32(v, lh) !== SIG_LOCAL) throw new ZipError('damaged', e.name);
  const start = lh + 30 + u16(v, lh + 26) + u16(v, lh + 28);
  const endAt = start + e.compressedSize;
  if (endAt > data.byteLength) throw new ZipError('damaged', e.name);
  const packed = data.subarray(start, endAt);
  let out: Uint8Array;
  if (e.method === 0) {
    if (e.compressedSize !== e.size) throw new ZipError('damaged', e.name);
    out = packed;
  } else if (e.method === 8) {
    out = inflateCapped(packed, e, cap);
  } else {
    throw new ZipError('unsupported', e.name);
  }
  // The CRC is not checked: what is read is checked for what it says (the Dokument-ID), and skipping it saves a pass.
  if (out.length !== e.size) throw new ZipError('damaged', e.name);
  return out;
}

function inflateCapped(packed: Uint8Array, e: ZipEntry, cap: number): Uint8Array {
  const limit = Math.min(cap, e.size);
  const chunks: Uint8Array[] = [];
  let total = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > limit) over = true;
    else chunks.push(chunk);
  });
  try {
    for (let at = 0; at < packed.length && !over; at += STEP) {
      inflater.push(packed.subarray(at, Math.min(at + STEP, packed.length)), at + STEP >= packed.length);
    }
  } catch {
    throw new ZipError('damaged', e.name);
  }
  // More than the entry said it holds: it lied about its size; more than the cap: too large either way.
  if (over) throw new ZipError(e.size < cap ? 'damaged' : 'tooLarge', e.name);
  if (packed.length === 0 && e.size > 0) throw new ZipError('damaged', e.name);
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
