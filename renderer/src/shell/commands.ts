import type { MainEvent, MenuCommand } from '../../../shared/ipc/contract';
import { api } from '../api';
import { useStore } from '../store';
import { isMac } from '../components/shortcuts';
import { tNow } from '../i18n/now';
import { ui } from '../i18n/strings';
import { strings as shellStrings } from './strings';
import { STEP_IDS, stepForPath } from '../../../shared/model/steps';
import { closeDocument, loadOpened, newDocument, openExample, openFile, save, saveAs, confirmLeave } from './fileActions';

function isTextEditing(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLTextAreaElement) return true;
  if (el instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit'].includes(el.type);
  return (el as HTMLElement).isContentEditable === true;
}

/**
 * Undo belongs to the text field while one is being edited; a removed item is put back when focus is
 * elsewhere, or when nothing was edited since the removal.
 */
export function undo(): boolean {
  const s = useStore.getState();
  const batch = s.batches[s.batches.length - 1];
  const last = s.removals[s.removals.length - 1];
  // A pasted block is undone as a whole while it is the latest edit, wherever focus is (it is usually still in the grid).
  if (batch && batch.seq === s.editSeq && !(last && last.seq > batch.seq)) {
    s.undoBatch();
    s.announce(tNow(shellStrings)('paste.undone', { what: batch.description }));
    return true;
  }
  if (!last) return false;
  if (isTextEditing(document.activeElement) && last.seq !== s.editSeq) return false;
  const restored = s.undoRemoval();
  if (!restored) return false;
  s.announce(tNow(ui)('repeater.restored', { name: restored.description }));
  const index = useStore.getState().redoRemovals.at(-1)?.index ?? restored.index;
  s.goTo(stepForPath(restored.listPath) ?? s.step, [...restored.listPath, index]);
  return true;
}

export function redo(): boolean {
  const s = useStore.getState();
  if (isTextEditing(document.activeElement) || s.redoRemovals.length === 0) return false;
  const again = s.redoRemoval();
  if (again) s.announce(tNow(ui)('repeater.removed', { name: again.description, shortcut: isMac() ? '⌘Z' : 'Ctrl+Z' }));
  return !!again;
}

/** To the next or previous step, as the step's own buttons do: focus goes to the new step's title. */
export function stepBy(delta: 1 | -1) {
  const s = useStore.getState();
  if (!s.app) return;
  const next = STEP_IDS[STEP_IDS.indexOf(s.step) + delta];
  if (next) s.goTo(next);
}

/** The exchange lives in the review step: the menu takes you there and starts it; a failure is said aloud there. */
async function exchangeFromMenu(command: 'sendToPartner' | 'readPartner') {
  const s = useStore.getState();
  if (!s.app) return;
  s.goTo('review', ['exchange']);
  const { readPartnerCopy, sendToPartner } = await import('../coowners/exchange');
  const outcome = await (command === 'sendToPartner' ? sendToPartner() : readPartnerCopy());
  if (outcome?.kind === 'failed') useStore.getState().announce(outcome.text);
}

function runMenu(command: MenuCommand | { openRecent: string }) {
  if (typeof command === 'object') return void openFile(command.openRecent);
  const s = useStore.getState();
  switch (command) {
    case 'new':
      return void newDocument();
    case 'open':
      return void openFile();
    case 'save':
      return void (s.app && save());
    case 'saveAs':
      return void (s.app && saveAs());
    case 'export':
      return void (s.app && s.goTo('review', ['export']));
    case 'sendToPartner':
    case 'readPartner':
      return void exchangeFromMenu(command);
    case 'close':
      return void closeDocument();
    case 'openExample':
      return void openExample();
    case 'about':
      return void s.ask({
        title: tNow(ui)('about.title'),
        body: [tNow(ui)('about.body')],
        choices: [{ id: 'ok', label: tNow(ui)('common.ok'), primary: true }],
        cancelId: 'ok',
      });
    case 'undo':
      if (!undo()) document.execCommand('undo');
      return;
    case 'redo':
      if (!redo()) document.execCommand('redo');
      return;
    case 'nextStep':
    case 'previousStep':
      return void stepBy(command === 'nextStep' ? 1 : -1);
  }
}

export function handleMainEvent(event: MainEvent) {
  if (event.type === 'menu') runMenu(event.command);
  else if (event.type === 'open-file') {
    const file = event.file;
    void confirmLeave().then(async (go) => {
      if (go) await loadOpened(file);
    });
  }
}

/** Shortcuts that work in the page itself (in the browser tests, and where no menu accelerator catches them). */
export function onKeyDown(e: KeyboardEvent) {
  const mod = isMac() ? e.metaKey : e.ctrlKey;
  if (mod && e.altKey && !e.shiftKey && (e.key === 'ArrowRight' || e.key === 'ArrowLeft')) {
    e.preventDefault();
    stepBy(e.key === 'ArrowRight' ? 1 : -1);
    return;
  }
  if (!mod || e.altKey) return;
  const key = e.key.toLowerCase();
  const s = useStore.getState();
  if (key === 's') {
    e.preventDefault();
    if (s.app) void (e.shiftKey ? saveAs() : save());
  } else if (key === 'o' && !e.shiftKey) {
    e.preventDefault();
    void openFile();
  } else if (key === 'z' && !e.shiftKey) {
    if (undo()) e.preventDefault();
  } else if ((key === 'z' && e.shiftKey) || key === 'y') {
    if (redo()) e.preventDefault();
  }
}

export function startCommands(): () => void {
  const off = api().onMainEvent(handleMainEvent);
  window.addEventListener('keydown', onKeyDown);
  return () => {
    off();
    window.removeEventListener('keydown', onKeyDown);
  };
}
