import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDocx } from '../../../shared/docx';
import { hasErrors, validate } from '../../../shared/rules';
import { createHandlers, nodeFileOps, type FileOps, type HandlerDeps, type WindowHandlers } from '../../../electron/handlers';
import type { MessageOptions, OpenDialogOptions, SaveDialogOptions } from '../../../electron/handlers/deps';
import { loadApplicationText } from '../../../shared/model/load';
import type { Application } from '../../../shared/model/schema';

export const FIXTURES = join(__dirname, '..', '..', 'fixtures');

export function fixtureApp(name = 'complete.simansokan'): Promise<Application> {
  return readFile(join(FIXTURES, name), 'utf8').then((text) => {
    const loaded = loadApplicationText(text);
    if (!loaded.ok) throw new Error(`fixture ${name} does not load: ${loaded.problems[0]?.message.en}`);
    return loaded.application;
  });
}

export async function tempDir(prefix = 'sim-test-'): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** A fresh userData folder, work folder and the complete fixture, for one test; `cleanup` removes the folders. */
export async function openWorkspace(): Promise<{ userData: string; work: string; app: Application; cleanup: () => Promise<void> }> {
  const dirs = [await tempDir('sim-ud-'), await tempDir('sim-work-')];
  return { userData: dirs[0]!.dir, work: dirs[1]!.dir, app: await fixtureApp(), cleanup: async () => void (await Promise.all(dirs.map((d) => d.cleanup()))) };
}

/**
 * Handlers on real temp folders with dialogs answered from queues, like the browser harness. A path given to
 * `file:open` is first granted as the OS grants a double-clicked file (AppWindows.openFile); `asFromOs: false`
 * leaves the handlers exactly as the renderer meets them, for the tests of what main hands out.
 */
export function makeWindow(userDataDir: string, documentsDir: string, extra: Partial<HandlerDeps> = {}, opts: { asFromOs?: boolean } = {}) {
  const queues = { open: [] as (string | null)[], save: [] as (string | null)[], message: [] as number[] };
  const seen = { open: [] as OpenDialogOptions[], save: [] as SaveDialogOptions[], message: [] as MessageOptions[] };
  const shell = { opened: [] as string[], shown: [] as string[], external: [] as string[], recentDocs: [] as string[] };
  const handlers: WindowHandlers = createHandlers({
    userDataDir,
    documentsDir,
    dialogs: {
      showOpen: async (o) => (seen.open.push(o), queues.open.shift() ?? null),
      showSave: async (o) => (seen.save.push(o), queues.save.shift() ?? null),
      showMessage: async (o) => (seen.message.push(o), queues.message.shift() ?? o.cancelId),
    },
    openPath: async (p) => void shell.opened.push(p),
    showItemInFolder: (p) => void shell.shown.push(p),
    openExternal: async (u) => void shell.external.push(u),
    exampleText: () => readFile(join(__dirname, '..', '..', '..', 'resources', 'example.simansokan'), 'utf8'),
    exporter: { buildDocx, validate, hasErrors },
    addRecentDocument: (p) => void shell.recentDocs.push(p),
    ...extra,
  });
  if (opts.asFromOs !== false) {
    const open = handlers['file:open'];
    handlers['file:open'] = (req) => {
      if (req.path !== undefined) handlers.grantOpen(req.path);
      return open(req);
    };
  }
  return { handlers, queues, seen, shell };
}

const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

/** Real file operations, except that those named fail with `code` (for the paths `when` picks). */
export function failingOps(code: string, ops: (keyof FileOps)[], when: (path: string) => boolean = () => true): FileOps {
  const out = { ...nodeFileOps } as Record<keyof FileOps, (...args: never[]) => Promise<unknown>>;
  for (const op of ops) {
    const real = out[op];
    out[op] = (async (...args: never[]) => {
      if (when(String(args[0]))) throw errno(code);
      return real(...args);
    }) as never;
  }
  return out as FileOps;
}

export function sv(r: unknown): string {
  const m = (r as { message?: { sv?: string } }).message;
  if (!m?.sv) throw new Error(`no message in ${JSON.stringify(r).slice(0, 300)}`);
  return m.sv;
}
