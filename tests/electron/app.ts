import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { NO_BINARY, ROOT, electronInstalled } from './binary';


export type RunningApp = {
  app: ElectronApplication;
  page: Page;
  /** A home folder of its own: userData, documents and the files the test saves live here, never in the user's. */
  home: string;
  messageBoxes(): Promise<{ message: string; buttons: string[] }[]>;
  /** The message boxes shown, read from the record main keeps on disk: works after the app has quit. */
  messageBoxesOnDisk(): Promise<{ message: string; buttons: string[] }[]>;
  /** The next save dialog picks this path; the next message box is answered with the button whose label matches. */
  answerSave(path: string): Promise<void>;
  answerMessage(button: RegExp): Promise<void>;
  exited: Promise<number | null>;
  cleanup(): Promise<void>;
};

export async function launchApp(): Promise<RunningApp> {
  if (!electronInstalled()) throw new Error(NO_BINARY);
  const home = await mkdtemp(join(tmpdir(), 'sim-electron-'));
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !/^ELECTRON_RENDERER_URL$|^ELECTRON_RUN_AS_NODE$|^NODE_OPTIONS$/.test(k)) env[k] = v;
  // userData and documents follow these on each OS (XDG on Linux, AppData on Windows, HOME on macOS).
  Object.assign(env, {
    HOME: home,
    USERPROFILE: home,
    APPDATA: join(home, 'AppData', 'Roaming'),
    LOCALAPPDATA: join(home, 'AppData', 'Local'),
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DOCUMENTS_DIR: join(home, 'Documents'),
    LANG: 'sv_SE.UTF-8',
  });
  const app = await _electron.launch({ args: [ROOT, `--user-data-dir=${join(home, 'chromium')}`], cwd: ROOT, env, timeout: 60_000 });
  const exited = new Promise<number | null>((done) => app.process().once('exit', (code) => done(code)));
  // Native dialogs cannot be clicked by a test: answered in main, where the app calls them, and recorded.
  await app.evaluate(({ dialog }, record) => {
    const g = globalThis as unknown as { __sim: { saves: string[]; answers: RegExp[]; boxes: { message: string; buttons: string[] }[] } };
    g.__sim = { saves: [], answers: [], boxes: [] };
    // Also on disk: what was asked during a quit is still there to read once the process has gone.
    const fs = process.getBuiltinModule('node:fs') as typeof import('node:fs');
    dialog.showSaveDialog = (async () => {
      const filePath = g.__sim.saves.shift();
      return filePath ? { canceled: false, filePath } : { canceled: true, filePath: '' };
    }) as typeof dialog.showSaveDialog;
    dialog.showMessageBox = (async (...args: unknown[]) => {
      const o = (args.length > 1 ? args[1] : args[0]) as { message: string; buttons?: string[]; cancelId?: number };
      const buttons = o.buttons ?? ['OK'];
      g.__sim.boxes.push({ message: o.message, buttons });
      fs.writeFileSync(record, JSON.stringify(g.__sim.boxes));
      const answer = g.__sim.answers.shift();
      const i = answer ? buttons.findIndex((b) => answer.test(b)) : -1;
      return { response: i >= 0 ? i : (o.cancelId ?? buttons.length - 1), checkboxChecked: false };
    }) as typeof dialog.showMessageBox;
  }, join(home, 'message-boxes.json'));
  const page = await app.firstWindow();
  return {
    app,
    page,
    home,
    exited,
    messageBoxes: () => app.evaluate(() => (globalThis as unknown as { __sim: { boxes: { message: string; buttons: string[] }[] } }).__sim.boxes),
    messageBoxesOnDisk: async () => {
      const file = join(home, 'message-boxes.json');
      return existsSync(file) ? (JSON.parse(await readFile(file, 'utf8')) as { message: string; buttons: string[] }[]) : [];
    },
    answerSave: (path) => app.evaluate((_e, p) => void (globalThis as unknown as { __sim: { saves: string[] } }).__sim.saves.push(p), path),
    answerMessage: (button) =>
      app.evaluate((_e, source) => void (globalThis as unknown as { __sim: { answers: RegExp[] } }).__sim.answers.push(new RegExp(source)), button.source),
    cleanup: async () => {
      if (app.process().exitCode === null) await app.close().catch(() => undefined);
      await rm(home, { recursive: true, force: true });
    },
  };
}
