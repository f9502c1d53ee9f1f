import { LIMITS } from './limits';
import { FORMAT_VERSION, type ApplicationContent } from './schema';
import { fingerprintContent, idMatches } from './fingerprint';
import { emptyLifecycle } from './lifecycle';

/** A migration turns the raw object of version `from` into version `from + 1`. Raw in, raw out:
 * the schema checks the result, so a migration never has to validate. */
export type Migration = (raw: Record<string, unknown>) => Record<string, unknown>;
export type MigrationRegistry = Readonly<Record<number, Migration>>;

/** Registered migrations, keyed by the version they migrate from. Version 1 is the first format. */
export const MIGRATIONS: MigrationRegistry = {
  // 1 → 2: the co-owners' workflow (step owners, approvals, exchange base, freeze, change log) arrives, empty.
  1: (raw) => ({ ...raw, workflow: { stepOwners: [], approvals: [], exchange: null, freeze: null, changeLog: [] } }),
  // 2 → 3: indicators per effect level, in-kind valuation, SIM per party, the calculation's sources and ranges,
  // structured risks. The content is migrated wherever it is kept: the file, the partner's base, the frozen copy.
  2: (raw) => {
    const out = contentV3(raw);
    const wf = out.workflow;
    if (isObj(wf)) {
      const workflow = { ...wf };
      if (isObj(wf.exchange)) workflow.exchange = { ...wf.exchange, base: contentV3(wf.exchange.base) };
      if (isObj(wf.freeze)) workflow.freeze = freezeV3(wf.freeze);
      out.workflow = workflow;
    }
    return out;
  },
  // 3 → 4: the follow-up after the decision arrives, empty: no decision, reports or change requests. The content is
  // untouched, so every Dokument-ID (the freeze's, the partner's base) stays exactly what it was.
  3: (raw) => {
    const wf = raw.workflow;
    if (!isObj(wf) || !isObj(wf.exchange)) return { ...raw, lifecycle: emptyLifecycle() };
    return { ...raw, lifecycle: emptyLifecycle(), workflow: { ...wf, exchange: { ...wf.exchange, baseLifecycle: emptyLifecycle() } } };
  },
};

type Raw = Record<string, unknown>;

/**
 * The frozen copy in version 3. Its content is written differently now, so its Dokument-ID changes: a freeze whose
 * ID was its snapshot's (the version both parties signed) gets the new ID of the same content, and keeps the ID the
 * signed paper prints as signedDocumentId, so the app can say both. A freeze that no longer matched its snapshot keeps
 * its ID, and still shows as changed.
 */
function freezeV3(freeze: Raw): Raw {
  const snapshot = contentV3(freeze.snapshot);
  const id = freeze.documentId;
  if (typeof id !== 'string' || !isObj(freeze.snapshot) || !idMatches(freeze.snapshot as ApplicationContent, id)) return { ...freeze, snapshot };
  return { ...freeze, snapshot, documentId: fingerprintContent(snapshot as ApplicationContent), signedDocumentId: id };
}
const isObj = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const filled = (v: unknown) => typeof v === 'string' && v.trim() !== '';
/** A new item's id derived from its parent's, so migrating two copies of one file gives the same ids (merging). */
const childId = (parent: unknown, suffix: string) => `${typeof parent === 'string' ? parent.slice(0, LIMITS.id - suffix.length - 1) : 'x'}-${suffix}`;

/** Version 2 content → version 3. Nothing the user wrote is dropped: a row's one indicator and the risks text move. */
function contentV3(content: unknown): Raw {
  if (!isObj(content)) return content as Raw;
  const c: Raw = { ...content };
  if (isObj(c.goals)) {
    const goals: Raw = { ...c.goals, overallIndicators: [] };
    if (Array.isArray(goals.logicModel))
      goals.logicModel = goals.logicModel.map((row: unknown) => {
        if (!isObj(row)) return row;
        const { indicator, baseline, target, dataSource, ...rest } = row;
        const had = [indicator, baseline, target, dataSource].some(filled);
        // The level was never asked for: left empty, so the rules ask for it instead of guessing.
        const indicators = had
          ? [{ id: childId(row.id, 'ind'), level: '', text: indicator ?? '', baseline: baseline ?? '', target: target ?? '', dataSource: dataSource ?? '', frequency: '', measuredBy: '' }]
          : [];
        return { ...rest, indicators };
      });
    c.goals = goals;
  }
  if (isObj(c.budget) && Array.isArray(c.budget.costLines))
    c.budget = { ...c.budget, costLines: c.budget.costLines.map((l: unknown) => (isObj(l) ? { ...l, valuation: null } : l)) };
  if (isObj(c.socioEconomics))
    c.socioEconomics = {
      ...c.socioEconomics,
      baselineRiskSource: '',
      baselineRiskLow: null,
      baselineRiskHigh: null,
      effectSource: '',
      effectLow: null,
      effectHigh: null,
      priceBaseYear: null,
    };
  if (isObj(c.followUp)) {
    const old = c.followUp.risks;
    const risks = filled(old)
      ? [{ id: 'risk-1', description: old, likelihood: '', consequence: '', measure: '', responsible: '' }]
      : [];
    c.followUp = { ...c.followUp, risks };
  }
  return c;
}

export type MigrateResult =
  | { ok: true; value: Record<string, unknown>; from: number }
  | { ok: false; reason: 'newer' | 'missing'; from: number };

export function migrate(
  raw: Record<string, unknown>,
  from: number,
  registry: MigrationRegistry = MIGRATIONS,
  target: number = FORMAT_VERSION,
): MigrateResult {
  if (from > target) return { ok: false, reason: 'newer', from };
  let value = raw;
  for (let v = from; v < target; v++) {
    const step = registry[v];
    if (!step) return { ok: false, reason: 'missing', from };
    value = { ...step(value), formatVersion: v + 1 };
  }
  return { ok: true, value, from };
}
