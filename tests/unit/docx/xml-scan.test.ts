/** The linear XML scanner the DOCX read-back uses, against documents generated with their expected text. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simpleRoot, unescapeXml, visibleText } from '../../../shared/docx/xml-scan';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const text = fc.string({ maxLength: 12 }).map((s) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/g, ''));
// Attribute values as Word and LibreOffice may write them: quotes of either kind, a ">" inside.
const attr = fc.tuple(fc.constantFrom('w:val', 'w:rsidR', 'xml:space'), text, fc.constantFrom('"', "'")).map(([k, v, q]) => {
  const value = q === '"' ? esc(v) : esc(v).replace(/'/g, '&apos;');
  return { key: k, xml: ` ${k}=${q}${value.replace(/&quot;/g, q === '"' ? '&quot;' : '"')}${q}` };
});
const attrs = fc.uniqueArray(attr, { maxLength: 2, selector: (a) => a.key }).map((as) => as.map((a) => a.xml).join(''));

type Piece = { xml: string; text: string };
const run: fc.Arbitrary<Piece> = fc.tuple(attrs, text, fc.boolean()).map(([a, t, tab]) => ({
  xml: `<w:r${a}><w:rPr><w:b/></w:rPr>${tab ? '<w:tab/>' : ''}<w:t${a}>${esc(t).replace(/>/g, '&gt;')}</w:t></w:r>`,
  text: (tab ? '\n' : '') + t,
}));
const paragraph = fc.array(run, { maxLength: 4 }).map((runs) => ({ xml: `<w:p><w:pPr><w:jc w:val="left"/></w:pPr>${runs.map((r) => r.xml).join('')}</w:p>`, text: runs.map((r) => r.text).join('') + '\n' }));

describe('visibleText', () => {
  it('is the text of every w:t, a line per paragraph and tab, whatever the attributes hold', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 6 }), (ps) => {
        const xml = `<?xml version="1.0"?><!-- c --><w:document xmlns:w="x"><w:body>${ps.map((p) => p.xml).join('')}</w:body></w:document>`;
        expect(visibleText(xml)).toBe(ps.map((p) => p.text).join(''));
      }),
      { numRuns: 500 },
    );
  });
});

describe('simpleRoot', () => {
  it('finds the root element, its namespace and text however it is prefixed and quoted', () => {
    fc.assert(
      fc.property(fc.constantFrom('', 'ns0:', 'a.b-c:'), fc.constantFrom('"', "'"), text, (prefix, q, body) => {
        const ns = prefix ? `xmlns:${prefix.slice(0, -1)}` : 'xmlns';
        const xml = `\uFEFF<?xml version="1.0"?>\n<${prefix}application ${ns}=${q}urn:x${q} documentId=${q}ID${q}>${esc(body).replace(/>/g, '&gt;')}</${prefix}application >\n`;
        const root = simpleRoot(xml);
        expect(root).toMatchObject({ local: 'application', namespace: 'urn:x' });
        expect(root.attrs.get('documentId')).toBe('ID');
        expect(unescapeXml(root.text!)).toBe(body);
      }),
      { numRuns: 300 },
    );
  });
});
