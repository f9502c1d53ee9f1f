/**
 * Quitting as Electron 45 does it, made safe for unsaved work. Electron's order (shell/browser/browser.cc):
 * `app.quit()` emits `before-quit` (preventable), then asks every window to close at once; a window whose
 * `close` is prevented cancels the whole quit, but the windows that did close stay closed. Once the last
 * window is gone during a quit, `window-all-closed` is skipped and `will-quit` follows (preventable), then
 * `quit` and the process ends, without waiting for any promise still running.
 *
 * So the coordinator stops the first `before-quit`, asks about each unsaved window one at a time (a second
 * prompt never opens over the first, and no window closes under its own prompt), and only when every
 * window has its answer lets Electron close them all. `will-quit` is held until locks and recovery copies
 * are dealt with, then the quit is started again and goes through.
 */

export type CloseDecision = 'close' | 'cancel';

export interface QuitTarget {
  /** Asks about every window with unsaved changes, one after another; 'cancel' as soon as one is kept open. */
  confirmAll(): Promise<CloseDecision>;
  /** Every window has its answer: let them close without asking again. */
  approveAll(): void;
  /** Releases every lock and removes the recovery copies of windows closed on purpose. */
  cleanup(): Promise<void>;
}

type Preventable = { preventDefault(): void };

/** Cleanup on a hung network drive must not keep the app from quitting for ever. */
export const CLEANUP_LIMIT_MS = 10_000;

export class QuitCoordinator {
  private phase: 'idle' | 'asking' | 'closing' | 'cleaning' | 'done' = 'idle';

  constructor(
    private readonly app: { quit(): void },
    private readonly target: QuitTarget,
    private readonly log: (message: string, error?: unknown) => void = () => undefined,
    private readonly cleanupLimitMs = CLEANUP_LIMIT_MS,
  ) {}

  /** `app.on('before-quit')`. */
  beforeQuit(event: Preventable): void {
    // Answered for every window (or cleaned up and on the way out): Electron may close them now.
    if (this.phase === 'closing' || this.phase === 'done') return;
    event.preventDefault();
    // A quit already asking (Cmd+Q pressed twice) or cleaning up goes on as it is.
    if (this.phase !== 'idle') return;
    this.phase = 'asking';
    this.target.confirmAll().then(
      (decision) => {
        if (decision === 'cancel') {
          this.phase = 'idle';
          return;
        }
        this.phase = 'closing';
        this.target.approveAll();
        this.app.quit();
      },
      (e) => {
        this.log('quit: asking about unsaved windows failed', e);
        this.phase = 'idle';
      },
    );
  }

  /** A window refused to close while the quit was closing windows: Electron has given up the quit, so do we. */
  closeRefused(): void {
    if (this.phase === 'closing') this.phase = 'idle';
  }

  /** `app.on('will-quit')`. */
  willQuit(event: Preventable): void {
    if (this.phase === 'done') return;
    event.preventDefault();
    if (this.phase === 'cleaning') return;
    this.phase = 'cleaning';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const limit = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        this.log(`quit: cleanup still running after ${this.cleanupLimitMs} ms; quitting anyway`);
        resolve();
      }, this.cleanupLimitMs);
    });
    void Promise.race([this.target.cleanup().catch((e) => this.log('quit: cleanup failed', e)), limit]).then(() => {
      clearTimeout(timer);
      this.phase = 'done';
      // Electron reset its quitting state when will-quit was prevented: this quit goes through both events again.
      this.app.quit();
    });
  }
}
