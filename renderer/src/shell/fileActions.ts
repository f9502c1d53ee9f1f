import { contentOf, type Application } from '../../../shared/model/schema';
import { recordSave } from '../../../shared/workflow/changelog';
import { currentWho } from '../coowners/identity';
import { newApplication } from '../../../shared/model/new';
import { DEFAULT_PROGRAMME } from '../../../shared/program';
import type { OpenedFile } from '../../../shared/ipc/contract';
import { api } from '../api';
import { useStore } from '../store';
import { tNow } from '../i18n/now';
import { ui } from '../i18n/strings';
import { recovery } from './recovery';
import { preloadStep } from '../steps/registry';
import type { OpenArgs } from '../store/document';

/**
 * What the File menu, the keyboard shortcuts and the buttons do. Each asks before throwing away unsaved
 * changes, and every failure is shown as the sentence main sent, in the UI language.
 */

const lang = () => useStore.getState().language;

/**
 * Shows a document once the first step's code is here (fetched while the file was being read), so the
 * form appears in one go instead of after a loading placeholder.
 */
async function show(args: OpenArgs) {
  await preloadStep('parties');
  useStore.getState().openDocument(args);
}

export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

async function tell(title: string, message: string) {
  await useStore.getState().ask({ title, body: [message], choices: [{ id: 'ok', label: tNow(ui)('common.ok'), primary: true }], cancelId: 'ok' });
}

/** When the document has unsaved changes: save them, throw them away, or stop. True means go on. */
export async function confirmLeave(): Promise<boolean> {
  const s = useStore.getState();
  if (!s.app || !s.dirty) return true;
  const choice = await s.ask({
    title: tNow(ui)('save.unsavedTitle'),
    body: [tNow(ui)('save.unsavedBody')],
    choices: [
      { id: 'save', label: tNow(ui)('save.saveChanges'), primary: true },
      { id: 'discard', label: tNow(ui)('save.dontSave') },
      { id: 'cancel', label: tNow(ui)('common.cancel') },
    ],
    cancelId: 'cancel',
  });
  if (choice === 'cancel') return false;
  if (choice === 'save') return save();
  await recovery.discard();
  return true;
}

let opening = false;

/**
 * One document change at a time: a menu accelerator and the page's own shortcut (or a double click) can
 * both ask, and two open dialogs or two "save changes?" questions would confuse anyone.
 */
function exclusive<A extends unknown[]>(fn: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
  return async (...args) => {
    if (opening) return;
    opening = true;
    try {
      await fn(...args);
    } finally {
      opening = false;
    }
  };
}

export const newDocument = exclusive(async () => {
  if (!(await confirmLeave())) return;
  await releaseFile();
  await show({ app: newApplication(DEFAULT_PROGRAMME, new Date(), lang()) });
  recovery.startNew();
});

export async function loadOpened(file: OpenedFile) {
  await show({
    app: file.application,
    file: {
      path: file.path,
      mtimeMs: file.mtimeMs,
      readOnly: file.readOnly,
      migratedFrom: file.migratedFrom,
      readOnlyReason: file.readOnlyReason ?? null,
    },
    // A migrated file differs from what is on disk until it is saved.
    dirty: file.migratedFrom !== null,
  });
  recovery.startNew();
}

export const openFile = exclusive(async (path?: string) => {
  if (!(await confirmLeave())) return;
  const res = await api().openFile(path ? { path } : {});
  if (res.status === 'cancelled') return;
  if (res.status === 'error') return tell(tNow(ui)('save.openFailedTitle'), res.message[lang()]);
  await releaseFile();
  if (res.status === 'restored') {
    // A DOCX exported by the app: its application becomes a new, unsaved document; the DOCX is never written.
    await show({ app: res.application });
    recovery.startNew();
    const name = res.sourcePath.split(/[\\/]/).pop() ?? res.sourcePath;
    return tell(tNow(ui)('save.restoredTitle'), [tNow(ui)('save.restoredBody', { name }), res.notice?.[lang()]].filter(Boolean).join('\n\n'));
  }
  await loadOpened(res.file);
});

export const openExample = exclusive(async () => {
  if (!(await confirmLeave())) return;
  const res = await api().openExample({});
  if (res.status === 'error') return tell(tNow(ui)('save.openFailedTitle'), res.message[lang()]);
  await releaseFile();
  await show({ app: res.application });
  recovery.startNew();
});

export const restoreDraft = exclusive(async (draftId: string) => {
  if (!(await confirmLeave())) return;
  const res = await api().restoreRecovery({ draftId });
  if (res.status === 'error') return tell(tNow(ui)('save.restoreFailedTitle'), res.message[lang()]);
  await releaseFile();
  // The file it came from may have changed since; without its mtime, saving there asks before overwriting.
  await show({ app: res.application, file: { path: res.filePath }, dirty: true });
  recovery.adopt(draftId);
});

async function releaseFile() {
  const path = useStore.getState().file.path;
  if (path) await api().closeFile({ path });
}

export const closeDocument = exclusive(async () => {
  if (!(await confirmLeave())) return;
  await releaseFile();
  useStore.getState().closeDocument();
});

/**
 * What goes to disk: the change log gets who changed which steps since the last save or opening (so the saved file
 * holds the entry), and the time.
 */
function stamped(app: Application): Application {
  const now = new Date();
  const logged = recordSave(app, useStore.getState().lastSavedContent, currentWho(), now);
  return { ...logged, updatedAt: now.toISOString() };
}

let saving: Promise<boolean> | null = null;

/** Saves to the current file, or asks for one. Resolves true when the application is safely on disk. */
export function save(): Promise<boolean> {
  // The menu accelerator and the page's own shortcut can both fire: one save at a time.
  saving ??= doSave(false).finally(() => (saving = null));
  return saving;
}

export function saveAs(): Promise<boolean> {
  saving ??= doSave(true).finally(() => (saving = null));
  return saving;
}

async function doSave(forceAs: boolean, force = false): Promise<boolean> {
  const s = useStore.getState();
  const original = s.app;
  if (!original) return false;
  const application = stamped(original);
  if (forceAs || !s.file.path) {
    const title = original.project.title.trim();
    const res = await api().saveFileAs({ application, ...(title ? { suggestedName: title.slice(0, 150) } : {}) });
    if (res.status === 'cancelled') return false;
    if (res.status === 'error') return failed(res.message[lang()]);
    return finish(original, application, res);
  }
  const res = await api().saveFile({ path: s.file.path, application, expectedMtimeMs: s.file.mtimeMs, ...(force ? { force } : {}) });
  switch (res.status) {
    case 'saved':
      return finish(original, application, res);
    case 'error':
      return failed(res.message[lang()]);
    case 'readOnly': {
      const choice = await s.ask({
        title: tNow(ui)('save.readOnlyTitle'),
        body: [res.message[lang()] || tNow(ui)('save.readOnlyBody')],
        choices: [
          { id: 'saveAs', label: tNow(ui)('save.saveAsInstead'), primary: true },
          { id: 'cancel', label: tNow(ui)('common.cancel') },
        ],
        cancelId: 'cancel',
      });
      return choice === 'saveAs' ? doSave(true) : false;
    }
    case 'conflict': {
      const choice = await s.ask({
        title: tNow(ui)('save.conflictTitle'),
        body: [res.message[lang()] || tNow(ui)('save.conflictBody')],
        choices: [
          { id: 'saveAs', label: tNow(ui)('save.saveAsInstead'), primary: true },
          { id: 'overwrite', label: tNow(ui)('save.overwrite') },
          { id: 'reload', label: tNow(ui)('save.reload') },
          { id: 'cancel', label: tNow(ui)('common.cancel') },
        ],
        cancelId: 'cancel',
      });
      if (choice === 'saveAs') return doSave(true);
      if (choice === 'overwrite') return doSave(false, true);
      if (choice === 'reload') {
        const path = s.file.path;
        const opened = await api().openFile({ path });
        if (opened.status === 'opened') {
          await loadOpened(opened.file);
          await recovery.discard();
        } else if (opened.status === 'error') await tell(tNow(ui)('save.openFailedTitle'), opened.message[lang()]);
      }
      return false;
    }
  }
}

async function failed(message: string): Promise<false> {
  await tell(tNow(ui)('save.failedTitle'), message);
  return false;
}

async function finish(original: Application, application: Application, res: { path: string; mtimeMs: number; savedAt: string }) {
  const s = useStore.getState();
  // Edits made while the file was being written keep the document dirty; otherwise the store takes the saved copy.
  if (s.app === original) useStore.setState({ app: application });
  else if (s.app) {
    // Those edits are kept, and so is the log entry just written, so the next save does not lose it.
    const current = s.app;
    useStore.setState({ app: { ...current, workflow: { ...current.workflow, changeLog: application.workflow.changeLog } } });
  }
  s.markSaved({ ...res, content: contentOf(application) });
  if (useStore.getState().app !== application) useStore.setState({ dirty: true });
  s.announce(tNow(ui)('save.saved', { name: baseName(res.path) }));
  await recovery.discard();
  return true;
}
