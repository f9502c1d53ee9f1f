import { api } from '../api';
import { useStore, type Store } from '../store';
import { ui } from '../i18n/strings';

/** Tells main the window's title, file and dirty flag (for the title bar, macOS's edited dot and the close prompt). */
function snapshot(s: Store) {
  if (!s.app) return { title: ui.t(s.language, 'app.name'), filePath: null, dirty: false };
  const title = s.app.project.title.trim() || ui.t(s.language, 'app.untitled');
  return { title, filePath: s.file.path, dirty: s.dirty };
}

/** How long the title may lag behind typing in its field. The dirty flag never waits. */
export const TITLE_DELAY_MS = 250;

export function startDocumentState(): () => void {
  let last = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const send = () => {
    clearTimeout(timer);
    timer = undefined;
    const snap = snapshot(useStore.getState());
    const key = JSON.stringify(snap);
    if (key === last) return;
    last = key;
    void api().setDocumentState(snap);
  };
  send();
  return useStore.subscribe((s, prev) => {
    if (s.app === prev.app && s.file === prev.file && s.dirty === prev.dirty && s.language === prev.language) return;
    // The first keystroke makes the document dirty: main must know at once, or a close right after typing
    // would close without asking. A new file, or a new language, is told at once too.
    if (s.dirty !== prev.dirty || s.file !== prev.file || s.language !== prev.language || s.app === null || prev.app === null) return send();
    // Only the title is left to change, with every keystroke in its field: once typing pauses is soon enough.
    if (timer === undefined) timer = setTimeout(send, TITLE_DELAY_MS);
  });
}
