import type { Channel, RequestOf, ResponseMap } from '../../shared/ipc/contract';
import type { HandlerDeps } from './deps';
import { closeFile, openFile, recentFiles, saveFile, saveFileAs } from './files';
import { discardRecovery, listRecovery, restoreRecovery, writeRecovery } from './recovery';
import { exportDocx } from './export';
import { readCopy, saveCopy } from './copies';
import { getSettings, openExample, openHelpLink, setDocumentState, setSettings } from './misc';
import { Session } from './session';
import { exportChange, exportIdea, exportReport } from './export-lifecycle';

export type Handlers = { [C in Channel]: (req: RequestOf<C>) => Promise<ResponseMap[C]> };

export type WindowHandlers = Handlers & {
  /** The window's own state: its locks and recovery copies. */
  session: Session;
  /** The window is gone (or the app crashed in a test): release its file locks, keep its recovery copies. */
  dispose(): Promise<void>;
  /** The window was closed on purpose with nothing unsaved: its recovery copies go too. */
  closeWindow(): Promise<void>;
  /** The OS handed this window a file to open (double-click, command line, macOS open-file): it may now open it. */
  grantOpen(path: string): void;
};

/** One set of handlers per window. Deps carry everything that touches the outside world. */
export function createHandlers(deps: HandlerDeps): WindowHandlers {
  const s = new Session(deps);
  const handlers: Handlers = {
    'file:open': (req) => openFile(s, req),
    'file:save': (req) => saveFile(s, req),
    'file:saveAs': (req) => saveFileAs(s, req),
    'file:close': (req) => closeFile(s, req),
    'file:saveCopy': (req) => saveCopy(s, req),
    'file:readCopy': () => readCopy(s),
    'file:recent': () => recentFiles(s),
    'recovery:write': (req) => writeRecovery(s, req),
    'recovery:list': () => listRecovery(s),
    'recovery:restore': (req) => restoreRecovery(s, req),
    'recovery:discard': (req) => discardRecovery(s, req),
    'export:docx': (req) => exportDocx(s, req),
    'example:open': () => openExample(s),
    'settings:get': () => getSettings(s),
    'settings:set': (req) => setSettings(s, req),
    'window:setDocumentState': (req) => setDocumentState(s, req),
    'help:openLink': (req) => openHelpLink(s, req),
    'export:idea': (req) => exportIdea(s, req),
    'export:report': (req) => exportReport(s, req),
    'export:change': (req) => exportChange(s, req),
  };
  return {
    ...handlers,
    session: s,
    dispose: () => s.dispose(),
    grantOpen: (path) => s.grants.grantRead(path),
    closeWindow: async () => {
      await Promise.all([...s.ownDrafts].map((draftId) => discardRecovery(s, { draftId })));
      await s.dispose();
    },
  };
}

export type { HandlerDeps, Dialogs, Exporter, BuildDocx, DocumentState } from './deps';
export { createDispatcher, type Dispatch } from './dispatcher';
export { nodeFileOps, type FileOps } from './fileops';
