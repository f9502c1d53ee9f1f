import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { serializeApplication, loadApplicationText } from '../../shared/model/load';
import { startApp, type AppHarness } from './harness';

const PAGE = fileURLToPath(new URL('./harness-page', import.meta.url));
const EXAMPLE = fileURLToPath(new URL('../fixtures/complete.simansokan', import.meta.url));

/** A compromised page calls window.api itself: main writes and reads only the paths it handed to this window. */
describe('paths from the page', () => {
  let h: AppHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('are refused unless main handed them out, through the same binding the app uses', async () => {
    h = await startApp({ rendererDir: PAGE });
    const loaded = loadApplicationText(await readFile(EXAMPLE, 'utf8'));
    if (!loaded.ok) throw new Error('example');
    const victim = join(h.workDir, 'Annan ansökan.simansokan');
    await writeFile(victim, 'orörd');
    const fresh = join(h.workDir, 'autostart.cmd');
    const answers = await h.page.evaluate(
      async ({ victim, fresh, application }) => {
        const api = (globalThis as unknown as { api: Record<string, (r: unknown) => Promise<{ status: string }>> }).api;
        return [
          (await api.saveFile!({ path: victim, application, expectedMtimeMs: null, force: true })).status,
          (await api.saveFile!({ path: fresh, application, expectedMtimeMs: null, force: true })).status,
          (await api.openFile!({ path: victim })).status,
          (await api.writeRecovery!({ draftId: '0b7d2c55-7d7e-4a55-9a53-8f0b6a6e0c99', filePath: fresh, application })).status,
          (await api.setDocumentState!({ title: 'x', filePath: fresh, dirty: true })).status,
        ];
      },
      { victim, fresh, application: loaded.application },
    );
    expect(answers).toEqual(['error', 'error', 'error', 'error', 'error']);
    expect(await readFile(victim, 'utf8')).toBe('orörd');
    expect(existsSync(fresh)).toBe(false);
    expect(h.documentState()).toBeNull();
  });

  it('a file the OS hands over (open-file, argv) is opened through the menu command, then saved', async () => {
    h = await startApp({ rendererDir: PAGE });
    const path = join(h.workDir, 'Dubbelklickad.simansokan');
    const loaded = loadApplicationText(await readFile(EXAMPLE, 'utf8'));
    if (!loaded.ok) throw new Error('example');
    await writeFile(path, serializeApplication(loaded.application));
    await h.sendMainEvent({ type: 'menu', command: { openRecent: path } });
    const r = await h.page.evaluate(async (path) => {
      const api = (globalThis as unknown as { api: Record<string, (r: unknown) => Promise<{ status: string; file?: { mtimeMs: number; application: unknown } }>> }).api;
      const opened = await api.openFile!({ path });
      const saved = await api.saveFile!({ path, application: opened.file!.application, expectedMtimeMs: opened.file!.mtimeMs });
      return [opened.status, saved.status];
    }, path);
    expect(r).toEqual(['opened', 'saved']);
  });
});
