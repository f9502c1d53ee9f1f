import { useCallback } from 'react';
import { useStore } from '../store';
import { useAt } from '../store/at';
import type { Path } from '../store/paths';

/** The value at `path` and a setter for it: the one way form controls read and write the application. */
export function useBound<T>(path: Path): [T, (value: T) => void] {
  // Told only when the value at this path changes, not on every keystroke elsewhere in the form (store/at.ts).
  const value = useAt(path) as T;
  // The path array is new on each render: the setter is kept per path by its text, and reads the path back from it.
  // The store's update is read when called, not subscribed to: a subscription runs on every keystroke in every field.
  const key = JSON.stringify(path);
  const set = useCallback((v: T) => useStore.getState().update(JSON.parse(key) as Path, v), [key]);
  return [value, set];
}
