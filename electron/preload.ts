import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { MAIN_EVENT_CHANNEL, type MainEvent } from '../shared/ipc/contract';
import { createApi } from './bridge';

/** The renderer's only door to main: named functions, no generic invoke, no ipcRenderer leaked. */
const api = createApi(
  (channel, request) => ipcRenderer.invoke(channel, request),
  (listener) => {
    const wrapped = (_event: IpcRendererEvent, payload: MainEvent) => listener(payload);
    ipcRenderer.on(MAIN_EVENT_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(MAIN_EVENT_CHANNEL, wrapped);
    };
  },
);

contextBridge.exposeInMainWorld('api', api);
