import { useStore } from '../store';

/** Polite announcements (item removed, saved, errors left) for screen readers; never interrupts. */
export function LiveRegion() {
  const { text, nonce } = useStore((s) => s.announcement);
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="live-region">
      {/* A new node per message so the same words said twice are announced twice. */}
      <p key={nonce}>{text}</p>
    </div>
  );
}
