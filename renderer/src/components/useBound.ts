import { useCallback } from 'react';
import { useStore } from '../store';
import { getIn, type Path } from '../store/paths';

/** The value at `path` and a setter for it: the one way form controls read and write the application. */
export function useBound<T>(path: Path): [T, (value: T) => void] {
  const value = useStore((s) => getIn(s.app, path)) as T;
  const update = useStore((s) => s.update);
  // The path array is new on each render: the setter is kept per path by its text, and reads the path back from it.
  const key = JSON.stringify(path);
  const set = useCallback((v: T) => update(JSON.parse(key) as Path, v), [key, update]);
  return [value, set];
}
