import { beforeEach, describe, expect, it, vi } from 'vitest';
import { API_CHANNELS, MAIN_EVENT_CHANNEL, RequestSchemas, type Api, type MainEvent } from '../../../shared/ipc/contract';

const m = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async (channel: string, request: unknown): Promise<unknown> => ({ channel, request })),
  on: vi.fn(),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => m.exposed.set(key, value) },
  ipcRenderer: { invoke: m.invoke, on: m.on, removeListener: vi.fn() },
}));

await import('../../../electron/preload');
const api = m.exposed.get('api') as Api;

describe('preload', () => {
  beforeEach(() => m.invoke.mockClear());

  it('exposes exactly one named function per channel and the event subscription, nothing else', () => {
    expect([...m.exposed.keys()]).toEqual(['api']);
    expect(Object.keys(api).sort()).toEqual([...Object.keys(API_CHANNELS), 'onMainEvent'].sort());
    expect(new Set(Object.values(API_CHANNELS))).toEqual(new Set(Object.keys(RequestSchemas)));
    expect(api).not.toHaveProperty('invoke');
  });

  it.each(Object.entries(API_CHANNELS))('%s calls %s with the request unchanged', async (name, channel) => {
    const request = { probe: name };
    const fn = api[name as keyof typeof API_CHANNELS] as (r: unknown) => Promise<unknown>;
    expect(await fn(request)).toEqual({ channel, request });
    expect(m.invoke).toHaveBeenCalledExactlyOnceWith(channel, request);
  });

  it('rejects, rather than lying about the type, when a never-failing channel answers with a failure', async () => {
    m.invoke.mockResolvedValueOnce({ status: 'error', message: { sv: 'Felaktig begäran.', en: 'Bad request.' } });
    await expect(api.recentFiles({})).rejects.toThrow('Felaktig begäran.');
    const failure = { status: 'error', message: { sv: 'Filen är tom.', en: 'The file is empty.' } };
    m.invoke.mockResolvedValueOnce(failure);
    expect(await api.openFile({ path: '/x' })).toEqual(failure);
  });

  it('delivers main events, holding those that arrive before the renderer subscribes', () => {
    const [channel, onMessage] = m.on.mock.calls[0]! as [string, (e: unknown, p: MainEvent) => void];
    expect(channel).toBe(MAIN_EVENT_CHANNEL);
    const early: MainEvent = { type: 'menu', command: { openRecent: '/docs/a.simansokan' } };
    onMessage({}, early);
    const seen: MainEvent[] = [];
    const off = api.onMainEvent((e) => seen.push(e));
    expect(seen).toEqual([early]);
    onMessage({}, { type: 'menu', command: 'save' });
    off();
    onMessage({}, { type: 'menu', command: 'new' });
    expect(seen).toEqual([early, { type: 'menu', command: 'save' }]);
  });
});

describe('ipc binding', () => {
  it('binds every channel, answers only the app page in a main frame, and dispatches per window', async () => {
    const { bindIpc } = await import('../../../electron/ipc');
    const handlers = new Map<string, (event: unknown, request: unknown) => Promise<unknown>>();
    const dispatched: unknown[] = [];
    const logs: string[] = [];
    bindIpc(
      { handle: (ch: string, fn: never) => void handlers.set(ch, fn) },
      (id) => (id === 7 ? async (channel, request) => (dispatched.push([channel, request]), { ok: channel }) : undefined),
      ['app://renderer'],
      (msg) => void logs.push(msg),
    );
    expect([...handlers.keys()].sort()).toEqual(Object.keys(RequestSchemas).sort());
    const event = (url: string, parent: unknown = null, id = 7) => ({ senderFrame: { url, parent }, sender: { id } });
    const save = handlers.get('file:save')!;
    expect(await save(event('app://renderer/index.html'), { x: 1 })).toEqual({ ok: 'file:save' });
    expect(dispatched).toEqual([['file:save', { x: 1 }]]);
    const refusedFrom = [
      event('https://evil.example/'),
      event('file:///tmp/index.html'),
      event('app://renderer/index.html', { url: 'app://renderer/' }),
      event('app://renderer/index.html', null, 8),
      { senderFrame: null, sender: { id: 7 } },
    ];
    for (const e of refusedFrom) {
      expect(await save(e, {})).toMatchObject({ status: 'error', message: { sv: 'Begäran kom inte från programmets eget fönster och utfördes inte.' } });
    }
    expect(dispatched).toHaveLength(1);
    expect(logs.length).toBe(4);
  });
});
