// @vitest-environment jsdom
/**
 * The application's export (review step) and the documents after it (idea sketch, change request) run through one
 * hook and show one outcome component: the same busy state, the same sentences in the same polite live region, the
 * same silence after a cancelled save dialog. main is a fake window.api whose answers the test decides.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, createElement, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { newApplication } from '../../../shared/model/new';
import { DEFAULT_PROGRAMME } from '../../../shared/program';
import { useStore } from '../../../renderer/src/store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// jsdom has no idle callbacks; the settled issues (store/derived.ts) wait for one after a paint.
const idle = globalThis as { requestIdleCallback?: (cb: () => void) => number; cancelIdleCallback?: (id: number) => void };
idle.requestIdleCallback ??= (cb) => setTimeout(cb, 0) as unknown as number;
idle.cancelIdleCallback ??= (id) => clearTimeout(id);

type El = { textContent: string | null; getAttribute(n: string): string | null; click(): void; querySelectorAll(s: string): ArrayLike<El> };
type Doc = { createElement(t: string): El & { remove(): void }; body: { appendChild(e: unknown): void } };
const doc = (globalThis as unknown as { document: Doc }).document;

// The Node type-check project compiles no JSX, so it must not follow an import into a .tsx file; vitest compiles them.
type Target = { kind: 'idea' } | { kind: 'report' | 'change'; id: string };
type Panels = { ExportPanel: () => ReactElement; LifecycleExport: (props: { target: Target }) => ReactElement };
const panelFiles = ['../../../renderer/src/steps/review/ExportPanel.tsx', '../../../renderer/src/lifecycle/LifecycleExport.tsx'];
const [{ ExportPanel }, { LifecycleExport }] = (await Promise.all(panelFiles.map((f) => import(/* @vite-ignore */ f)))) as [Panels, Panels];

/** Each call to an export channel waits until the test answers it. */
let pending: { channel: string; request: unknown; answer: (r: unknown) => void; fail: (e: unknown) => void }[] = [];
const fakeApi = new Proxy(
  {},
  {
    get: (_t, channel: string) => (request: unknown) =>
      new Promise((answer, fail) => {
        pending.push({ channel, request, answer, fail });
      }),
  },
);

let container: ReturnType<Doc['createElement']>;
let root: Root;
beforeEach(() => {
  pending = [];
  (globalThis as unknown as { api: unknown }).api = fakeApi;
  useStore.getState().openDocument({ app: newApplication(DEFAULT_PROGRAMME, new Date('2025-01-01T08:00:00Z')) });
  useStore.getState().setLanguage('sv');
  container = doc.createElement('div');
  doc.body.appendChild(container);
  root = createRoot(container as unknown as Parameters<typeof createRoot>[0]);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const panels: { name: string; element: () => ReactElement; testId: string; button: string; channel: string }[] = [
  { name: 'the application (review step)', element: () => createElement(ExportPanel), testId: 'export-outcome', button: 'Exportera utkast', channel: 'exportDocx' },
  { name: 'the idea sketch', element: () => createElement(LifecycleExport, { target: { kind: 'idea' } }), testId: 'idea-export-outcome', button: 'Exportera idéskiss (DOCX)', channel: 'exportIdea' },
];

const buttons = () => Array.from(container.querySelectorAll('button'));
const busy = (b: El) => b.getAttribute('aria-disabled') === 'true';
const button = (name: string) => {
  const b = buttons().find((x) => x.textContent === name);
  if (!b) throw new Error(`no button ${name}: ${buttons().map((x) => x.textContent).join(', ')}`);
  return b;
};
const region = (testId: string) => {
  const r = Array.from(container.querySelectorAll(`[data-testid="${testId}"]`))[0];
  if (!r) throw new Error(`no ${testId}`);
  return r;
};
async function answer(response: unknown, fail = false) {
  const call = pending.shift();
  if (!call) throw new Error('no export was asked for');
  await act(async () => {
    if (fail) call.fail(response);
    else call.answer(response);
    await Promise.resolve();
  });
}

describe.each(panels)('the export of $name', ({ element, testId, button: name, channel }) => {
  it('keeps its buttons busy while main works, then says where the document was saved, in a polite live region', async () => {
    act(() => root.render(element()));
    expect(region(testId).getAttribute('aria-live')).toBe('polite');
    act(() => button(name).click());
    expect(pending.map((p) => p.channel)).toEqual([channel]);
    expect(region(testId).textContent).toBe('Exporterar …');
    expect(buttons().every(busy)).toBe(true);
    // Busy buttons keep the keyboard focus (aria-disabled, not disabled); a second click asks for nothing more.
    expect(buttons().some((b) => b.getAttribute('disabled') !== null)).toBe(false);
    act(() => button(name).click());
    expect(pending).toHaveLength(1);
    await answer({ status: 'exported', path: '/hem/Utkast.docx' });
    expect(region(testId).textContent).toBe('Dokumentet är sparat: /hem/Utkast.docx');
    expect(buttons().some(busy)).toBe(false);
  });

  it('says nothing after a cancelled save dialog, one sentence in the user language for a failure', async () => {
    act(() => root.render(element()));
    act(() => button(name).click());
    await answer({ status: 'cancelled' });
    expect(region(testId).textContent).toBe('');
    expect(buttons().some(busy)).toBe(false);

    act(() => useStore.getState().setLanguage('en'));
    const english = buttons()[buttons().length - 1]!;
    act(() => english.click());
    await answer({ status: 'error', message: { sv: 'Disken är full.', en: 'The disk is full.' } });
    expect(region(testId).textContent).toBe('The export failed: The disk is full.');

    act(() => english.click());
    await answer(new Error('the bridge went away'), true);
    expect(region(testId).textContent).toBe('The export failed: the bridge went away');
    expect(buttons().some(busy)).toBe(false);
  });
});

describe('a signed export', () => {
  it('of the application makes what is still empty an error, and lists what main refused it for as links to the fields', async () => {
    act(() => root.render(createElement(ExportPanel)));
    expect(useStore.getState().strict).toBe(false);
    act(() => button('Exportera för underskrift').click());
    expect(useStore.getState().strict).toBe(true);
    expect(pending[0]!.request).toMatchObject({ draft: false });
    const issue = { id: 'parties.organisation:0', severity: 'error', step: 'parties', path: ['parties', 0, 'organisation'], message: 'required', params: {} };
    await answer({ status: 'refused', issues: [issue] });
    const text = region('export-outcome').textContent ?? '';
    expect(text).toContain('Ansökan kan inte exporteras för underskrift förrän de här felen är åtgärdade:');
    expect(Array.from(region('export-outcome').querySelectorAll('a'))).toHaveLength(1);
  });

  it('of a change request says how many things remain, each a link to its field', async () => {
    act(() => root.render(createElement(LifecycleExport, { target: { kind: 'change', id: 'c1' } })));
    act(() => button('Exportera för underskrift').click());
    expect(pending[0]).toMatchObject({ channel: 'exportChange', request: { changeRequestId: 'c1', draft: false } });
    const issue = (n: number) => ({ id: `r${n}`, severity: 'error', step: 'changeRequest', path: ['lifecycle', 'changeRequests', 0, 'reason', n], message: 'required', params: {} });
    await answer({ status: 'refused', issues: [issue(0), issue(1)] });
    expect(region('change-export-outcome').textContent).toContain('Det kan inte exporteras för underskrift: 2 saker återstår.');
    const links = Array.from(region('change-export-outcome').querySelectorAll('a'));
    expect(links.map((a) => a.textContent)).toEqual(['Fyll i det här fältet.', 'Fyll i det här fältet.']);
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['#f-lifecycle-changeRequests-0-reason-0', '#f-lifecycle-changeRequests-0-reason-1']);
  });
});
