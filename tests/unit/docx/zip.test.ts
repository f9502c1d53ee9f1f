import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { NODE_DEFLATER } from '../../../electron/docx-native';
import { crc32, PURE_DEFLATER, zipParts } from '../../../shared/docx/zip';
import { requireTool, SYSTEM_PYTHON } from '../../support/tools';

const PARTS: [string, Uint8Array][] = [
  ['[Content_Types].xml', strToU8('<?xml version="1.0"?><Types/>')],
  ['word/document.xml', strToU8(`<w:document>${'<w:p><w:r><w:t>Barnen i Åmål läser mer</w:t></w:r></w:p>'.repeat(5000)}</w:document>`)],
  ['customXml/item1.xml', strToU8('<application>{"a":"😀 \\u0000"}</application>')],
  ['word/empty.xml', new Uint8Array()],
];
const WHEN = new Date(2025, 2, 1, 14, 32, 10);

describe('the zip writer', () => {
  for (const [name, deflater] of [
    ['fflate (pure)', PURE_DEFLATER],
    ['Node zlib', NODE_DEFLATER],
  ] as const) {
    it(`writes every part back as it was, in order, with ${name}`, () => {
      const zip = zipParts(PARTS, deflater, WHEN);
      const back = unzipSync(zip);
      expect(Object.keys(back)).toEqual(PARTS.map(([p]) => p));
      for (const [path, data] of PARTS) expect(strFromU8(back[path]!)).toBe(strFromU8(data));
      // Compressed: the repetitive document part is a small fraction of its size.
      expect(zip.length).toBeLessThan(PARTS[1]![1].length / 20);
    });
  }

  it("is a zip Python's zipfile and Info-ZIP's unzip check without complaint (CRCs, sizes, dates)", () => {
    requireTool(SYSTEM_PYTHON, 'apt-get install python3');
    requireTool('unzip', 'apt-get install unzip');
    const dir = mkdtempSync(join(tmpdir(), 'sim-zip-'));
    const file = join(dir, 'parts.zip');
    writeFileSync(file, zipParts(PARTS, NODE_DEFLATER, WHEN));
    const py = execFileSync(SYSTEM_PYTHON, [
      '-c',
      'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print(z.testzip()); print(z.infolist()[1].date_time); print(z.read("word/document.xml")[:13].decode())',
      file,
    ]).toString();
    expect(py.trim().split('\n')).toEqual(['None', '(2025, 3, 1, 14, 32, 10)', '<w:document><']);
    expect(execFileSync('unzip', ['-t', file]).toString()).toMatch(/No errors detected/);
  });

  it('has the CRC-32 zip files use', () => {
    expect(crc32(strToU8('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
    expect(crc32(PARTS[1]![1])).toBe(NODE_DEFLATER.crc32(PARTS[1]![1]));
  });
});
