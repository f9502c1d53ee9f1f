import { afterEach, describe, expect, it, vi } from 'vitest';
import { CLEANUP_LIMIT_MS, QuitCoordinator, type CloseDecision, type QuitTarget } from '../../../electron/quit';

const event = () => ({ preventDefault: vi.fn() });
const prevented = (e: ReturnType<typeof event>) => e.preventDefault.mock.calls.length > 0;

function target(over: Partial<QuitTarget> = {}): QuitTarget & { [K in keyof QuitTarget]: ReturnType<typeof vi.fn> } {
  return {
    confirmAll: vi.fn(async (): Promise<CloseDecision> => 'close'),
    approveAll: vi.fn(),
    cleanup: vi.fn(async () => undefined),
    ...over,
  } as never;
}

afterEach(() => vi.useRealTimers());

describe('the quit coordinator', () => {
  it('holds the first before-quit, asks, approves every window, and starts the quit again', async () => {
    const app = { quit: vi.fn() };
    const t = target();
    const q = new QuitCoordinator(app, t);
    const first = event();
    q.beforeQuit(first);
    expect(prevented(first)).toBe(true);
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1));
    expect(t.approveAll).toHaveBeenCalled();
    const second = event();
    q.beforeQuit(second);
    expect(prevented(second)).toBe(false);
  });

  it('a cancelled answer ends the quit: nothing approved, nothing quit, and the next quit asks again', async () => {
    const app = { quit: vi.fn() };
    const t = target({ confirmAll: vi.fn(async (): Promise<CloseDecision> => 'cancel') });
    const q = new QuitCoordinator(app, t);
    q.beforeQuit(event());
    await vi.waitFor(() => expect(t.confirmAll).toHaveBeenCalledTimes(1));
    await Promise.resolve();
    expect(t.approveAll).not.toHaveBeenCalled();
    expect(app.quit).not.toHaveBeenCalled();
    q.beforeQuit(event());
    await vi.waitFor(() => expect(t.confirmAll).toHaveBeenCalledTimes(2));
  });

  it('a window refusing to close during the quit ends it (as Electron does); the next quit asks again', async () => {
    const app = { quit: vi.fn() };
    const t = target();
    const q = new QuitCoordinator(app, t);
    q.beforeQuit(event());
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled());
    q.closeRefused();
    const again = event();
    q.beforeQuit(again);
    expect(prevented(again)).toBe(true);
    await vi.waitFor(() => expect(t.confirmAll).toHaveBeenCalledTimes(2));
  });

  it('holds will-quit until cleanup is done, then quits once more and lets it through', async () => {
    const app = { quit: vi.fn() };
    let finish!: () => void;
    const t = target({ cleanup: vi.fn(() => new Promise<void>((r) => (finish = r))) });
    const q = new QuitCoordinator(app, t);
    const w = event();
    q.willQuit(w);
    expect(prevented(w)).toBe(true);
    // A second will-quit while cleaning (or a second Cmd+Q) does not start another cleanup.
    q.willQuit(event());
    q.beforeQuit(event());
    expect(t.cleanup).toHaveBeenCalledTimes(1);
    await Promise.resolve();
    expect(app.quit).not.toHaveBeenCalled();
    finish();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1));
    const before = event();
    q.beforeQuit(before);
    const last = event();
    q.willQuit(last);
    expect([prevented(before), prevented(last)]).toEqual([false, false]);
  });

  it('a cleanup that never ends (a hung network drive) does not keep the app from quitting', async () => {
    vi.useFakeTimers();
    const app = { quit: vi.fn() };
    const log = vi.fn();
    const q = new QuitCoordinator(app, target({ cleanup: vi.fn(() => new Promise<void>(() => undefined)) }), log);
    q.willQuit(event());
    await vi.advanceTimersByTimeAsync(CLEANUP_LIMIT_MS);
    expect(app.quit).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('cleanup still running'));
  });

  it('a failing cleanup is logged and the quit goes on', async () => {
    const app = { quit: vi.fn() };
    const log = vi.fn();
    const q = new QuitCoordinator(app, target({ cleanup: vi.fn(async () => Promise.reject(new Error('EIO'))) }), log);
    q.willQuit(event());
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1));
    expect(log).toHaveBeenCalledWith('quit: cleanup failed', expect.any(Error));
  });
});
