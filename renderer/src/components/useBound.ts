import { useCallback } from 'react';
import { useStore } from '../store';
import { getIn, type Path } from '../store/paths';

/** The value at `path` and a setter for it: the one way form controls read and write the application. */
export function useBound<T>(path: Path): [T, (value: T) => void] {
  const value = useStore((s) => getIn(s.app, path)) as T;
  // The path array is new on each render; its joined form is what identifies it. The store's update is read when
  // called, not subscribed to: a subscription runs on every keystroke in every field.
  const key = path.join('\u0000');
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const set = useCallback((v: T) => useStore.getState().update(path, v), [key]);
  return [value, set];
}
