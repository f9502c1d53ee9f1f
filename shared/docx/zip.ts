import { deflateSync } from 'fflate';

/**
 * How the parts of the DOCX are compressed. The pure default is fflate's DEFLATE; the main process and the CLI pass
 * Node's zlib (electron/docx-native.ts), which is native code and several times faster on a long application.
 */
export type Deflater = {
  /** Raw DEFLATE (no zlib or gzip header), as a zip file stores it. */
  deflateRaw(data: Uint8Array): Uint8Array;
  /** The CRC-32 a zip file records for the uncompressed data. */
  crc32(data: Uint8Array): number;
};

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export const PURE_DEFLATER: Deflater = { deflateRaw: (d) => deflateSync(d, { level: 6 }), crc32 };

/** Date and time as MS-DOS stores them in a zip entry (local time fields; the zip format has no zone). */
function dosDateTime(d: Date): { time: number; date: number } {
  const year = Math.min(2107, Math.max(1980, d.getFullYear()));
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/**
 * A zip file of these parts, in this order, each DEFLATE-compressed, with sizes and CRCs in the local headers (no data
 * descriptors), as Word and LibreOffice write their own files. Part names are ASCII paths; a DOCX never needs Zip64.
 */
export function zipParts(parts: readonly (readonly [string, Uint8Array])[], deflater: Deflater, modified: Date): Uint8Array {
  const { time, date } = dosDateTime(modified);
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [path, data] of parts) {
    const name = encoder.encode(path);
    const packed = deflater.deflateRaw(data);
    const crc = deflater.crc32(data);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true); // version needed: 2.0 (DEFLATE)
    lv.setUint16(6, 0, true); // flags
    lv.setUint16(8, 8, true); // method: DEFLATE
    lv.setUint16(10, time, true);
    lv.setUint16(12, date, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, packed.length, true);
    lv.setUint32(22, data.length, true);
    lv.setUint16(26, name.length, true);
    lv.setUint16(28, 0, true);
    local.set(name, 30);
    const entry = new Uint8Array(46 + name.length);
    const cv = new DataView(entry.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true); // made by: MS-DOS, 2.0
    cv.setUint16(6, 20, true);
    cv.setUint16(8, 0, true);
    cv.setUint16(10, 8, true);
    cv.setUint16(12, time, true);
    cv.setUint16(14, date, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, packed.length, true);
    cv.setUint32(24, data.length, true);
    cv.setUint16(28, name.length, true);
    // extra, comment, disk number, internal and external attributes: all zero
    cv.setUint32(42, offset, true);
    entry.set(name, 46);
    chunks.push(local, packed);
    central.push(entry);
    offset += local.length + packed.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, parts.length, true);
  ev.setUint16(10, parts.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + centralSize + end.length);
  let at = 0;
  for (const c of [...chunks, ...central, end]) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
