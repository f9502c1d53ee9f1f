import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadApplicationBytes, loadApplicationText } from '../../../shared/model/load';
import { DEFAULT_PROGRAMME } from '../../../shared/program';
import { formatIssue, validate } from '../../../shared/rules';
import { fingerprint, fingerprintContent } from '../../../shared/model/fingerprint';
import type { ApplicationContent } from '../../../shared/model/schema';
import { freezeStatus } from '../../../shared/workflow/freeze';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const v2Text = readFileSync(join(FIXTURES, 'older', 'complete-v2.simansokan'), 'utf8');

function load(text: string) {
  const r = loadApplicationText(text);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message.en).join('; '));
  return r;
}

describe('format 2 → 3', () => {
  it('opens an older file and moves what the user wrote into the new places, nothing lost', () => {
    const raw = JSON.parse(v2Text);
    const r = load(v2Text);
    expect(r.migratedFrom).toBe(2);
    const app = r.application;
    // A row's one indicator becomes its first indicator, level not yet given (the old format never asked).
    raw.goals.logicModel.forEach((old: Record<string, string>, i: number) => {
      expect(app.goals.logicModel[i]!.indicators).toEqual([
        { id: `${old.id}-ind`, level: '', text: old.indicator, baseline: old.baseline, target: old.target, dataSource: old.dataSource, frequency: '', measuredBy: '' },
      ]);
    });
    expect(app.goals.overallIndicators).toEqual([]);
    // The risks text becomes one risk, to be completed.
    expect(app.followUp.risks).toEqual([{ id: 'risk-1', description: raw.followUp.risks, likelihood: '', consequence: '', measure: '', responsible: '' }]);
    expect(app.budget.costLines.every((l) => l.valuation === null)).toBe(true);
    expect(app.budget.costLines.map((l) => l.amounts)).toEqual(raw.budget.costLines.map((l: { amounts: number[] }) => l.amounts));
    expect(app.socioEconomics).toMatchObject({ baselineRisk: 20, baselineRiskSource: '', baselineRiskLow: null, effectHigh: null, priceBaseYear: null });
  });

  it('migrates the same file twice to the same ids, so the partners’ copies still merge', () => {
    expect(load(v2Text).application).toEqual(load(v2Text).application);
  });

  it('says, in the rules, what an older file is missing', () => {
    for (const name of ['complete-v1.simansokan', 'complete-v2.simansokan']) {
      const r = loadApplicationBytes(readFileSync(join(FIXTURES, 'older', name)));
      if (!r.ok) throw new Error(`${name} must open`);
      const issues = validate(r.application, DEFAULT_PROGRAMME);
      const at = (m: string) => issues.filter((i) => i.message === m).map((i) => i.path.join('.'));
      expect(at('goals.indicatorLevel')).toHaveLength(4);
      expect(at('budget.valuationMissing')).toEqual(['budget.costLines.2.valuation', 'budget.costLines.8.valuation', 'budget.costLines.9.valuation', 'budget.costLines.11.valuation']);
      expect(at('budget.simParty')).toEqual(['budget.financingLines.0.partyId']);
      expect(at('socioEconomics.sourceMissing')).toEqual(['socioEconomics.baselineRiskSource', 'socioEconomics.effectSource']);
      expect(at('socioEconomics.priceBaseYear')).toHaveLength(1);
      expect(at('required')).toEqual(expect.arrayContaining(['followUp.risks.0.likelihood', 'followUp.risks.0.measure']));
      const sv = issues.map((i) => formatIssue(i, 'sv')).join('\n');
      expect(sv).toContain('Budget › Kostnadsrad 3 › Värdering av arbetstid: ange hur arbetstiden värderas');
    }
  });

  it('migrates the partner’s base and the frozen copy too, so both still read', () => {
    const raw = JSON.parse(v2Text);
    const content = Object.fromEntries(Object.entries(raw).filter(([k]) => !['format', 'formatVersion', 'createdAt', 'updatedAt', 'workflow'].includes(k)));
    raw.workflow.exchange = { base: content, baseAt: '2025-01-02T10:00:00+01:00', sentAt: '', sentByPartyId: '', sentBy: '' };
    raw.workflow.freeze = { documentId: 'ABCD-EF01-2345', at: '2025-01-03T10:00:00+01:00', label: 'Underskrift', snapshot: content };
    const app = load(JSON.stringify(raw)).application;
    expect(app.workflow.exchange!.base.followUp.risks).toHaveLength(1);
    expect(app.workflow.freeze!.snapshot.goals.logicModel[0]!.indicators[0]!.text).toBe(raw.goals.logicModel[0].indicator);
  });
});

describe('a file frozen for signing in format 2', () => {
  const CONTENT_KEYS_V2 = (raw: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(raw).filter(([k]) => !['format', 'formatVersion', 'createdAt', 'updatedAt', 'workflow'].includes(k)));
  const frozenV2 = (idOf: (content: unknown) => string) => {
    const raw = JSON.parse(v2Text);
    const snapshot = CONTENT_KEYS_V2(raw);
    raw.workflow.freeze = { documentId: idOf(snapshot), at: '2024-05-02T10:00:00.000Z', label: 'Version för underskrift', snapshot };
    return { raw, id: idOf(snapshot) };
  };

  it.each([
    ['128-bit', (c: unknown) => fingerprintContent(c as ApplicationContent)],
    ['48-bit', (c: unknown) => fingerprintContent(c as ApplicationContent).slice(0, 14)],
  ])('still shows as the version that was signed (%s ID), and remembers the ID the signed paper prints', (_, idOf) => {
    const { raw, id } = frozenV2(idOf);
    const app = load(JSON.stringify(raw)).application;
    const status = freezeStatus(app);
    expect(status).toMatchObject({ frozen: true, matches: true, signedDocumentId: id });
    if (status.frozen) expect(status.documentId).toBe(fingerprint(app));
  });

  it('a freeze that no longer matched its snapshot keeps its ID and still shows as changed', () => {
    const { raw } = frozenV2(() => '0000-0000-0000-0000-0000-0000-0000-0000');
    const app = load(JSON.stringify(raw)).application;
    expect(freezeStatus(app)).toMatchObject({ frozen: true, matches: false, signedDocumentId: null, documentId: '0000-0000-0000-0000-0000-0000-0000-0000' });
  });
});
