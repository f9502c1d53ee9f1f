import { beforeEach, describe, expect, it, vi } from 'vitest';
import { quiescent } from '../../support/quiescent';

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
      setPath: vi.fn(),
      getAppPath: () => '/fake/app',
      setAppUserModelId: vi.fn(),
    },
    session: {
      setSpellCheckerDictionaryDownloadURL: vi.fn(),
      setSpellCheckerLanguages: vi.fn(),
      availableSpellCheckerLanguages: ['en-US', 'sv-SE'],
      on: vi.fn(),
    },
    registerAppScheme: vi.fn(),
    applySecurity: vi.fn(() => ({ origins: ['app://renderer'] })),
    bindIpc: vi.fn(),
  };
});

vi.mock('electron', () => ({ app: m.app, ipcMain: {}, session: { defaultSession: m.session } }));
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
  m.app.isPackaged = true;
  Object.assign(process, { resourcesPath: '/fake/resources' });
});

const flush = quiescent;

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

  it('a development run has its own userData, and so its own single-instance lock, before asking for the lock', async () => {
    m.lock = true;
    m.app.isPackaged = false;
    await import('../../../electron/main');
    expect(m.app.setPath).toHaveBeenCalledWith('userData', expect.stringMatching(/SIM-ansökan-dev$/));
    expect(m.app.setPath.mock.invocationCallOrder[0]!).toBeLessThan(m.app.requestSingleInstanceLock.mock.invocationCallOrder[0]!);

    vi.resetModules();
    vi.clearAllMocks();
    m.app.isPackaged = true;
    await import('../../../electron/main');
    // The installed app keeps Electron's default, the folder named after the app.
    expect(m.app.setPath).not.toHaveBeenCalled();
  });

  it('Windows "Open with" on an exported .docx opens it, like a .simansokan', async () => {
    m.lock = true;
    await import('../../../electron/main');
    await flush();
    const second = m.appHandlers.get('second-instance')!;
    second({}, ['C:\\Program Files\\SIM-ansökan\\SIM-ansökan.exe', 'C:\\Users\\anna\\Ansökan signerad.DOCX'], 'C:\\Users\\anna');
    expect(m.windows.openFile).toHaveBeenCalledWith(expect.stringMatching(/Ansökan signerad\.DOCX$/));
  });

  it('spell-checks Swedish and English where the app chooses, and never downloads a dictionary', async () => {
    m.lock = true;
    await import('../../../electron/main');
    await flush();
    if (process.platform === 'darwin') {
      expect(m.session.setSpellCheckerLanguages).not.toHaveBeenCalled();
      return;
    }
    const url = m.session.setSpellCheckerDictionaryDownloadURL.mock.calls[0]![0] as string;
    expect(url).toMatch(/^file:\/\/.*dictionaries\/$/);
    expect(m.session.setSpellCheckerDictionaryDownloadURL.mock.invocationCallOrder[0]!).toBeLessThan(
      m.session.setSpellCheckerLanguages.mock.invocationCallOrder[0]!,
    );
    expect(m.session.setSpellCheckerLanguages).toHaveBeenCalledWith(['sv-SE', 'en-US']);
  });
});
