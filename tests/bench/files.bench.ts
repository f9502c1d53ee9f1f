import { bench, describe } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlers } from '../../electron/handlers';
import { loadApplicationText, serializeApplication } from '../../shared/model/load';
import type { Application } from '../../shared/model/schema';

// Budgets (issue 3): save of the stress fixture ≤ 50 ms, open ≤ 200 ms, through the real handlers and disk.
const text = readFileSync(join(__dirname, '..', 'fixtures', 'stress.simansokan'), 'utf8');
const loaded = loadApplicationText(text);
if (!loaded.ok) throw new Error('stress fixture does not load');
const app: Application = loaded.application;

const dir = mkdtempSync(join(tmpdir(), 'sim-bench-'));
const path = join(dir, 'stress.simansokan');
writeFileSync(path, serializeApplication(app));

const handlers = createHandlers({
  userDataDir: join(dir, 'userdata'),
  documentsDir: dir,
  dialogs: { showOpen: async () => null, showSave: async () => null, showMessage: async () => 0 },
  openPath: async () => undefined,
  showItemInFolder: () => undefined,
  openExternal: async () => undefined,
  exampleText: async () => text,
  exporter: { buildDocx: async () => new Uint8Array(), validate: () => [], hasErrors: () => false },
});
// As the OS hands a double-clicked file to the window.
handlers.grantOpen(path);

let mtimeMs: number | null = null;

describe('files (stress fixture, ' + Math.round(text.length / 1024) + ' kB)', () => {
  bench('file:open', async () => {
    const r = await handlers['file:open']({ path });
    if (r.status !== 'opened') throw new Error(JSON.stringify(r));
    mtimeMs = r.file.mtimeMs;
  });

  bench('file:save (validate, backup, atomic write with fsync)', async () => {
    const r = await handlers['file:save']({ path, application: app, expectedMtimeMs: mtimeMs });
    if (r.status !== 'saved') throw new Error(JSON.stringify(r));
    mtimeMs = r.mtimeMs;
  });

  bench('recovery:write', async () => {
    const r = await handlers['recovery:write']({ draftId: '0b7d2c55-7d7e-4a55-9a53-8f0b6a6e0c11', filePath: path, application: app });
    if (r.status !== 'written') throw new Error(JSON.stringify(r));
  });
});
