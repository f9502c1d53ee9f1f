import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadApplicationBytes } from '../../../shared/model/load';
import { migrate, MIGRATIONS, type MigrationRegistry } from '../../../shared/model/migrations';
import { FORMAT_VERSION } from '../../../shared/model/schema';

/**
 * A synthetic history: version 1 called the summary "abstract", version 2 kept municipalities as one
 * comma-separated string. Migrations are raw in, raw out, applied in order up to the target.
 */
const registry: MigrationRegistry = {
  1: (raw) => {
    const { abstract, ...project } = raw.project as Record<string, unknown>;
    return { ...raw, project: { ...project, summary: abstract } };
  },
  2: (raw) => {
    const project = raw.project as Record<string, unknown>;
    return { ...raw, project: { ...project, municipalities: String(project.municipalities).split(',').map((s) => s.trim()) } };
  },
};

const old = { format: 'sim-ansokan', formatVersion: 1, project: { title: 'T', abstract: 'Kort', municipalities: 'Bengtsfors, Åmål' } };

describe('migrations', () => {
  it('runs every step from the file version to the target, in order', () => {
    const r = migrate(old, 1, registry, 3);
    expect(r).toEqual({
      ok: true,
      from: 1,
      value: { format: 'sim-ansokan', formatVersion: 3, project: { title: 'T', summary: 'Kort', municipalities: ['Bengtsfors', 'Åmål'] } },
    });
  });

  it('starts from the version in the file', () => {
    const r = migrate({ ...old, formatVersion: 2, project: { title: 'T', summary: 'S', municipalities: 'Mark' } }, 2, registry, 3);
    expect(r.ok && r.value.project).toEqual({ title: 'T', summary: 'S', municipalities: ['Mark'] });
  });

  it('refuses a version newer than the target and a gap in the registry', () => {
    expect(migrate(old, 4, registry, 3)).toEqual({ ok: false, reason: 'newer', from: 4 });
    expect(migrate(old, 1, { 2: registry[2]! }, 3)).toEqual({ ok: false, reason: 'missing', from: 1 });
  });

  it('leaves a current file alone', () => {
    const current = { ...old, formatVersion: FORMAT_VERSION };
    expect(migrate(current, FORMAT_VERSION, MIGRATIONS)).toEqual({ ok: true, from: FORMAT_VERSION, value: current });
    const bytes = readFileSync(join(__dirname, '..', '..', 'fixtures', 'complete.simansokan'));
    const r = loadApplicationBytes(bytes, {});
    expect(r.ok && r.migratedFrom).toBeNull();
  });

  it('reads a real version-1 file: the co-owners\' workflow arrives empty and the content is untouched', () => {
    const dir = join(__dirname, '..', '..', 'fixtures');
    const v1 = loadApplicationBytes(readFileSync(join(dir, 'older', 'complete-v1.simansokan')));
    // The version-2 copy of the same application: both are migrated on to the current version alike.
    const v2 = loadApplicationBytes(readFileSync(join(dir, 'older', 'complete-v2.simansokan')));
    if (!v1.ok || !v2.ok) throw new Error('fixtures must load');
    expect(v1.migratedFrom).toBe(1);
    expect(v1.application.workflow).toEqual({ stepOwners: [], approvals: [], exchange: null, freeze: null, changeLog: [] });
    expect(v1.application.needs).toEqual(v2.application.needs);
    expect(v1.application.budget).toEqual(v2.application.budget);
  });

  it('does not change the object it was given', () => {
    const copy = structuredClone(old);
    migrate(old, 1, registry, 3);
    expect(old).toEqual(copy);
  });
});
