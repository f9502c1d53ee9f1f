import i18next from 'i18next';
import { api } from '../api';
import { useStore, type Store } from '../store';

/** Tells main the window's title, file and dirty flag (for the title bar, macOS's edited dot and the close prompt). */
function snapshot(s: Store) {
  if (!s.app) return { title: i18next.t('app.name'), filePath: null, dirty: false };
  const title = s.app.project.title.trim() || i18next.t('app.untitled');
  return { title, filePath: s.file.path, dirty: s.dirty };
}

export function startDocumentState(): () => void {
  let last = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const send = () => {
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
    // The title changes with every keystroke in its field: tell main once typing pauses, not per key.
    if (timer === undefined) timer = setTimeout(send, 250);
  });
}
