// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { useAfterPaint } from '../../../renderer/src/components/useAfterPaint';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
type Host = { remove(): void };
const doc = (globalThis as unknown as { document: { createElement(tag: 'div'): Host; body: { append(el: Host): void } } }).document;

describe('a plot beside a field follows the typing once the frame is painted (useAfterPaint)', () => {
  let host: Host;
  let root: Root;
  const shown: string[] = [];
  function Plot({ value }: { value: string }) {
    const later = useAfterPaint(value);
    shown.push(later);
    return null;
  }
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
    host = doc.createElement('div');
    doc.body.append(host);
    root = createRoot(host as unknown as Parameters<typeof createRoot>[0]);
    shown.length = 0;
  });
  afterEach(() => {
    act(() => root.unmount());
    host.remove();
    vi.useRealTimers();
  });

  it('shows the old value in the keystroke’s own render, and the new one after the next frame', () => {
    act(() => root.render(createElement(Plot, { value: '1' })));
    act(() => root.render(createElement(Plot, { value: '12' })));
    expect(shown.at(-1)).toBe('1');
    act(() => {
      vi.advanceTimersToNextFrame();
    });
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(shown.at(-1)).toBe('12');
  });

  it('lets a run of keys through before the frame, then shows the last value once', () => {
    act(() => root.render(createElement(Plot, { value: '1' })));
    for (const v of ['12', '123', '1234']) act(() => root.render(createElement(Plot, { value: v })));
    expect(shown.filter((v) => v !== '1')).toEqual([]);
    act(() => {
      vi.advanceTimersToNextFrame();
    });
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(shown.at(-1)).toBe('1234');
    expect(shown.filter((v) => v === '12' || v === '123')).toEqual([]);
  });
});
