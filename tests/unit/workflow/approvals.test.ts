import { describe, expect, it } from 'vitest';
import { approvalStates, approveStep, setStepOwner, stepOwner, withdrawApproval } from '../../../shared/workflow';
import { at, complete } from './support';

describe('approvals ("Klar" per party and step)', () => {
  it('an approval holds until the step is edited, then shows as lapsed', () => {
    const app = complete();
    const kommun = app.parties[0]!;
    const approved = approveStep(app, 'needs', { partyId: kommun.id, by: 'Anna Berg' }, at(1));
    expect(approvalStates(approved)).toEqual([expect.objectContaining({ step: 'needs', by: 'Anna Berg', valid: true })]);

    // An edit elsewhere leaves it alone.
    const elsewhere = { ...approved, followUp: { ...approved.followUp, spreading: 'Ny risk.' } };
    expect(approvalStates(elsewhere)[0]!.valid).toBe(true);

    // An edit in the step clears it, visibly: the record remains, marked not valid.
    const edited = { ...approved, needs: { ...approved.needs, causes: approved.needs.causes + ' Dessutom trångboddhet.' } };
    expect(approvalStates(edited)).toEqual([expect.objectContaining({ step: 'needs', valid: false })]);

    // Undoing the edit brings the approval back, since the content is the approved content again.
    expect(approvalStates({ ...edited, needs: approved.needs })[0]!.valid).toBe(true);
  });

  it('marking again replaces the same party\'s mark; withdrawing removes it', () => {
    const app = complete();
    const [kommun, region] = [app.parties[0]!, app.parties.find((p) => p.sector === 'region')!];
    let a = approveStep(app, 'budget', { partyId: kommun.id, by: 'Anna' }, at(1));
    a = approveStep(a, 'budget', { partyId: region.id, by: 'Omar' }, at(2));
    a = approveStep(a, 'budget', { partyId: kommun.id, by: 'Anna' }, at(3));
    expect(a.workflow.approvals.map((x) => [x.partyId, x.at])).toEqual([
      [region.id, at(2).toISOString()],
      [kommun.id, at(3).toISOString()],
    ]);
    expect(withdrawApproval(a, 'budget', region.id).workflow.approvals).toHaveLength(1);
  });

  it('step owners come from Samverkan and ignore removed parties', () => {
    const app = complete();
    const region = app.parties.find((p) => p.sector === 'region')!;
    expect(stepOwner(app, 'childRights')).toBe(region.id);
    const moved = setStepOwner(app, 'childRights', app.parties[0]!.id);
    expect(stepOwner(moved, 'childRights')).toBe(app.parties[0]!.id);
    const gone = { ...app, parties: app.parties.filter((p) => p.id !== region.id) };
    expect(stepOwner(gone, 'childRights')).toBeNull();
  });
});
