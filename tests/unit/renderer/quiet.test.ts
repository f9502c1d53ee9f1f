import { beforeEach, describe, expect, it } from 'vitest';
import { newApplication } from '../../../shared/model/new';
import { DEFAULT_PROGRAMME } from '../../../shared/program';
import { useStore } from '../../../renderer/src/store';
import { quietStore } from '../../../renderer/src/store/quiet';

const s = () => useStore.getState();

beforeEach(() => {
  s().openDocument({ app: newApplication(DEFAULT_PROGRAMME, new Date('2025-01-01T08:00:00Z')) });
  s().setStrict(false);
  s().setLanguage('sv');
});

describe('the quiet mirror of the store (language, attention, programme)', () => {
  it('does not wake its subscribers while someone types', () => {
    let woken = 0;
    const stop = quietStore.subscribe(() => woken++);
    for (const text of ['B', 'Ba', 'Bar', 'Barn']) s().update(['project', 'title'], text);
    s().update(['budget', 'comment'], 'En kommentar');
    stop();
    expect(woken).toBe(0);
    expect(s().app?.project.title).toBe('Barn');
  });

  it('follows the language, a field left, the strict export and a newly opened document at once', () => {
    s().setLanguage('en');
    expect(quietStore.getState().language).toBe('en');

    const untouched = quietStore.getState().touched;
    s().touch(['project', 'title']);
    expect(quietStore.getState().touched).not.toBe(untouched);
    expect(quietStore.getState().touched).toBe(s().touched);

    s().setStrict(true);
    expect(quietStore.getState().strict).toBe(true);

    const before = quietStore.getState().openedApp;
    s().openDocument({ app: newApplication(DEFAULT_PROGRAMME, new Date('2025-02-01T08:00:00Z')) });
    expect(quietStore.getState().openedApp).toBe(s().openedApp);
    expect(quietStore.getState().openedApp).not.toBe(before);
    expect(quietStore.getState().programmeId).toBe(DEFAULT_PROGRAMME.id);
  });
});
