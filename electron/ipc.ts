import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { RequestSchemas } from '../shared/ipc/contract';
import type { Dispatch } from './handlers';
import { failure } from './handlers/messages';
import { messageText } from './handlers/message-strings';
import { inBoth } from './localized';
import { isTrustedUrl } from './security';

/**
 * Binds every channel of the contract to `ipcMain.handle`. A request is answered only for a window's main
 * frame showing the app's own page; the dispatcher then parses it with its schema before a handler runs.
 */
export function bindIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  dispatcherFor: (webContentsId: number) => Dispatch | undefined,
  origins: readonly string[],
  log: (message: string) => void,
): void {
  for (const channel of Object.keys(RequestSchemas)) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, request: unknown) => {
      const frame = event.senderFrame;
      const url = frame?.url ?? '';
      if (!frame || frame.parent !== null || !isTrustedUrl(url, origins)) {
        log(`refused ${channel} from untrusted frame ${url.slice(0, 200)}`);
        return refused();
      }
      const dispatch = dispatcherFor(event.sender.id);
      if (!dispatch) return refused();
      return dispatch(channel, request);
    });
  }
}

const refused = () => failure(inBoth((l) => messageText.t(l, 'untrustedSender')));
