import { useEffect, useRef } from 'react';
import { useStore } from '../store';
import './dialog.css';

/**
 * The one modal of the window (save conflicts, unsaved changes, errors). The native <dialog> gives a
 * focus trap, Escape and an inert background; Escape answers with the question's cancel choice.
 */
export function DialogHost() {
  const dialog = useStore((s) => s.dialog);
  const closeDialog = useStore((s) => s.closeDialog);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (dialog && !el.open) {
      const returnTo = document.activeElement as HTMLElement | null;
      el.showModal();
      el.querySelector<HTMLButtonElement>('button.btn--primary, button')?.focus();
      return () => {
        if (el.open) el.close();
        if (returnTo?.isConnected) returnTo.focus();
      };
    }
    return undefined;
  }, [dialog]);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="dialog-title"
      aria-describedby="dialog-body"
      onCancel={(e) => {
        e.preventDefault();
        if (dialog) closeDialog(dialog.cancelId);
      }}
    >
      {dialog ? (
        <>
          <h2 id="dialog-title" className="dialog__title">
            {dialog.title}
          </h2>
          <div id="dialog-body" className="dialog__body">
            {dialog.body.map((p, i) => (
              <p key={i}>{p}</p>
            ))}
          </div>
          <div className="dialog__actions">
            {dialog.choices.map((c) => (
              <button key={c.id} type="button" className={`btn ${c.primary ? 'btn--primary' : 'btn--secondary'}`} onClick={() => closeDialog(c.id)}>
                {c.label}
              </button>
            ))}
          </div>
        </>
      ) : null}
    </dialog>
  );
}
