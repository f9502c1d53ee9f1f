import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deepEqual } from '../../../shared/merge';
import { contentOf, type Application, type ApplicationContent } from '../../../shared/model/schema';
import { mergePartnerCopy, prepareCopyForPartner } from '../../../shared/workflow';
import { emptyLifecycle } from '../../../shared/model/lifecycle';
import { at, complete } from './support';

/**
 * What the partner's copy says about our shared history is a claim. For any two copies and any claimed base (absent,
 * the real one, my current version, theirs, something neither had; dated in the past, in the future or after the copy
 * itself), a field I edited since the version my file recorded is never replaced without a conflict.
 */
type Path = (string | number)[];
const FIELDS: Path[] = [
  ['project', 'title'],
  ['needs', 'need'],
  ['needs', 'causes'],
  ['followUp', 'risks'],
  ['budget', 'comment'],
  ['activities', 0, 'name'],
  ['budget', 'costLines', 0, 'amounts'],
];

const get = (v: unknown, path: Path): unknown => path.reduce<unknown>((x, k) => (x as Record<string | number, unknown>)[k], v);
function set<T>(v: T, path: Path, value: unknown): T {
  const copy = structuredClone(v);
  const parent = get(copy, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path[path.length - 1]!] = value;
  return copy;
}

const start = prepareCopyForPartner(complete(), null, at(1)).mine;
const recorded = start.workflow.exchange!.base;

/** Per field: keep the recorded value, or one of a few edits (shared between the sides so equal edits happen too). */
const valueFor = (path: Path, pick: number): unknown => {
  const base = get(recorded, path);
  if (pick === 0) return base;
  return Array.isArray(base) ? [pick * 1000, pick] : `ändring ${pick}`;
};
const edits = fc.array(fc.integer({ min: 0, max: 3 }), { minLength: FIELDS.length, maxLength: FIELDS.length });
const edited = <T,>(v: T, picks: number[]): T => FIELDS.reduce((acc, f, i) => set(acc, f, valueFor(f, picks[i]!)), v);

const dates = fc.constantFrom('2020-01-01T00:00:00.000Z', '2025-03-01T09:00:00.000Z', '2099-12-31T23:59:59.000Z', '2025-03-30T09:00:00.000Z');

describe('the partner’s copy is not trusted about the shared version', () => {
  it('no field edited on this side is replaced without a conflict, whatever base the copy claims', () => {
    fc.assert(
      fc.property(edits, edits, edits, fc.integer({ min: 0, max: 4 }), dates, fc.boolean(), (minePicks, theirPicks, claimPicks, claimKind, claimAt, haveRecord) => {
        let mine: Application = edited(start, minePicks);
        if (!haveRecord) mine = { ...mine, workflow: { ...mine.workflow, exchange: null } };
        const theirsContent = edited(start, theirPicks);
        const claims: (ApplicationContent | null)[] = [null, recorded, contentOf(mine), contentOf(theirsContent), contentOf(edited(start, claimPicks))];
        const claim = claims[claimKind]!;
        const theirs: Application = {
          ...theirsContent,
          updatedAt: '2025-03-20T09:00:00.000Z',
          workflow: { ...theirsContent.workflow, exchange: claim && { base: structuredClone(claim), baseAt: claimAt, sentAt: claimAt, sentByPartyId: '', sentBy: 'Någon', baseLifecycle: emptyLifecycle() } },
        };
        const r = mergePartnerCopy(mine, theirs);
        if (!r.ok) return false;
        expect(r.base).toBe(haveRecord ? 'shared' : 'none');
        for (const f of FIELDS) {
          const m = get(mine, f);
          const t = get(theirs, f);
          const b = get(recorded, f);
          const conflict = r.conflicts.some((c) => deepEqual(c.path, f));
          const result = get(r.merged, f);
          if (haveRecord) {
            // Mine, edited since the record: kept, or a conflict the user decides.
            if (!deepEqual(m, b) && !deepEqual(result, m) && !conflict) return false;
            // Only theirs edited: taken over, so the record is used and not merely ignored.
            if (deepEqual(m, b) && !deepEqual(result, t)) return false;
          } else {
            if (!deepEqual(m, t) && !conflict) return false;
            if (!deepEqual(result, m)) return false;
          }
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('a copy claiming my edited version as the base, dated in the future, shows the field as a conflict', () => {
    const mine = set(start, ['project', 'title'], 'Kommunens nya titel');
    const theirsContent = set(start, ['project', 'title'], 'Regionens titel');
    const theirs: Application = {
      ...theirsContent,
      workflow: {
        ...theirsContent.workflow,
        exchange: { base: structuredClone(contentOf(mine)), baseAt: '2099-01-01T00:00:00.000Z', sentAt: '2099-01-01T00:00:00.000Z', sentByPartyId: '', sentBy: '', baseLifecycle: emptyLifecycle() },
      },
    };
    const r = mergePartnerCopy(mine, theirs);
    if (!r.ok) throw new Error('same application');
    expect(r.partnerBase).toBe('differs');
    expect(r.merged.project.title).toBe('Kommunens nya titel');
    expect(r.conflicts).toEqual([{ path: ['project', 'title'], base: recorded.project.title, mine: 'Kommunens nya titel', theirs: 'Regionens titel' }]);
    expect(r.takenOver).toBe(0);
  });

  it('says whether the copy names the version this file recorded', () => {
    const theirs = set(start, ['needs', 'need'], 'Regionens behov');
    const r = mergePartnerCopy(set(start, ['followUp', 'risks'], 'Kommunens risk'), theirs);
    if (!r.ok) throw new Error('same application');
    expect(r.partnerBase).toBe('agrees');
    expect([r.merged.needs.need, r.merged.followUp.risks]).toEqual(['Regionens behov', 'Kommunens risk']);
  });
});
