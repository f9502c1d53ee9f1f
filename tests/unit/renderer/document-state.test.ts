import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newApplication } from '../../../shared/model/new';
import { DEFAULT_PROGRAMME } from '../../../shared/program';
import { useStore } from '../../../renderer/src/store';
import { startDocumentState } from '../../../renderer/src/shell/documentState';
import { AUTOSAVE_MS, recovery } from '../../../renderer/src/shell/recovery';

/** What main hears from the renderer, through a stand-in for `window.api`. */
const api = {
  setDocumentState: vi.fn(async (_s: { title: string; filePath: string | null; dirty: boolean }) => ({ status: 'ok' as const })),
  writeRecovery: vi.fn(async (_r: { draftId: string }) => ({ status: 'written' as const })),
  discardRecovery: vi.fn(async (_r: { draftId: string }) => ({ status: 'discarded' as const })),
};
const s = () => useStore.getState();
const stops: (() => void)[] = [];

beforeEach(() => {
  vi.useFakeTimers();
  // In the page, globalThis is the window the preload put `api` on.
  Object.assign(globalThis, { api });
  vi.clearAllMocks();
  s().openDocument({ app: newApplication(DEFAULT_PROGRAMME, new Date('2025-01-01T08:00:00Z')) });
});
afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
  vi.useRealTimers();
});

describe('the dirty flag reaches main', () => {
  it('with the first keystroke, before any timer: a close right after typing asks to save', () => {
    stops.push(startDocumentState());
    expect(api.setDocumentState).toHaveBeenLastCalledWith(expect.objectContaining({ dirty: false }));
    s().update(['project', 'title'], 'L');
    expect(api.setDocumentState).toHaveBeenLastCalledWith(expect.objectContaining({ dirty: true, title: 'L' }));
  });

  it('the title, changing with every keystroke, follows once typing pauses', () => {
    stops.push(startDocumentState());
    s().update(['project', 'title'], 'L');
    const calls = api.setDocumentState.mock.calls.length;
    for (const t of ['Lä', 'Läs', 'Läsf', 'Läsfrämjande']) s().update(['project', 'title'], t);
    expect(api.setDocumentState.mock.calls.length).toBe(calls);
    vi.advanceTimersByTime(1000);
    expect(api.setDocumentState).toHaveBeenLastCalledWith(expect.objectContaining({ title: 'Läsfrämjande', dirty: true }));
  });

  it('a save that makes it clean is told at once', () => {
    stops.push(startDocumentState());
    s().update(['project', 'title'], 'Tranemo');
    s().markSaved({ path: '/docs/tranemo.simansokan', mtimeMs: 1, savedAt: '2025-01-01T09:00:00Z' });
    expect(api.setDocumentState).toHaveBeenLastCalledWith({ title: 'Tranemo', filePath: '/docs/tranemo.simansokan', dirty: false });
  });
});

describe('the recovery copy', () => {
  it('is written a second after the last edit, not on every keystroke', () => {
    stops.push(recovery.start());
    recovery.startNew();
    for (const t of ['D', 'Da', 'Dal']) s().update(['project', 'title'], t);
    expect(api.writeRecovery).not.toHaveBeenCalled();
    vi.advanceTimersByTime(AUTOSAVE_MS);
    expect(api.writeRecovery).toHaveBeenCalledTimes(1);
  });

  it('a discard while its write is still in flight is sent anyway, so the copy does not survive', async () => {
    stops.push(recovery.start());
    recovery.startNew();
    let finish!: () => void;
    api.writeRecovery.mockImplementationOnce(() => new Promise((r) => (finish = () => r({ status: 'written' }))));
    s().update(['project', 'title'], 'Dalsland');
    vi.advanceTimersByTime(AUTOSAVE_MS);
    expect(api.writeRecovery).toHaveBeenCalledTimes(1);
    const id = recovery.draftId;
    await recovery.discard();
    expect(api.discardRecovery).toHaveBeenCalledWith({ draftId: id });
    finish();
  });

  it('a new document while a write of the old one is in flight discards the old copy', () => {
    stops.push(recovery.start());
    recovery.startNew();
    api.writeRecovery.mockImplementationOnce(() => new Promise(() => undefined));
    s().update(['project', 'title'], 'Dalsland');
    vi.advanceTimersByTime(AUTOSAVE_MS);
    const old = recovery.draftId;
    recovery.startNew();
    expect(api.discardRecovery).toHaveBeenCalledWith({ draftId: old });
    expect(recovery.draftId).not.toBe(old);
  });

  it('a pending write is cancelled by a discard: nothing is written after it', async () => {
    stops.push(recovery.start());
    recovery.startNew();
    s().update(['project', 'title'], 'Dalsland');
    await recovery.discard();
    vi.advanceTimersByTime(AUTOSAVE_MS * 2);
    expect(api.writeRecovery).not.toHaveBeenCalled();
  });
});
