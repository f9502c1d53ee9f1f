import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { MainEvent } from '../shared/ipc/types';
import { MAIN_EVENT_CHANNEL } from '../shared/ipc/events';
import { createApi, createEventHub } from './bridge';

/** The renderer's only door to main: named functions, no generic invoke, no ipcRenderer leaked. */
const events = createEventHub();
ipcRenderer.on(MAIN_EVENT_CHANNEL, (_event: IpcRendererEvent, payload: MainEvent) => events.emit(payload));

contextBridge.exposeInMainWorld(
  'api',
  createApi((channel, request) => ipcRenderer.invoke(channel, request), events.subscribe),
);
