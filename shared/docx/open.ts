import type { Localized } from '../i18n/catalog';
import { formatProblems, loadApplicationBytes } from '../model/load';
import type { Application } from '../model/schema';
import { LEGACY_ID_NOTICE, WORD_EDITS_NOT_READ } from './embed';
import { readEmbeddedApplication } from './embed-read';

export type OpenedBytes =
  | {
      ok: true;
      application: Application;
      migratedFrom: number | null;
      /** Set when the bytes were a DOCX exported by the app: the application was restored from it. */
      fromDocx: { documentId: string; editedAfterExport: boolean } | null;
      /** Something the user should be told on opening (Word edits not read back). */
      notice: Localized | null;
    }
  | { ok: false; message: Localized };

/** A ZIP container (DOCX) starts with "PK\x03\x04"; an application file is JSON text. */
const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

function joinNotices(notices: (Localized | null)[]): Localized | null {
  const some = notices.filter((n): n is Localized => n !== null);
  return some.length ? { sv: some.map((n) => n.sv).join('\n'), en: some.map((n) => n.en).join('\n') } : null;
}

/** Reads an application file, or the application inside a DOCX the app exported, whatever the file is called. */
export function openApplicationBytes(bytes: Uint8Array): OpenedBytes {
  if (isZip(bytes)) {
    const r = readEmbeddedApplication(bytes);
    if (!r.ok) return r;
    return {
      ok: true,
      application: r.application,
      migratedFrom: r.migratedFrom,
      fromDocx: { documentId: r.documentId, editedAfterExport: r.editedAfterExport },
      notice: joinNotices([r.editedAfterExport ? WORD_EDITS_NOT_READ : null, r.legacyId ? LEGACY_ID_NOTICE : null]),
    };
  }
  const loaded = loadApplicationBytes(bytes);
  if (!loaded.ok) {
    return { ok: false, message: { sv: formatProblems(loaded.problems, 'sv'), en: formatProblems(loaded.problems, 'en') } };
  }
  return { ok: true, application: loaded.application, migratedFrom: loaded.migratedFrom, fromDocx: null, notice: null };
}
