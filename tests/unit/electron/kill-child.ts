/**
 * Child process for the kill test: opens the application file and saves it again and again through the
 * real handler, each time with the next version number in the title, until it is killed.
 */
import { readFile } from 'node:fs/promises';
import { createHandlers } from '../../../electron/handlers';
import type { Application } from '../../../shared/model/schema';

const [path, userDataDir] = process.argv.slice(2) as [string, string];
const fail = (what: string) => {
  process.stderr.write(`${what}\n`);
  process.exit(2);
};

async function main() {
  // Started ahead of time so its start-up overlaps the previous child's run; "go" on stdin starts the work.
  await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()));
  const h = createHandlers({
    userDataDir,
    documentsDir: userDataDir,
    dialogs: { showOpen: async () => null, showSave: async () => null, showMessage: async () => 0 },
    openPath: async () => undefined,
    showItemInFolder: () => undefined,
    openExternal: async () => undefined,
    exampleText: () => readFile(path, 'utf8'),
    exporter: { buildDocx: async () => new Uint8Array(), validate: () => [], hasErrors: () => false },
  });
  // As the OS hands a double-clicked file to the window.
  h.grantOpen(path);
  const opened = await h['file:open']({ path });
  if (opened.status !== 'opened') return fail(`open: ${JSON.stringify(opened)}`);
  if (opened.file.readOnly) return fail(`read-only: ${opened.file.readOnlyReason?.en}`);
  let app: Application = opened.file.application;
  let mtimeMs = opened.file.mtimeMs;
  let n = Number(app.project.title.replace(/^v/, ''));
  process.stdout.write('ready\n');
  for (;;) {
    n++;
    app = { ...app, project: { ...app.project, title: `v${n}` } };
    const r = await h['file:save']({ path, application: app, expectedMtimeMs: mtimeMs });
    if (r.status !== 'saved') return fail(`save: ${JSON.stringify(r)}`);
    mtimeMs = r.mtimeMs;
    // Tells the test a whole save has finished, so it can choose to kill after a given number of saves.
    process.stdout.write('saved\n');
  }
}
void main();
