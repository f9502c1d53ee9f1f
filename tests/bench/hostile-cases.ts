/**
 * The worst files we can build for the budget of issue 12: any DOCX or application file up to the size cap (20 MB) is
 * refused or read in ≤ 2 s and ≤ 300 MB. Each case is a file a person could be sent; tests/bench/hostile.bench.ts
 * times them and measures their peak memory in a child process (tests/bench/hostile-child.ts).
 */
import { constants, deflateRawSync } from 'node:zlib';
import { strFromU8, strToU8 } from 'fflate';
import { MAX_FILE_BYTES } from '../../shared/model/limits';
import { fingerprint } from '../../shared/model/fingerprint';
import { serializeApplication } from '../../shared/model/load';
import type { Application } from '../../shared/model/schema';
import { PART_CAPS } from '../../shared/docx/embed-read';
import { applicationPart, deflated, exportOf, fixtureApp, partsOf, rezip, writeZip, zip64Claim, type RawEntry } from '../unit/docx/attacks';

/** A raw DEFLATE stream of `mb` megabytes of zeros, made of one flushed 1 MB block repeated: ~1 kB per MB. */
function zeroStream(mb: number): Uint8Array {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: constants.Z_SYNC_FLUSH });
  const end = deflateRawSync(Buffer.alloc(0));
  return new Uint8Array(Buffer.concat([...Array.from({ length: mb }, () => block), end]));
}

/** An application file as large as the cap allows whose every list is as long as the ceilings allow. */
function widest(app: Application): Application {
  const a = structuredClone(app);
  const fill = <T>(list: T[], n: number, make: (x: T, i: number) => T) => {
    const first = list[0]!;
    list.length = 0;
    for (let i = 0; i < n; i++) list.push(make(first, i));
  };
  const longText = 'å'.repeat(19_000);
  fill(a.budget.costLines, 500, (x, i) => ({ ...x, id: `c${i}`, description: longText.slice(0, 2000), amounts: Array.from({ length: 500 }, () => 1_234_567) }));
  fill(a.activities, 500, (x, i) => ({ ...x, id: `a${i}`, description: longText.slice(0, 9000) }));
  return a;
}

export type Case = { name: string; bytes: Uint8Array };

export async function hostileCases(): Promise<Case[]> {
  const app = fixtureApp('complete');
  const docx = await exportOf(app);
  const parts = partsOf(docx);
  const id = fingerprint(app);
  const without = (name: string) => new Map([...parts].filter(([n]) => n !== name));
  const cases: Case[] = [];

  cases.push({ name: 'baseline: a true export of the complete fixture', bytes: docx });

  cases.push({ name: 'Zip64 end record claiming 4 294 967 295 entries (128 B)', bytes: zip64Claim(2 ** 32 - 1, 2 ** 40, 0) });

  // Unclosed application tags filling the application part up to its cap, in a file under the size cap.
  const tag = `<application xmlns="urn:sim-ansokan:application:1" documentId="${id}">`;
  const tags = tag.repeat(Math.floor((PART_CAPS.application - 100) / tag.length));
  cases.push({ name: `${Math.round(tags.length / tag.length).toLocaleString('sv-SE')} unclosed <application> tags (application part at its cap)`, bytes: rezip(new Map([...parts, ['customXml/item1.xml', strToU8(tags)]])) });

  // A zip bomb in docProps: declared small (a lie) and declared huge; 4 GB of zeros in 4 MB.
  const bomb = zeroStream(4096);
  const lie: RawEntry = { name: 'docProps/app.xml', packed: bomb, method: 8, crc: 0, size: 1000 };
  cases.push({ name: `docProps bomb: ${(bomb.length / 1e6).toFixed(1)} MB inflating to 4 GB, declared 1 000 B`, bytes: rezip(without('docProps/app.xml'), [lie]) });
  cases.push({ name: 'docProps bomb: the same, declared 4 GB', bytes: rezip(without('docProps/app.xml'), [{ ...lie, size: 0xfffffffe }]) });
  cases.push({ name: 'body bomb: 4 GB of zeros as word/document.xml, declared 1 000 B', bytes: rezip(without('word/document.xml'), [{ ...lie, name: 'word/document.xml' }]) });

  // 6.5 million list items: 13 MB of JSON in a small DOCX, and as an application file.
  const items = `{"format":"sim-ansokan","formatVersion":2,"parties":[${'0,'.repeat(6_500_000)}0]}`;
  cases.push({ name: '6.5 million list items in a DOCX', bytes: rezip(new Map([...parts, ['customXml/item1.xml', applicationPart(id, items)]])) });
  cases.push({ name: '6.5 million list items as .simansokan (13 MB)', bytes: strToU8(items) });

  // A character reference beyond U+10FFFF.
  const xml = strFromU8(parts.get('customXml/item1.xml')!);
  cases.push({ name: 'character reference &#x110000;', bytes: rezip(new Map([...parts, ['customXml/item1.xml', strToU8(xml.replace('"title":"', '"title":"&#x110000;'))]])) });

  // The widest file that passes the ceilings: every list at 500, texts long, close to 20 MB; and it inside a DOCX.
  const wide = serializeApplication(widest(app));
  if (wide.length > MAX_FILE_BYTES) throw new Error(`widest case is ${wide.length} bytes, over the cap`);
  cases.push({ name: `widest application within the ceilings (${(wide.length / 1e6).toFixed(1)} MB .simansokan)`, bytes: strToU8(wide) });
  const wideJson = JSON.stringify(JSON.parse(wide));
  const widePart = applicationPart(id, wideJson.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
  cases.push({ name: 'the same widest application inside a DOCX', bytes: rezip(new Map([...parts, ['customXml/item1.xml', widePart]])) });

  // A true export whose body is as long as its cap allows: the printed-ID check reads all of it.
  const para = '<w:p><w:r><w:t>Dokument-ID ABCD-ABCD-ABCD-ABCD-ABCD-ABCD-ABCD-ABC</w:t></w:r></w:p>';
  const body = `<w:document><w:body><w:p><w:r><w:t>Dokument-ID ${id}</w:t></w:r></w:p>${para.repeat(Math.floor((PART_CAPS.document - 1000) / para.length))}</w:body></w:document>`;
  const bodyEntry = deflated('word/document.xml', strToU8(body));
  cases.push({ name: `body at its cap (${(body.length / 1e6).toFixed(0)} MB of paragraphs)`, bytes: writeZip([...[...without('word/document.xml')].map(([n, d]) => deflated(n, d)), bodyEntry]) });

  for (const c of cases) if (c.bytes.length > MAX_FILE_BYTES) throw new Error(`${c.name}: ${c.bytes.length} bytes, over the size cap`);
  return cases;
}

