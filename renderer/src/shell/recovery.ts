import { tNow } from '../i18n/now';
import { ui } from '../i18n/strings';
import { api } from '../api';
import { useStore } from '../store';

/**
 * Autosave to a recovery copy, like VS Code's backup tracker: a second after the last edit, never while
 * typing (the store's change only moves a timer), written by main beside the user's settings. A
 * successful save discards the copy.
 */
export const AUTOSAVE_MS = 1000;

let draftId: string = crypto.randomUUID();
let timer: ReturnType<typeof setTimeout> | undefined;
/** A copy of this draft may exist: one was written, or a write has been sent and may still land. */
let mayExist = false;
/** Bumped whenever the copy is discarded or the draft changes: an answer from before no longer applies. */
let generation = 0;
let reportedFailure = false;

async function write() {
  const s = useStore.getState();
  if (!s.app || !s.dirty) return;
  const mine = generation;
  // Set before sending: a discard sent while this write is in flight must follow it (main runs them in order).
  mayExist = true;
  const res = await api().writeRecovery({ draftId, filePath: s.file.path, application: s.app });
  if (mine !== generation) return;
  if (res.status === 'written') {
    reportedFailure = false;
  } else if (!reportedFailure) {
    // Said once, not on every pause in typing.
    reportedFailure = true;
    s.announce(tNow(ui)('save.recoveryFailed', { message: res.message[s.language] }));
  }
}

function cancelPending() {
  clearTimeout(timer);
  timer = undefined;
  generation++;
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
    cancelPending();
    if (!mayExist) return;
    mayExist = false;
    await api().discardRecovery({ draftId });
  },
  /** A new document gets a fresh copy so it can never overwrite another document's. */
  startNew() {
    cancelPending();
    if (mayExist) void api().discardRecovery({ draftId });
    draftId = crypto.randomUUID();
    mayExist = false;
  },
  /** Continues writing to a restored draft, so restoring does not leave a second copy behind. */
  adopt(id: string) {
    cancelPending();
    draftId = id;
    mayExist = true;
  },
  /** Writes now (e.g. when the window is hidden), skipping the wait. */
  flush() {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    void write();
  },
};
