import { useRef, useState } from 'react';
import type { Application } from '../../../shared/model/schema';
import type { Cancelled, Failure } from '../../../shared/ipc/types';
import { useLang } from '../i18n';
import { useStore } from '../store';

/** What main answers to any export: saved where the user chose, refused for the rules, cancelled, or failed. */
export type ExportResponse<I> = { status: 'exported'; path: string } | { status: 'refused'; issues: I[] } | Cancelled | Failure;

export type ExportOutcome<I> =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'exported'; path: string }
  | { kind: 'refused'; issues: I[] }
  | { kind: 'failed'; message: string };

/**
 * One export run, the same for the application and for the documents after it: `call` asks main (through
 * window.api) for the current application; main decides whether a signature-ready export is allowed and says why not.
 */
export function useExportRun<I>(call: (application: Application, draft: boolean) => Promise<ExportResponse<I>>) {
  const lang = useLang();
  const [outcome, setOutcome] = useState<ExportOutcome<I>>({ kind: 'idle' });
  // One run at a time, even for a second click that comes before React has shown the first as busy.
  const running = useRef(false);
  const run = async (draft: boolean) => {
    const application = useStore.getState().app;
    if (!application || running.current) return;
    running.current = true;
    // Asking for the version to sign is when what is still empty becomes an error, in every step's fields too.
    if (!draft) useStore.getState().setStrict(true);
    setOutcome({ kind: 'busy' });
    try {
      const res = await call(application, draft);
      if (res.status === 'exported') setOutcome({ kind: 'exported', path: res.path });
      else if (res.status === 'refused') setOutcome({ kind: 'refused', issues: res.issues });
      else if (res.status === 'error') setOutcome({ kind: 'failed', message: res.message[lang] });
      // Cancelled in the save dialog: nothing happened, so nothing is said.
      else setOutcome({ kind: 'idle' });
    } catch (e) {
      setOutcome({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
    } finally {
      running.current = false;
    }
  };
  const busy = outcome.kind === 'busy';
  /**
   * A button's props to start a run. While one runs the buttons say so with aria-disabled rather than `disabled`: a
   * disabled button drops the keyboard focus to the page, so the person would lose their place while main works.
   */
  const start = (draft: boolean) => ({
    'aria-disabled': busy || undefined,
    onClick: () => void run(draft),
  });
  return { outcome, start };
}
