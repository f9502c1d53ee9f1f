/**
 * The Dokument-ID resists a deliberate collision (issue 12, 4): 128 bits printed in groups of four; freezes and
 * documents from before keep opening, each said how.
 */
import fc from 'fast-check';
import { strFromU8, strToU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { openApplicationBytes } from '../../../shared/docx/open';
import { DOCUMENT_ID_PATTERN, fingerprint, idMatches } from '../../../shared/model/fingerprint';
import { loadApplicationText, serializeApplication } from '../../../shared/model/load';
import { contentOf, type Application } from '../../../shared/model/schema';
import { freezeForSigning, freezeStatus } from '../../../shared/workflow/freeze';
import { exportOf, fixtureApp, partsOf, rezip } from '../docx/attacks';

let app: Application;
beforeAll(() => {
  app = fixtureApp('complete');
});

const reload = (a: Application) => {
  const r = loadApplicationText(serializeApplication(a));
  if (!r.ok) throw new Error(r.problems[0]!.message.en);
  return r.application;
};

describe('the Dokument-ID', () => {
  it('is 32 hex digits in eight groups of four, and differs for any two different titles', () => {
    const seen = new Map<string, string>();
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (title) => {
        const a = { ...app, project: { ...app.project, title } };
        const id = fingerprint(a);
        expect(id).toMatch(DOCUMENT_ID_PATTERN);
        const before = seen.get(id);
        if (before !== undefined) expect(before).toBe(title);
        seen.set(id, title);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a freeze from before 128 bits: its short ID is upgraded on reading when it is its snapshot’s, and the freeze still matches', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 100 }), (label) => {
        const frozen = freezeForSigning(app, label, new Date('2025-03-01T10:00:00Z'));
        const full = frozen.workflow.freeze!.documentId;
        const old = { ...frozen, workflow: { ...frozen.workflow, freeze: { ...frozen.workflow.freeze!, documentId: full.slice(0, 14) } } };
        const read = reload(old);
        expect(read.workflow.freeze!.documentId).toBe(full);
        expect(freezeStatus(read)).toMatchObject({ frozen: true, matches: true, documentId: full });
      }),
      { numRuns: 30 },
    );
  });

  it('leaves a short ID that is not its snapshot’s as it is: the freeze shows as changed', () => {
    const frozen = freezeForSigning(app, 'v1', new Date('2025-03-01T10:00:00Z'));
    const old = { ...frozen, workflow: { ...frozen.workflow, freeze: { ...frozen.workflow.freeze!, documentId: 'ABCD-EF01-2345' } } };
    const read = reload(old);
    expect(read.workflow.freeze!.documentId).toBe('ABCD-EF01-2345');
    expect(freezeStatus(read)).toMatchObject({ matches: false });
    expect(idMatches(contentOf(read), 'ABCD-EF01-2345')).toBe(false);
  });

  it('opens a DOCX exported with a short ID, and says that its ID is the old, weaker kind', async () => {
    const docx = await exportOf(app);
    const full = fingerprint(app);
    const short = full.slice(0, 14);
    const parts = new Map([...partsOf(docx)].map(([n, d]) => [n, n.endsWith('.xml') ? strToU8(strFromU8(d).split(full).join(short)) : d]));
    const r = openApplicationBytes(rezip(parts));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.fromDocx?.documentId).toBe(short);
    expect(r.notice?.sv).toMatch(/äldre version av SIM-ansökan, med ett kortare Dokument-ID/);
  });

  it('refuses a DOCX whose short ID is another application’s, as before', async () => {
    const docx = await exportOf(app);
    const full = fingerprint(app);
    const parts = new Map([...partsOf(docx)].map(([n, d]) => [n, n.endsWith('.xml') ? strToU8(strFromU8(d).split(full).join('ABCD-EF01-2345')) : d]));
    const r = openApplicationBytes(rezip(parts));
    expect(r.ok).toBe(false);
  });
});
