import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../../shared/model/fingerprint';
import { LIMITS } from '../../../shared/model/limits';
import { contentOf } from '../../../shared/model/schema';
import { describePath } from '../../../shared/model/labels';
import { changedSteps, freezeForSigning, freezeStatus, frozenApplication, recordSave } from '../../../shared/workflow';
import { at, complete } from './support';

describe('change log', () => {
  it('records who changed which steps at each save, and nothing when nothing changed', () => {
    const app = complete();
    const saved = contentOf(app);
    const edited = { ...app, needs: { ...app.needs, need: 'Ny text' }, budget: { ...app.budget, comment: 'Justerad' } };
    expect(changedSteps(saved, contentOf(edited))).toEqual(['needs', 'budget']);
    const logged = recordSave(edited, saved, { partyId: app.parties[0]!.id, by: 'Anna Berg' }, at(4));
    expect(logged.workflow.changeLog).toEqual([{ at: at(4).toISOString(), partyId: app.parties[0]!.id, by: 'Anna Berg', steps: ['needs', 'budget'] }]);
    expect(recordSave(logged, contentOf(logged), null, at(5))).toBe(logged);
  });

  it('stays bounded: the oldest entries go', () => {
    let app = complete();
    for (let i = 0; i < LIMITS.changeLog + 5; i++) {
      const before = contentOf(app);
      app = recordSave({ ...app, needs: { ...app.needs, need: `v${i}` } }, before, null, new Date(Date.UTC(2025, 0, 1, 0, i)));
    }
    expect(app.workflow.changeLog).toHaveLength(LIMITS.changeLog);
    expect(app.workflow.changeLog[0]!.at).toBe(new Date(Date.UTC(2025, 0, 1, 0, 5)).toISOString());
  });
});

describe('freeze before signing', () => {
  it('records the Dokument-ID; a later change shows every differing field; the frozen version exports the same ID', () => {
    const app = complete();
    const frozen = freezeForSigning(app, 'Version för underskrift', at(10));
    expect(frozen.workflow.freeze!.documentId).toBe(fingerprint(app));
    expect(freezeStatus(frozen)).toMatchObject({ frozen: true, matches: true, documentId: fingerprint(app) });

    const act = frozen.activities[2]!;
    const changed = {
      ...frozen,
      project: { ...frozen.project, title: 'Nytt namn' },
      activities: frozen.activities.map((a) => (a.id === act.id ? { ...a, endDate: '2027-10-31' } : a)),
    };
    const status = freezeStatus(changed);
    if (!status.frozen || status.matches) throw new Error('must not match');
    expect(status.currentId).not.toBe(status.documentId);
    expect(status.differences.map((d) => describePath(d.path, 'sv'))).toEqual(['Projekt › Projektets namn', 'Aktiviteter › Aktivitet 3 › Slut']);
    expect(status.differences[0]).toMatchObject({ kind: 'changed', before: app.project.title, after: 'Nytt namn' });

    const again = frozenApplication(changed)!;
    expect(fingerprint(again)).toBe(status.documentId);
    expect(again.project.title).toBe(app.project.title);
  });

  it('the Dokument-ID ignores the workflow: approving or logging does not change what is signed', () => {
    const app = complete();
    const logged = recordSave({ ...app }, null, null, at(1));
    expect(fingerprint(logged)).toBe(fingerprint(app));
    expect(fingerprint(freezeForSigning(app, 'x', at(2)))).toBe(fingerprint(app));
  });
});
