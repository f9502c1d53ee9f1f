import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportDocx, readEmbeddedApplication } from '../../../shared/docx';
import { loadApplicationBytes } from '../../../shared/model/load';
import type { Application } from '../../../shared/model/schema';
import { DEFAULT_PROGRAMME } from '../../../shared/program';
import { requireTool } from '../../support/tools';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const load = (name: string): Application => {
  const r = loadApplicationBytes(readFileSync(join(FIXTURES, name)));
  if (!r.ok) throw new Error(name);
  return r.application;
};

/** Rewrites one part of a DOCX, as another program saving it would. */
function rewrite(docx: Uint8Array, path: string, change: (xml: string) => string): Uint8Array {
  const files = unzipSync(docx);
  files[path] = strToU8(change(strFromU8(files[path]!)));
  return zipSync(files);
}

describe('the DOCX carries its application', () => {
  let app: Application;
  let docx: Uint8Array;
  let documentId: string;
  beforeAll(async () => {
    app = load('complete.simansokan');
    ({ bytes: docx, documentId } = await exportDocx(app, DEFAULT_PROGRAMME, { draft: false }));
  });

  it('opening the exported DOCX restores an application equal to the one exported', () => {
    const back = readEmbeddedApplication(docx);
    expect(back).toMatchObject({ ok: true, documentId, editedAfterExport: false });
    if (back.ok) expect(back.application).toEqual(app);
  });

  it('restores the hostile fixture exactly, control characters, U+FFFE and lone surrogates included', async () => {
    const hostile = load('hostile.simansokan');
    const { bytes } = await exportDocx(hostile, DEFAULT_PROGRAMME, { draft: true });
    const back = readEmbeddedApplication(bytes);
    expect(back.ok && back.application).toEqual(hostile);
  });

  it('refuses a document whose embedded application was tampered with, in a clear sentence', () => {
    const tampered = rewrite(docx, 'customXml/item1.xml', (x) => x.replace(app.project.title, 'Ett annat projekt'));
    const back = readEmbeddedApplication(tampered);
    expect(back.ok).toBe(false);
    if (!back.ok) {
      expect(back.message.sv).toBe(
        `Ansökan i Word-dokumentet stämmer inte med dokumentets Dokument-ID (${documentId}): den har ändrats efter exporten och läses därför inte in.`,
      );
    }
  });

  it('tells when the document was edited in Word after export', () => {
    const edited = rewrite(docx, 'docProps/core.xml', (x) =>
      x.replace('<cp:lastModifiedBy>SIM-ansökan</cp:lastModifiedBy>', '<cp:lastModifiedBy>Anna Berg</cp:lastModifiedBy>').replace('<cp:revision>1</cp:revision>', '<cp:revision>2</cp:revision>'),
    );
    expect(readEmbeddedApplication(edited)).toMatchObject({ ok: true, editedAfterExport: true });
  });

  it('a document re-saved by LibreOffice keeps the application, and says it was saved again', () => {
    requireTool('soffice', 'install libreoffice-writer-nogui (scripts/install-test-tools.sh)');
    const dir = mkdtempSync(join(tmpdir(), 'sim-embed-'));
    writeFileSync(join(dir, 'ansokan.docx'), docx);
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', join(dir, 'out'), join(dir, 'ansokan.docx')], { stdio: 'pipe', timeout: 120_000 });
    const back = readEmbeddedApplication(readFileSync(join(dir, 'out', 'ansokan.docx')));
    expect(back).toMatchObject({ ok: true, editedAfterExport: true, documentId });
  });

  it('refuses a Word document that did not come from the app, and a file that is no document', () => {
    const files = unzipSync(docx);
    for (const k of Object.keys(files)) if (k.startsWith('customXml/')) delete files[k];
    const foreign = readEmbeddedApplication(zipSync(files));
    expect(!foreign.ok && foreign.message.sv).toBe(
      'Word-dokumentet innehåller ingen ansökan från SIM-ansökan. Bara dokument som exporterats från appen kan öppnas här.',
    );
    const junk = readEmbeddedApplication(strToU8('inte en zip-fil'));
    expect(!junk.ok && junk.message.sv).toBe('Filen är inte ett Word-dokument eller är skadad.');
  });
});
