import { describe, expect, it } from 'vitest';
import { NODE_EXPORT } from '../../../electron/docx-native';
import { fingerprint } from '../../../shared/model/fingerprint';
import { newApplication } from '../../../shared/model/new';
import type { Application } from '../../../shared/model/schema';
import { DEFAULT_PROGRAMME } from '../../../shared/program';

const base = (): Application => {
  const app = newApplication(DEFAULT_PROGRAMME, new Date('2025-01-10T08:00:00Z'));
  app.id = '0b6f3c1e-2a4d-4e8f-9c0b-1d2e3f405162';
  app.parties[0]!.id = 'owner';
  app.parties[1]!.id = 'region';
  app.project.title = 'Tidiga insatser i Vänersborg';
  return app;
};

/** The same object with every key in reverse order, as a renderer might rebuild it. */
function reversedKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reversedKeys);
  if (v === null || typeof v !== 'object') return v;
  return Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reversedKeys(x)]));
}

describe('fingerprint (Dokument-ID)', () => {
  it('is 128 bits: 32 hex digits in eight groups of four', () => {
    expect(fingerprint(base())).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){7}$/);
  });

  it("is the same with Node's native SHA-256 (main process and CLI) as with the pure one (renderer)", () => {
    const app = base();
    expect(fingerprint(app, NODE_EXPORT.sha256)).toBe(fingerprint(app));
    app.project.title = 'Något annat';
    expect(fingerprint(app, NODE_EXPORT.sha256)).toBe(fingerprint(app));
  });

  it('stays the same when only the timestamps change (saving unchanged content)', () => {
    const a = base();
    const b = { ...base(), createdAt: '2030-01-01T00:00:00.000Z', updatedAt: '2030-06-01T12:00:00.000Z' };
    expect(fingerprint(b)).toBe(fingerprint(a));
  });

  it('does not depend on key order', () => {
    const a = base();
    expect(fingerprint(reversedKeys(a) as Application)).toBe(fingerprint(a));
  });

  it('changes with any change of content, even one character or one krona', () => {
    const a = base();
    const ids = new Set([fingerprint(a)]);
    const title = base();
    title.project.title += '.';
    ids.add(fingerprint(title));
    const signatory = base();
    signatory.parties[1]!.signatory.name = 'Karin Sjöberg';
    ids.add(fingerprint(signatory));
    const money = base();
    money.budget.financingLines.push({ id: 'f1', source: 'sim', partyId: '', kind: 'cash', description: '', amounts: [1] });
    ids.add(fingerprint(money));
    const lang = base();
    lang.language = 'en';
    ids.add(fingerprint(lang));
    expect(ids.size).toBe(5);
  });
});
