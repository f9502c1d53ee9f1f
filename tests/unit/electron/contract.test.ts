import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, NEVER_FAILS, RequestSchemas, type Channel, type Handlers } from '../../../shared/ipc/contract';
import { createApi } from '../../../electron/bridge';
import { createDispatcher } from '../../../electron/handlers';

const m = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async (channel: string, request: unknown): Promise<unknown> => ({ channel, request })),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => m.exposed.set(key, value) },
  ipcRenderer: { invoke: m.invoke, on: vi.fn(), removeListener: vi.fn() },
}));

const channels = Object.keys(CHANNELS) as Channel[];

describe('the one channel declaration', () => {
  beforeEach(() => m.invoke.mockClear());

  it('gives the preload exactly one function per declared channel, under the name the declaration gives it', async () => {
    await import('../../../electron/preload');
    const api = m.exposed.get('api') as Record<string, (r: unknown) => Promise<unknown>>;
    const expected = channels.map((c) => CHANNELS[c].api);
    expect(new Set(expected).size).toBe(channels.length);
    expect(Object.keys(api).sort()).toEqual([...expected, 'onMainEvent'].sort());
    for (const c of channels) {
      m.invoke.mockClear();
      await api[CHANNELS[c].api]!({ probe: c });
      expect(m.invoke).toHaveBeenCalledExactlyOnceWith(c, { probe: c });
    }
  });

  it('has a request schema for every channel and no other', () => {
    expect(Object.keys(RequestSchemas).sort()).toEqual([...channels].sort());
  });

  it('treats a failure as a bug exactly on the channels declared never to fail', async () => {
    const failure = { status: 'error', message: { sv: 'Felaktig begäran.', en: 'Bad request.' } };
    const api = createApi(async () => failure, () => () => undefined) as unknown as Record<string, (r: unknown) => Promise<unknown>>;
    for (const c of channels) {
      const call = api[CHANNELS[c].api]!({});
      if (CHANNELS[c].neverFails) await expect(call).rejects.toThrow('Felaktig begäran.');
      else await expect(call).resolves.toEqual(failure);
    }
    expect([...NEVER_FAILS].sort()).toEqual(channels.filter((c) => CHANNELS[c].neverFails).sort());
  });

  it('parses each request with its schema before the handler runs', async () => {
    const seen: unknown[] = [];
    const handlers = Object.fromEntries(channels.map((c) => [c, async (req: unknown) => (seen.push([c, req]), { status: 'ok' })])) as unknown as Handlers;
    const dispatch = createDispatcher(handlers);
    expect(await dispatch('file:close', { path: '' })).toMatchObject({ status: 'error' });
    expect(await dispatch('file:close', { path: '/a.simansokan', extra: 1 })).toMatchObject({ status: 'error' });
    expect(await dispatch('file:nope', {})).toMatchObject({ status: 'error' });
    expect(seen).toEqual([]);
    expect(await dispatch('file:close', { path: '/a.simansokan' })).toEqual({ status: 'ok' });
    expect(seen).toEqual([['file:close', { path: '/a.simansokan' }]]);
  });

  it('keeps zod out of the sandboxed preload: the declaration carries schemas only as functions of zod', async () => {
    const out = await build({
      entryPoints: [join(__dirname, '../../../electron/preload.ts')],
      bundle: true,
      write: false,
      platform: 'node',
      format: 'cjs',
      external: ['electron'],
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(out.metafile.inputs);
    expect(inputs.filter((f) => f.includes('node_modules') || f.endsWith('shared/zod.ts'))).toEqual([]);
    expect(inputs).toContain('shared/ipc/channels.ts');
  });
});
