import { useEffect, useState } from 'react';

// Read from the window when called (typed here: this file is also compiled with the unit tests, which have no DOM).
type Frames = { requestAnimationFrame(cb: () => void): number; cancelAnimationFrame(id: number): void };
const frames = () => globalThis as unknown as Frames;

/**
 * `value` as it was one painted frame ago: what a plot or a summary beside the field being typed in shows. React's
 * useDeferredValue renders the deferred copy in a task of its own, but that task often runs before the keystroke's
 * frame is painted and so delays it; this hands the new value over only after that frame, and a key pressed before
 * then postpones it again, so a run of keys paints the field alone and the plot follows once typing pauses.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = frames().requestAnimationFrame(() => (timer = setTimeout(() => setShown(() => value), 0)));
    return () => {
      frames().cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [value, shown]);
  return shown;
}
