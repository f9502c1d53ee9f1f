import { beforeEach, describe, expect, it, vi } from 'vitest';

const m = vi.hoisted(() => {
  const appHandlers = new Map<string, (...args: unknown[]) => void>();
  const windows = { create: vi.fn(), openFile: vi.fn(), focus: vi.fn(), init: vi.fn(async () => undefined), setQuitting: vi.fn(), count: vi.fn(() => 1), dispatcherFor: vi.fn() };
  return {
    appHandlers,
    windows,
    lock: true,
    ready: false,
    app: {
      isPackaged: true,
      setName: vi.fn(),
      quit: vi.fn(),
      on: vi.fn((name: string, fn: (...args: unknown[]) => void) => void appHandlers.set(name, fn)),
      requestSingleInstanceLock: vi.fn(() => m.lock),
      whenReady: vi.fn(async () => undefined),
      isReady: () => m.ready,
      getPath: (name: string) => `/fake/${name}`,
      setAppUserModelId: vi.fn(),
    },
    registerAppScheme: vi.fn(),
    applySecurity: vi.fn(() => ({ origins: ['app://renderer'] })),
    bindIpc: vi.fn(),
  };
});

vi.mock('electron', () => ({ app: m.app, ipcMain: {} }));
vi.mock('../../../electron/security', () => ({ registerAppScheme: m.registerAppScheme, applySecurity: m.applySecurity }));
vi.mock('../../../electron/ipc', () => ({ bindIpc: m.bindIpc }));
vi.mock('../../../electron/windows', async (orig) => ({
  ...(await orig<typeof import('../../../electron/windows')>()),
  AppWindows: vi.fn(function () {
    return m.windows;
  }),
}));

beforeEach(() => {
  vi.resetModules();
  vi.clearAllMocks();
  m.appHandlers.clear();
  m.ready = false;
});

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('main process start-up', () => {
  it('registers the app scheme and applies security before the first window', async () => {
    m.lock = true;
    await import('../../../electron/main');
    await flush();
    expect(m.registerAppScheme).toHaveBeenCalled();
    const securityAt = m.applySecurity.mock.invocationCallOrder[0]!;
    expect(securityAt).toBeLessThan(m.windows.create.mock.invocationCallOrder[0]!);
    expect(m.bindIpc).toHaveBeenCalled();
    expect(m.windows.create).toHaveBeenCalledTimes(1);
  });

  it('a second launch hands its file to the running instance, which focuses and opens it there', async () => {
    m.lock = false;
    await import('../../../electron/main');
    expect(m.app.quit).toHaveBeenCalled();
    expect(m.windows.create).not.toHaveBeenCalled();

    vi.resetModules();
    m.lock = true;
    await import('../../../electron/main');
    await flush();
    const second = m.appHandlers.get('second-instance')!;
    second({}, ['C:\\Program Files\\SIM-ansökan\\SIM-ansökan.exe', '--flag', 'Ansökan.simansokan'], '/home/anna');
    expect(m.windows.openFile).toHaveBeenCalledWith('/home/anna/Ansökan.simansokan');
    second({}, ['/usr/bin/sim'], '/home/anna');
    expect(m.windows.focus).toHaveBeenCalled();
  });

  it('a file opened through macOS before start-up is opened once the window exists', async () => {
    m.lock = true;
    let becomeReady!: () => void;
    m.app.whenReady.mockReturnValueOnce(new Promise<undefined>((r) => (becomeReady = () => r(undefined))));
    await import('../../../electron/main');
    const openFile = m.appHandlers.get('open-file')!;
    const event = { preventDefault: vi.fn() };
    openFile(event, '/Users/anna/Ansökan.simansokan');
    expect(event.preventDefault).toHaveBeenCalled();
    expect(m.windows.openFile).not.toHaveBeenCalled();
    m.ready = true;
    becomeReady();
    await flush();
    // Opened instead of an empty window.
    expect(m.windows.create).not.toHaveBeenCalled();
    expect(m.windows.openFile).toHaveBeenCalledWith('/Users/anna/Ansökan.simansokan');
  });
});
