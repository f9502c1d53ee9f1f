import { join } from 'node:path';
import { app, ipcMain } from 'electron';
// The example application (resources/, written by the fixture generator) ships inside main.js.
import exampleText from '../resources/example.simansokan?raw';
import { applySecurity, registerAppScheme } from './security';
import { bindIpc } from './ipc';
import { APP_NAME, AppWindows, filesFromArgv } from './windows';

const isMac = process.platform === 'darwin';
const dev = !app.isPackaged;
const devServerUrl = dev ? process.env.ELECTRON_RENDERER_URL : undefined;

app.setName(APP_NAME);
registerAppScheme();

// Files double-clicked on macOS before the app is ready arrive here; they are opened once a window exists.
const pendingFiles: string[] = [];
let windows: AppWindows | undefined;

app.on('open-file', (event, path) => {
  event.preventDefault();
  if (windows && app.isReady()) windows.openFile(path);
  else pendingFiles.push(path);
});

if (!app.requestSingleInstanceLock()) {
  // Another instance runs: it gets our arguments through 'second-instance' and opens the file there.
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const files = filesFromArgv(argv.slice(1), workingDirectory);
    if (files.length === 0) windows?.focus();
    for (const f of files) windows?.openFile(f);
  });

  void app.whenReady().then(async () => {
    if (process.platform === 'win32') app.setAppUserModelId('se.vgregion.sim-ansokan');
    const { origins } = applySecurity({ rendererDir: join(__dirname, '../renderer'), devServerUrl });
    windows = new AppWindows({
      userDataDir: app.getPath('userData'),
      documentsDir: app.getPath('documents'),
      exampleText,
      devServerUrl,
      dev,
      isMac,
    });
    const w = windows;
    bindIpc(ipcMain, (id) => w.dispatcherFor(id), origins, (m) => console.error(`[sim-ansokan] ${m}`));
    await w.init();
    const files = [...pendingFiles.splice(0), ...(isMac ? [] : filesFromArgv(process.argv.slice(dev ? 2 : 1), process.cwd()))];
    if (files.length === 0) w.create();
    for (const f of files) w.openFile(f);
    app.on('activate', () => {
      if (w.count() === 0) w.create();
    });
  });

  app.on('before-quit', () => windows?.setQuitting());
  app.on('window-all-closed', () => {
    if (!isMac) app.quit();
  });
}
