import { useCallback, useRef, useSyncExternalStore } from 'react';
import { useStore } from './index';
import { getIn, type ReadonlyPath } from './paths';

export { sameElements } from './useStoreArray';

/**
 * Subscriptions to one place in the application, told only when the value there changes.
 *
 * A zustand selector runs on every change of the store, so a form of two thousand fields (a report's forty
 * indicators, a budget's hundreds of cells) runs two thousand selectors on every keystroke. Here listeners hang in
 * a tree keyed by path segments; after a change the tree is walked along the branches whose objects changed
 * identity (the store copies only the objects along an edited path, see `setIn`), so a keystroke reaches the few
 * listeners on its own path, its parents' and its children's, and no others.
 */
type Node = { listeners: Set<() => void>; children: Map<string, Node> };

const newNode = (): Node => ({ listeners: new Set(), children: new Map() });
const root = newNode();

function child(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
}

function notify(node: Node, next: unknown, prev: unknown): void {
  if (Object.is(next, prev)) return;
  for (const l of [...node.listeners]) l();
  for (const [key, c] of node.children) notify(c, child(next, key), child(prev, key));
}

useStore.subscribe((s, prev) => {
  if (s.app !== prev.app) notify(root, s.app, prev.app);
});

/** Calls `listener` whenever the value at `path` in the application changes; returns the unsubscribe. */
export function subscribeAt(path: ReadonlyPath, listener: () => void): () => void {
  const nodes: Node[] = [root];
  let node = root;
  for (const key of path) {
    const k = String(key);
    let c = node.children.get(k);
    if (!c) node.children.set(k, (c = newNode()));
    nodes.push((node = c));
  }
  node.listeners.add(listener);
  return () => {
    node.listeners.delete(listener);
    // Prune the branch back up while it holds nothing, so the tree stays the size of what is on screen.
    for (let i = nodes.length - 1; i > 0; i--) {
      const n = nodes[i]!;
      if (n.listeners.size || n.children.size) break;
      nodes[i - 1]!.children.delete(String(path[i - 1]));
    }
  };
}

/** How many listeners the tree holds (for tests: a closed form leaves none behind). */
export function listenerCount(node: Node = root): number {
  let n = node.listeners.size;
  for (const c of node.children.values()) n += listenerCount(c);
  return n;
}

const same = Object.is;

/**
 * The value at `path` in the open application, or what `select` makes of it; the component re-renders only when
 * that changes (`equal`, by default identity). `select` reads only its argument (and the props it closes over).
 */
export function useAt<R = unknown, V = unknown>(path: ReadonlyPath, select?: (value: V) => R, equal: (a: R, b: R) => boolean = same): R {
  // The path array is new on each render: the subscription is kept per path by its text.
  const key = JSON.stringify(path);
  const subscribe = useCallback((listener: () => void) => subscribeAt(JSON.parse(key) as ReadonlyPath, listener), [key]);
  const last = useRef<{ input: unknown; select: unknown; output: R } | null>(null);
  const snapshot = () => {
    const input = getIn(useStore.getState().app, path);
    const l = last.current;
    if (l && same(l.input, input) && l.select === select) return l.output;
    const output = select ? select(input as V) : (input as R);
    const kept = l && equal(l.output, output) ? l.output : output;
    last.current = { input, select, output: kept };
    return kept;
  };
  return useSyncExternalStore(subscribe, snapshot);
}
