import i18next from 'i18next';
import { api } from '../api';
import { useStore } from '../store';

/**
 * Autosave to a recovery copy, like VS Code's backup tracker: a second after the last edit, never while
 * typing, written by main beside the user's settings. A successful save discards the copy.
 */
export const AUTOSAVE_MS = 1000;

let draftId: string = crypto.randomUUID();
let timer: ReturnType<typeof setTimeout> | undefined;
let written = false;
let reportedFailure = false;

async function write() {
  const s = useStore.getState();
  if (!s.app || !s.dirty) return;
  const res = await api().writeRecovery({ draftId, filePath: s.file.path, application: s.app });
  if (res.status === 'written') {
    written = true;
    reportedFailure = false;
  } else if (!reportedFailure) {
    // Said once, not on every pause in typing.
    reportedFailure = true;
    s.announce(i18next.t('save.recoveryFailed', { message: res.message[s.language] }));
  }
}

export const recovery = {
  get draftId() {
    return draftId;
  },
  /** Starts watching the store; returns the unsubscribe. */
  start(): () => void {
    return useStore.subscribe((s, prev) => {
      if (s.app === prev.app || !s.app || !s.dirty) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        void write();
      }, AUTOSAVE_MS);
    });
  },
  /** Throws away this window's recovery copy (after a save, or when the person chose not to keep the changes). */
  async discard() {
    clearTimeout(timer);
    if (!written) return;
    written = false;
    await api().discardRecovery({ draftId });
  },
  /** A new document gets a fresh copy so it can never overwrite another document's. */
  startNew() {
    clearTimeout(timer);
    if (written) void api().discardRecovery({ draftId });
    draftId = crypto.randomUUID();
    written = false;
  },
  /** Continues writing to a restored draft, so restoring does not leave a second copy behind. */
  adopt(id: string) {
    clearTimeout(timer);
    draftId = id;
    written = true;
  },
  /** Writes now (e.g. when the window is hidden), skipping the wait. */
  flush() {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    void write();
  },
};
