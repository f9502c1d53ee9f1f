// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { newApplication } from '../../../shared/model/new';
import { DEFAULT_PROGRAMME } from '../../../shared/program';
import { useStore } from '../../../renderer/src/store';
import { listenerCount, sameElements, subscribeAt, useAt } from '../../../renderer/src/store/at';
import { useBound } from '../../../renderer/src/components/useBound';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const s = () => useStore.getState();

beforeEach(() => {
  s().openDocument({ app: newApplication(DEFAULT_PROGRAMME, new Date('2025-01-01T08:00:00Z')) });
});

describe('subscriptions to one place in the application (store/at.ts)', () => {
  it('tell a listener when its value changes, and not when another field is typed in', () => {
    const heard: string[] = [];
    const stops = [
      subscribeAt(['project', 'title'], () => heard.push('title')),
      subscribeAt(['parties', 0, 'organisation'], () => heard.push('party 1')),
      subscribeAt(['parties'], () => heard.push('parties')),
      subscribeAt(['budget', 'costLines'], () => heard.push('cost lines')),
    ];
    s().update(['budget', 'comment'], 'En kommentar');
    expect(heard).toEqual([]);
    s().update(['project', 'title'], 'Barn i Åmål');
    expect(heard).toEqual(['title']);
    heard.length = 0;
    // A change inside a list reaches the list's listener and the item's, not its neighbours'.
    s().update(['parties', 0, 'organisation'], 'Åmåls kommun');
    expect(heard.sort()).toEqual(['parties', 'party 1']);
    heard.length = 0;
    s().update(['parties', 1, 'organisation'], 'Västra Götalandsregionen');
    expect(heard).toEqual(['parties']);
    heard.length = 0;
    // A paste, its undo, and a newly opened document reach everyone whose value differs, once per change.
    s().applyBatch([{ path: ['project', 'title'], value: 'Inklistrad' }, { path: ['budget', 'comment'], value: 'x' }], 'Inklistring');
    expect(heard).toEqual(['title']);
    heard.length = 0;
    expect(s().undoBatch()).not.toBeNull();
    expect(heard).toEqual(['title']);
    expect(s().app?.project.title).toBe('Barn i Åmål');
    heard.length = 0;
    s().openDocument({ app: newApplication(DEFAULT_PROGRAMME, new Date('2025-02-01T08:00:00Z')) });
    expect(heard.sort()).toEqual(['cost lines', 'parties', 'party 1', 'title']);
    for (const stop of stops) stop();
  });

  it('leave nothing behind once every listener has gone', () => {
    const before = listenerCount();
    const stops = [subscribeAt(['lifecycle', 'reports', 3, 'indicators', 20, 'values', 0, 'source'], () => {}), subscribeAt(['lifecycle', 'reports'], () => {})];
    expect(listenerCount()).toBe(before + 2);
    for (const stop of stops) stop();
    expect(listenerCount()).toBe(before);
  });
});

describe('useAt and useBound in a rendered form', () => {
  // The unit tests' types have no DOM library: the few DOM calls needed, typed here.
  type Host = { remove(): void; querySelector(s: string): { textContent: string | null } | null };
  const doc = (globalThis as unknown as { document: { createElement(tag: 'div'): Host; body: { append(el: Host): void } } }).document;
  let host: Host;
  let root: Root;
  beforeEach(() => {
    host = doc.createElement('div');
    doc.body.append(host);
    root = createRoot(host as unknown as Parameters<typeof createRoot>[0]);
  });
  const text = (selector: string) => host.querySelector(selector)?.textContent;
  afterEach(() => {
    act(() => root.unmount());
    host.remove();
  });

  it('re-render a field only when its own value changes, and show the new value', () => {
    const renders = { title: 0, names: 0 };
    let names: readonly string[] = [];
    function Title() {
      renders.title++;
      const [title] = useBound<string>(['project', 'title']);
      return createElement('p', { id: 'title' }, title);
    }
    function Names() {
      renders.names++;
      names = useAt(['parties'], (ps: { organisation: string }[] | undefined) => (ps ?? []).map((p) => p.organisation.trim()), sameElements);
      return createElement('p', { id: 'names' }, names.join(', '));
    }
    act(() => root.render(createElement('div', null, createElement(Title), createElement(Names))));
    const after = { ...renders };
    const kept = names;

    act(() => {
      for (const text of ['E', 'En', 'En k']) s().update(['budget', 'comment'], text);
    });
    expect(renders).toEqual(after);

    act(() => s().update(['project', 'title'], 'Barn i Åmål'));
    expect(text('#title')).toBe('Barn i Åmål');
    expect(renders.title).toBe(after.title + 1);
    expect(renders.names).toBe(after.names);

    // A change that leaves the selected names as they were keeps the component still.
    act(() => s().update(['parties', 0, 'orgNumber'], '212000-1553'));
    expect(renders.names).toBe(after.names);
    expect(names).toBe(kept);
    act(() => s().update(['parties', 0, 'organisation'], 'Åmåls kommun '));
    expect(text('#names')).toMatch(/^Åmåls kommun/);
    expect(renders.names).toBe(after.names + 1);
  });
});
