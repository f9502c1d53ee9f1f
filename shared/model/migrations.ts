import { FORMAT_VERSION } from './schema';

/** A migration turns the raw object of version `from` into version `from + 1`. Raw in, raw out:
 * the schema checks the result, so a migration never has to validate. */
export type Migration = (raw: Record<string, unknown>) => Record<string, unknown>;
export type MigrationRegistry = Readonly<Record<number, Migration>>;

/** Registered migrations, keyed by the version they migrate from. Version 1 is the first format. */
export const MIGRATIONS: MigrationRegistry = {
  // 1 → 2: the co-owners' workflow (step owners, approvals, exchange base, freeze, change log) arrives, empty.
  1: (raw) => ({ ...raw, workflow: { stepOwners: [], approvals: [], exchange: null, freeze: null, changeLog: [] } }),
};

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
