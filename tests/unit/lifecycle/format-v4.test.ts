import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadApplicationText, serializeApplication } from '../../../shared/model/load';
import { contentOf, FORMAT_VERSION } from '../../../shared/model/schema';
import { fingerprint } from '../../../shared/model/fingerprint';
import { validate } from '../../../shared/rules/validate';
import { DEFAULT_PROGRAMME } from '../../../shared/program';
import { phaseOf } from '../../../shared/workflow/phase';
import { prepareCopyForPartner } from '../../../shared/workflow/exchange';
import { FIXTURES } from '../workflow/support';

const read = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const load = (text: string) => {
  const r = loadApplicationText(text);
  if (!r.ok) throw new Error(r.problems[0]!.message.en);
  return r;
};

describe('format 4: a file of format 3 opens exactly as before', () => {
  it('the v3 copies of the complete and Skaraborg applications open with the same content, Dokument-ID and issues as the fixtures built in format 4', () => {
    for (const name of ['complete', 'skaraborg']) {
      const v3text = read(`older/${name}-v3.simansokan`);
      expect(JSON.parse(v3text).formatVersion).toBe(3);
      const old = load(v3text);
      const now = load(read(`${name}.simansokan`));
      expect(old.migratedFrom).toBe(3);
      expect(now.migratedFrom).toBeNull();
      expect(contentOf(old.application)).toEqual(contentOf(now.application));
      expect(fingerprint(old.application)).toBe(fingerprint(now.application));
      expect(old.application.lifecycle).toEqual({ decision: null, reports: [], changeRequests: [] });
      expect(validate(old.application, DEFAULT_PROGRAMME)).toEqual(validate(now.application, DEFAULT_PROGRAMME));
      expect(phaseOf(old.application)).toBe('application');
    }
  });

  it('every fixture of every format (v1, v2, v3, hostile, stress, broken refusals aside) loads, and saves as format 4', () => {
    const names = [...readdirSync(FIXTURES).filter((f) => f.endsWith('.simansokan')), ...readdirSync(join(FIXTURES, 'older')).map((f) => `older/${f}`)];
    expect(names.length).toBeGreaterThanOrEqual(10);
    for (const name of names) {
      const r = load(read(name));
      const saved = serializeApplication(r.application);
      expect(JSON.parse(saved).formatVersion, name).toBe(FORMAT_VERSION);
      const again = load(saved);
      expect(contentOf(again.application), name).toEqual(contentOf(r.application));
      expect(again.application.lifecycle, name).toEqual(r.application.lifecycle);
    }
  });

  it('a v3 file with a frozen version and a partner base keeps both exactly, and the base gains an empty follow-up', () => {
    const app = load(read('complete.simansokan')).application;
    const { mine } = prepareCopyForPartner(app, null, new Date('2025-03-01T09:00:00Z'));
    const v3 = JSON.parse(serializeApplication(mine));
    v3.formatVersion = 3;
    delete v3.lifecycle;
    delete v3.workflow.exchange.baseLifecycle;
    const r = load(JSON.stringify(v3));
    expect(r.migratedFrom).toBe(3);
    expect(r.application.workflow.exchange!.base).toEqual(mine.workflow.exchange!.base);
    expect(r.application.workflow.exchange!.baseLifecycle).toEqual({ decision: null, reports: [], changeRequests: [] });
  });

  it('a file of a newer format is refused with a sentence that names both versions', () => {
    const v = JSON.parse(read('complete.simansokan'));
    v.formatVersion = FORMAT_VERSION + 1;
    const r = loadApplicationText(JSON.stringify(v));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.message.sv).toContain(`formatversion ${FORMAT_VERSION + 1}`);
  });

  it('a follow-up field that breaks the schema is refused with where it is, in words', () => {
    const v = JSON.parse(read('followup.simansokan'));
    v.lifecycle.reports[1].indicators[2].values[0].value = 'sextio';
    const r = loadApplicationText(JSON.stringify(v));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.message.sv).toMatch(/^Uppföljning efter beslut › Rapport 2 › Indikator 3 › Mätvärde 1 › Värde/);
  });
});
