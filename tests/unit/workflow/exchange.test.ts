import { describe, expect, it } from 'vitest';
import { describePath } from '../../../shared/model/labels';
import { newId } from '../../../shared/model/ids';
import { loadApplicationText, serializeApplication } from '../../../shared/model/load';
import type { Application } from '../../../shared/model/schema';
import { resolveConflicts } from '../../../shared/merge';
import { applyPartnerMerge, mergePartnerCopy, prepareCopyForPartner } from '../../../shared/workflow';
import { at, complete, fixture } from './support';

/** A copy as the partner receives it: through the file format, as e-mail would carry it. */
const viaFile = (app: Application): Application => {
  const r = loadApplicationText(serializeApplication(app));
  if (!r.ok) throw new Error('copy must load');
  return r.application;
};

const activity = (name: string) => ({ id: newId(), name, description: '', responsiblePartyId: '', startDate: '2025-05-01', endDate: '2025-06-30' });

describe('exchange with the partner', () => {
  it('takes over one-sided edits, keeps items added on each side, and asks about the common field', () => {
    const kommun0 = complete();
    const { mine: kommun1, copy } = prepareCopyForPartner(kommun0, { partyId: kommun0.parties[0]!.id, by: 'Anna' }, at(1));
    let region = viaFile(copy);
    // Weeks of edits on both sides.
    let kommun = { ...kommun1, needs: { ...kommun1.needs, extent: 'Kommunens nya siffror.' }, activities: [...kommun1.activities, activity('Kommunens nya aktivitet')] };
    kommun = { ...kommun, project: { ...kommun.project, title: 'Kommunens titel' } };
    region = { ...region, childRights: { ...region.childRights, feedback: 'Regionens återkoppling.' }, activities: [...region.activities, activity('Regionens nya aktivitet')] };
    region = { ...region, project: { ...region.project, title: 'Regionens titel' } };

    const r = mergePartnerCopy(kommun, viaFile(region));
    if (!r.ok) throw new Error('same application');
    expect(r.base).toBe('shared');
    expect(r.merged.needs.extent).toBe('Kommunens nya siffror.');
    expect(r.merged.childRights.feedback).toBe('Regionens återkoppling.');
    expect(r.merged.activities.map((a) => a.name).slice(-2)).toEqual(['Kommunens nya aktivitet', 'Regionens nya aktivitet']);
    expect(r.conflicts.map((c) => describePath(c.path, 'sv'))).toEqual(['Projekt › Projektets namn']);
    expect(r.conflicts[0]).toMatchObject({ mine: 'Kommunens titel', theirs: 'Regionens titel' });
    expect(r.takenOver).toBe(2);

    const chosen = resolveConflicts(r.merged, r.conflicts, new Map([[0, 'theirs' as const]]));
    const merged = applyPartnerMerge(kommun, region, chosen, at(20));
    expect(merged.project.title).toBe('Regionens titel');
    expect(loadApplicationText(serializeApplication(merged)).ok).toBe(true);
  });

  it('a second round merges against the version both last shared, so no one\'s edits are lost', () => {
    const k0 = complete();
    const sent = prepareCopyForPartner(k0, null, at(1));
    let region = viaFile(sent.copy);
    region = { ...region, needs: { ...region.needs, causes: 'R1' } };
    // The region sends back; the municipality merges it (round 1).
    const back = prepareCopyForPartner(region, null, at(5)).copy;
    let kommun = { ...sent.mine, followUp: { ...sent.mine.followUp, spreading: 'K1' } };
    const r1 = mergePartnerCopy(kommun, viaFile(back));
    if (!r1.ok) throw new Error();
    kommun = applyPartnerMerge(kommun, back, r1.merged, at(6));
    expect([kommun.needs.causes, kommun.followUp.spreading]).toEqual(['R1', 'K1']);
    // Meanwhile the region edits again, and the municipality sends its merged version (round 2).
    region = { ...region, targetGroup: { ...region.targetGroup, leftOut: 'R2' } };
    const k2 = prepareCopyForPartner({ ...kommun, budget: { ...kommun.budget, comment: 'K2' } }, null, at(8)).copy;
    const r2 = mergePartnerCopy(region, viaFile(k2));
    if (!r2.ok) throw new Error();
    expect(r2.conflicts).toEqual([]);
    expect([r2.merged.needs.causes, r2.merged.followUp.spreading, r2.merged.targetGroup.leftOut, r2.merged.budget.comment]).toEqual(['R1', 'K1', 'R2', 'K2']);
  });

  it('reads a partner file from the older format version against my shared version', () => {
    const v1 = fixture('older/complete-v1.simansokan');
    const mineStart = complete();
    expect(v1.id).toBe(mineStart.id);
    const { mine } = prepareCopyForPartner(mineStart, null, at(1));
    const theirs = { ...v1, needs: { ...v1.needs, sources: 'SCB 2024 och elevhälsans statistik.' } };
    const r = mergePartnerCopy({ ...mine, followUp: { ...mine.followUp, spreading: 'Kommunens risk.' } }, theirs);
    if (!r.ok) throw new Error();
    expect(r.base).toBe('shared');
    expect(r.conflicts).toEqual([]);
    expect(r.merged.needs.sources).toBe('SCB 2024 och elevhälsans statistik.');
    expect(r.merged.followUp.spreading).toBe('Kommunens risk.');
  });

  it('refuses a copy of a different application', () => {
    const a = complete();
    expect(mergePartnerCopy(a, { ...a, id: newId() })).toEqual({ ok: false, reason: 'different-application' });
  });

  it('with no shared version, every difference is a choice and nothing is silently dropped', () => {
    const a = complete();
    const b = { ...a, project: { ...a.project, title: 'Annan titel' }, activities: [...a.activities, activity('Bara hos dem')] };
    const r = mergePartnerCopy(a, b);
    if (!r.ok) throw new Error();
    expect(r.base).toBe('none');
    expect(r.conflicts.map((c) => describePath(c.path, 'sv'))).toEqual(['Projekt › Projektets namn']);
    expect(r.merged.activities.at(-1)!.name).toBe('Bara hos dem');
  });
});
