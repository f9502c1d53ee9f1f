import { useRef } from 'react';
import { useStore, type Store } from './index';

/**
 * A list selected from the store, kept as the same array while its elements stay the same, so the component
 * re-renders only when they change. zustand's useShallow does this too, but compares arrays by building two Maps
 * each time; every subscription runs on every keystroke, and a long budget has hundreds of them.
 */
export function useStoreArray<A extends readonly unknown[]>(selector: (s: Store) => A): A {
  const last = useRef<A | null>(null);
  return useStore((s) => {
    const next = selector(s);
    const prev = last.current;
    if (prev !== null && sameElements(prev, next)) return prev;
    last.current = next;
    return next;
  });
}

/** Equal arrays: the same elements in the same order. */
export function sameElements(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}
