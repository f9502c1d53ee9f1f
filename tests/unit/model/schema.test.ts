import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldLabel } from '../../../shared/model/labels';
import { LIMITS } from '../../../shared/model/limits';
import { loadApplicationText, loadApplicationValue, type LoadResult } from '../../../shared/model/load';
import { newApplication } from '../../../shared/model/new';
import { ApplicationSchema } from '../../../shared/model/schema';
import { DEFAULT_PROGRAMME } from '../../../shared/program';

const completeText = readFileSync(join(__dirname, '..', '..', 'fixtures', 'complete.simansokan'), 'utf8');
const raw = (): any => JSON.parse(completeText);

function refusal(value: unknown): string {
  const r: LoadResult = loadApplicationValue(value);
  if (r.ok) throw new Error('expected a refusal');
  return r.problems[0]!.message.sv;
}

describe('length caps', () => {
  it.each([
    ['project.summary', (a: any, s: string) => (a.project.summary = s), LIMITS.summary, 'Projekt › Sammanfattning: är för lång: högst 4\u00a0000 tecken.'],
    ['needs.need', (a: any, s: string) => (a.needs.need = s), LIMITS.text, 'Behovsanalys › Vilket är behovet och var syns det?: är för lång: högst 20\u00a0000 tecken.'],
    ['parties.0.organisation', (a: any, s: string) => (a.parties[0].organisation = s), LIMITS.short, 'Parter › Part 1 › Organisation: är för lång: högst 200 tecken.'],
  ] as const)('refuses %s over its cap and accepts it at the cap', (_name, set, cap, message) => {
    const atCap = raw();
    set(atCap, 'a'.repeat(cap));
    expect(loadApplicationValue(atCap).ok).toBe(true);
    const over = raw();
    set(over, 'a'.repeat(cap + 1));
    expect(refusal(over)).toBe(message);
  });

  it('refuses lists over their cap', () => {
    const a = raw();
    a.activities = Array.from({ length: LIMITS.activities + 1 }, (_, i) => ({ ...a.activities[0], id: `a${i}` }));
    expect(refusal(a)).toBe('Aktiviteter: har för många rader: högst 300.');
  });
});

describe('amounts', () => {
  it.each([
    [-1, 'är för litet: minst 0'],
    [0.5, 'har fel typ: här ska stå ett heltal'],
    [LIMITS.amount + 1, 'är för stort: högst 10\u00a0000\u00a0000\u00a0000'],
    ['1000', 'har fel typ: här ska stå ett tal'],
  ])('refuses %s kronor', (amount, message) => {
    const a = raw();
    a.budget.financingLines[0].amounts[2] = amount;
    expect(refusal(a)).toBe(`Budget › Finansieringsrad 1 › Belopp 3: ${message}.`);
  });

  it('refuses a number too large to be finite', () => {
    const text = completeText.replace('"amountPerYear": 30561', '"amountPerYear": 1e400');
    const r = loadApplicationText(text);
    expect(r.ok).toBe(false);
  });
});

describe('strict parsing', () => {
  it('refuses __proto__ even when spelled with escapes', () => {
    const text = completeText.replace('"needs": {', '"needs": {\n "\\u005f_proto__": {},');
    const r = loadApplicationText(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.message.sv).toContain('otillåtna fältnamnet "__proto__"');
  });

  it('refuses missing fields, naming them', () => {
    const a = raw();
    delete a.project.title;
    expect(refusal(a)).toBe('Projekt › Projektets namn: saknas.');
  });

  it('refuses a newer format version with a sentence saying so', () => {
    const a = raw();
    a.formatVersion = 99;
    expect(refusal(a)).toContain('nyare version av SIM-ansökan (formatversion 99');
  });
});

describe('new application', () => {
  it('is valid, carries the programme, and has a kommun owner and a region partner', () => {
    const app = newApplication(DEFAULT_PROGRAMME, new Date('2025-02-03T10:00:00Z'));
    expect(ApplicationSchema.safeParse(app).success).toBe(true);
    expect(app.programme).toEqual({ id: 'vgr-sim-2022-2024', version: DEFAULT_PROGRAMME.version });
    expect(app.parties.map((p) => [p.role, p.sector])).toEqual([
      ['owner', 'kommun'],
      ['partner', 'region'],
    ]);
    expect(app.childRights.articles.map((a) => a.article)).toEqual([2, 3, 6, 12]);
    expect(app.createdAt).toBe('2025-02-03T10:00:00.000Z');
  });
});

describe('labels catalog', () => {
  it('names every field of a filled application, so every message can say where', () => {
    const missing: string[] = [];
    const walk = (v: unknown, path: (string | number)[]) => {
      if (path.length > 0 && fieldLabel(path, 'sv') === null) missing.push(path.join('.'));
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
    };
    walk(raw(), []);
    expect([...new Set(missing.map((p) => p.replace(/\.\d+/g, '.*')))]).toEqual([]);
  });
});
