/**
 * Builders of hostile DOCX files, shared by the tests (tests/unit/docx/hostile-files.test.ts) and the benchmark
 * (tests/bench/hostile.bench.ts): each takes the size or count it should claim, so generators can try many.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { buildDocx } from '../../../shared/docx';
import { EMBED_NS } from '../../../shared/docx/embed';
import { loadApplicationText } from '../../../shared/model/load';
import type { Application } from '../../../shared/model/schema';
import { getProgramme } from '../../../shared/program';

export function fixtureApp(name = 'minimal'): Application {
  const loaded = loadApplicationText(readFileSync(resolve(__dirname, `../../fixtures/${name}.simansokan`), 'utf8'));
  if (!loaded.ok) throw new Error(`fixture ${name} does not load`);
  return loaded.application;
}

export async function exportOf(app: Application): Promise<Uint8Array> {
  return buildDocx(app, getProgramme(app.programme.id)!, { draft: true, now: new Date('2025-02-03T09:00:00Z') });
}

export type RawEntry = {
  name: string;
  /** The bytes as stored (already deflated when method is 8). */
  packed: Uint8Array;
  method: number;
  crc: number;
  /** The uncompressed size the headers claim. */
  size: number;
};

export const stored = (name: string, data: Uint8Array): RawEntry => ({ name, packed: data, method: 0, crc: crc32(data), size: data.length });
export const deflated = (name: string, data: Uint8Array): RawEntry => ({ name, packed: deflateRawSync(data, { level: 9 }), method: 8, crc: crc32(data), size: data.length });

/** A zip file with exactly these entries and headers, lies included. */
export function writeZip(entries: readonly RawEntry[]): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.packed.length, 18);
    local.writeUInt32LE(e.size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(e.method, 10);
    c.writeUInt32LE(e.crc >>> 0, 16);
    c.writeUInt32LE(e.packed.length, 20);
    c.writeUInt32LE(e.size >>> 0, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(offset, 42);
    chunks.push(local, name, Buffer.from(e.packed));
    central.push(c, name);
    offset += 30 + name.length + e.packed.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, cd, end]));
}

/** A tiny file whose Zip64 end record claims `count` entries and a central directory of `cdSize` bytes at `cdOffset`. */
export function zip64Claim(count: number, cdSize: number, cdOffset: number): Uint8Array {
  const rec = Buffer.alloc(56);
  rec.writeUInt32LE(0x06064b50, 0);
  rec.writeBigUInt64LE(44n, 4);
  rec.writeUInt16LE(45, 12);
  rec.writeUInt16LE(45, 14);
  rec.writeBigUInt64LE(BigInt(count), 24);
  rec.writeBigUInt64LE(BigInt(count), 32);
  rec.writeBigUInt64LE(BigInt(cdSize), 40);
  rec.writeBigUInt64LE(BigInt(cdOffset), 48);
  const loc = Buffer.alloc(20);
  loc.writeUInt32LE(0x07064b50, 0);
  loc.writeBigUInt64LE(30n, 8);
  loc.writeUInt32LE(1, 16);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(0xffffffff, 12);
  end.writeUInt32LE(0xffffffff, 16);
  // A local header's signature first, so the file is taken for a zip; then the records.
  const head = Buffer.alloc(30);
  head.writeUInt32LE(0x04034b50, 0);
  return new Uint8Array(Buffer.concat([head, rec, loc, end]));
}

/** `size` zero bytes, deflated: about a thousandth of that on disk. */
export function zeros(name: string, size: number, claimedSize = size): RawEntry {
  const data = Buffer.alloc(size);
  return { name, packed: deflateRawSync(data, { level: 9 }), method: 8, crc: crc32(data), size: claimedSize };
}

/** The parts of an exported DOCX, as text where they are text. */
export function partsOf(docx: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(docx)));
}

export function rezip(parts: Map<string, Uint8Array>, extra: RawEntry[] = []): Uint8Array {
  return writeZip([...[...parts].map(([n, d]) => deflated(n, d)), ...extra]);
}

export const text = (b: Uint8Array) => strFromU8(b);
export const bytes = (s: string) => strToU8(s);

/** A custom XML part holding `body` as the application's text, as the exporter writes it. */
export const applicationPart = (documentId: string, body: string, prefix = '') =>
  bytes(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${prefix}application xmlns${prefix ? `:${prefix.slice(0, -1)}` : ''}="${EMBED_NS}" documentId="${documentId}">${body}</${prefix}application>`,
  );

/** The embedded part's documentId and JSON text, as the exporter wrote them. */
export function embedded(docx: Uint8Array): { documentId: string; xml: string } {
  const xml = text(partsOf(docx).get('customXml/item1.xml')!);
  return { documentId: /documentId="([^"]+)"/.exec(xml)![1]!, xml };
}
