/**
 * A DOCX from outside (issue 12, 1 and 3): whatever its zip records claim, however it nests its tags or spells its
 * character references, opening it is refused or read with a sentence, never a loop, a gigabyte or a stack trace; and
 * what it restores is the one application whose Dokument-ID the document itself prints.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { openApplicationBytes, type OpenedBytes } from '../../../shared/docx/open';
import { PART_CAPS } from '../../../shared/docx/embed-read';
import { fingerprint } from '../../../shared/model/fingerprint';
import type { Application } from '../../../shared/model/schema';
import { bytes, deflated, embedded, exportOf, fixtureApp, partsOf, rezip, stored, text, writeZip, zeros, zip64Claim } from './attacks';

let app: Application;
let docx: Uint8Array;
let parts: Map<string, Uint8Array>;
let documentId: string;

beforeAll(async () => {
  app = fixtureApp('minimal');
  docx = await exportOf(app);
  parts = partsOf(docx);
  documentId = embedded(docx).documentId;
});

/** Refused, with one sentence in each language and nothing of a stack trace. */
function refused(r: OpenedBytes, sv?: RegExp): string {
  expect(r.ok).toBe(false);
  if (r.ok) return '';
  for (const m of [r.message.sv, r.message.en]) {
    expect(m.length).toBeGreaterThan(10);
    expect(m.length).toBeLessThan(2000);
    expect(m).not.toMatch(/\bat \w+ \(|Error:|undefined|\[object/);
  }
  if (sv) expect(r.message.sv).toMatch(sv);
  return r.message.sv;
}

const withPart = (name: string, data: Uint8Array) => rezip(new Map([...parts, [name, data]]));

describe('the zip container', () => {
  it('reads the export as it is: the baseline the attacks below start from', () => {
    const r = openApplicationBytes(docx);
    expect(r.ok && r.fromDocx?.documentId).toBe(fingerprint(app));
  });

  it('refuses any end record that claims more entries or directory than the file holds, without looping over the claim', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 2 ** 40 }), fc.integer({ min: 0, max: 2 ** 40 }), (count, size, offset) => {
        refused(openApplicationBytes(zip64Claim(count, size, offset)));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on a truncated or bit-flipped export, and restores nothing that does not match its ID', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: docx.length - 1 }), fc.integer({ min: 1, max: 255 }), fc.boolean(), (at, flip, cut) => {
        const b = cut ? docx.slice(0, at) : docx.slice();
        if (!cut) b[at] = b[at]! ^ flip;
        const r = openApplicationBytes(b);
        if (r.ok) expect(fingerprint(r.application)).toBe(documentId);
        else refused(r);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a part that declares more than its cap before inflating it, and one that inflates past its cap or its own claim', () => {
    const targets = ['docProps/core.xml', 'docProps/app.xml', 'docProps/custom.xml', 'word/footer1.xml', 'word/header2.xml'];
    fc.assert(
      fc.property(fc.constantFrom(...targets), fc.constantFrom('declared', 'lies'), fc.integer({ min: 1, max: 4 }), (name, how, times) => {
        const real = PART_CAPS.small * times + 1;
        // A lie: the headers claim a small part, the stream inflates to far more.
        const entry = how === 'declared' ? zeros(name, real) : zeros(name, real, 1000);
        const rest = new Map([...parts].filter(([n]) => n !== name));
        refused(openApplicationBytes(rezip(rest, [entry])), /större än appen läser in|inte ett Word-dokument eller är skadad/);
      }),
      { numRuns: 20 },
    );
  });

  it('refuses the body or the application part past its cap', () => {
    const rest = new Map([...parts].filter(([n]) => n !== 'word/document.xml'));
    refused(openApplicationBytes(rezip(rest, [zeros('word/document.xml', PART_CAPS.document + 1)])), /större än appen läser in/);
    const noApp = new Map([...parts].filter(([n]) => n !== 'customXml/item1.xml'));
    refused(openApplicationBytes(rezip(noApp, [zeros('customXml/item1.xml', PART_CAPS.application + 1)])), /större än appen läser in/);
  });

  it('refuses two entries with one name (in any letter case): readers would disagree on which one counts', () => {
    const names = ['customXml/item1.xml', 'word/document.xml', 'docProps/core.xml'];
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.boolean(), (name, upper) => {
        const dup = upper ? name.toUpperCase() : name;
        refused(openApplicationBytes(rezip(parts, [stored(dup, parts.get(name)!)])), /mer än en gång/);
      }),
      { numRuns: 12 },
    );
  });
});

describe('the embedded application part', () => {
  it('refuses unclosed or nested application tags in one linear pass, however many', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.constantFrom('', 'ns0:'), fc.boolean(), (n, prefix, close) => {
        const open = `<${prefix}application xmlns${prefix ? ':ns0' : ''}="urn:sim-ansokan:application:1" documentId="${documentId}">`;
        const body = open.repeat(n) + (close ? `{}</${prefix}application>` : '');
        refused(openApplicationBytes(withPart('customXml/item1.xml', bytes(`<?xml version="1.0"?>${body}`))));
      }),
      { numRuns: 10 },
    );
  });

  it('refuses every impossible character reference with a sentence naming it, and reads every possible one', () => {
    const original = embedded(docx).xml;
    const at = original.indexOf('"title":"') + '"title":"'.length;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 0x110000, max: 2 ** 40 }).map((cp) => ({ ref: `&#x${cp.toString(16)};`, ok: false })),
          fc.integer({ min: 0xd800, max: 0xdfff }).map((cp) => ({ ref: `&#${cp};`, ok: false })),
          fc.integer({ min: 0, max: 8 }).map((cp) => ({ ref: `&#${cp};`, ok: false })),
          fc.constantFrom('&bogus;', '&#;', '&#x;', '&#12a;', '&#99999999999999999999;', '&').map((ref) => ({ ref, ok: false })),
          fc.integer({ min: 0x20, max: 0x10ffff }).filter((cp) => (cp < 0xd800 || cp > 0xdfff) && cp !== 0xfffe && cp !== 0xffff && cp !== 0x22 && cp !== 0x5c)
            .map((cp) => ({ ref: `&#x${cp.toString(16)};`, ok: true })),
        ),
        ({ ref, ok }) => {
          const xml = original.slice(0, at) + ref + original.slice(at);
          const r = openApplicationBytes(withPart('customXml/item1.xml', bytes(xml)));
          // A possible character changes the title, so the ID no longer matches: refused for that, not for the reference.
          const sv = refused(r);
          if (ok) expect(sv).toMatch(/stämmer inte med dokumentets Dokument-ID/);
          else expect(sv).toMatch(/teckenreferens|skadad/);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses a document carrying two or more applications, whichever comes first', async () => {
    const other = structuredClone(app);
    other.project.title = 'Ett annat projekt';
    const otherPart = partsOf(await exportOf(other)).get('customXml/item1.xml')!;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.boolean(), (extra, first) => {
        const copies = Array.from({ length: extra }, (_, i) => deflated(`customXml/item${i + 2}.xml`, i % 2 ? parts.get('customXml/item1.xml')! : otherPart));
        const base = [...parts].map(([n, d]) => deflated(n, d));
        const entries = first ? [...copies, ...base] : [...base, ...copies];
        refused(openApplicationBytes(writeZip(entries)), new RegExp(`innehåller ${extra + 1} ansökningar`));
      }),
      { numRuns: 20 },
    );
  });
});

describe('what the document prints against what it carries', () => {
  it('refuses a document that shows one application and carries another (its own, valid ID)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ''), async (title) => {
        const other = structuredClone(app);
        other.project.title = title;
        fc.pre(fingerprint(other) !== documentId);
        const swapped = withPart('customXml/item1.xml', partsOf(await exportOf(other)).get('customXml/item1.xml')!);
        refused(openApplicationBytes(swapped), /visar inte Dokument-ID|visar Dokument-ID/);
      }),
      { numRuns: 15 },
    );
  });

  it('refuses a footer, header or property that prints another ID than the body', () => {
    const places = ['word/footer1.xml', 'word/header1.xml', 'docProps/custom.xml', 'docProps/core.xml', 'word/document.xml'];
    fc.assert(
      fc.property(fc.constantFrom(...places), fc.stringMatching(/^[0-9A-F]{32}$/), (name, hex) => {
        const forged = hex.match(/.{4}/g)!.join('-');
        fc.pre(forged !== documentId);
        const xml = text(parts.get(name)!);
        // Only the first printed ID changes: the body still prints the true one elsewhere. A header prints none
        // of its own, so one is added to it.
        const changed = xml.includes(documentId)
          ? xml.replace(documentId, forged)
          : xml.replace('</w:hdr>', `<w:p><w:r><w:t xml:space="preserve">Dokument-ID: </w:t></w:r><w:r><w:t>${forged}</w:t></w:r></w:p></w:hdr>`);
        expect(changed).not.toBe(xml);
        refused(openApplicationBytes(withPart(name, bytes(changed))), /visar Dokument-ID/);
      }),
      { numRuns: 30 },
    );
  });

  it('still opens a document whose own text names an earlier Dokument-ID', async () => {
    const earlier = 'Dokument-ID 1A2B-3C4D-5E6F-7A8B-9C0D-1E2F-3A4B-5C6D';
    const other = structuredClone(app);
    other.needs.need = `Ersätter ansökan med ${earlier}.`;
    const r = openApplicationBytes(await exportOf(other));
    expect(r.ok && r.application.needs.need).toContain(earlier);
  });

  it('accepts the application part written the way Word rewrites it: a prefix, single quotes, other attribute order', () => {
    const { xml } = embedded(docx);
    const body = xml.slice(xml.indexOf('>', xml.indexOf('<application')) + 1, xml.lastIndexOf('</application>'));
    const rewritten = `<?xml version="1.0" encoding="UTF-8"?><!-- saved --><ns0:application documentId='${documentId}' xmlns:ns0='urn:sim-ansokan:application:1'>${body}</ns0:application>\r\n`;
    const r = openApplicationBytes(withPart('customXml/item1.xml', bytes(rewritten)));
    expect(r.ok).toBe(true);
  });
});
