import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { newApplication } from '../../../shared/model/new';
import { DEFAULT_PROGRAMME } from '../../../shared/program';
import { useStore, type Store } from '../../../renderer/src/store';
import type { PendingMerge } from '../../../renderer/src/store/mergeState';

const s = () => useStore.getState();
const root = join(__dirname, '../../..');

/** What belongs to the window rather than to a document, and so survives opening another one. */
const WINDOW_STATE = new Set<keyof Store>(['language', 'userName', 'actingFor', 'whoDismissed', 'panelOpen', 'announcement', 'dialog']);
/** What a document brings with it when it opens (the rest of its slice starts as a new window's does). */
const FROM_THE_DOCUMENT = new Set<keyof Store>(['app', 'openedApp', 'lastSavedContent', 'editSeq']);

function data(state: Store): Record<string, unknown> {
  return Object.fromEntries(Object.entries(state).filter(([, v]) => typeof v !== 'function'));
}

/** Leaves a mark on everything a slice holds about the document now open. */
function workOnIt() {
  s().update(['project', 'title'], 'Läsfrämjande i Tranemo');
  s().touch(['project', 'title']);
  s().setStrict(true);
  s().removeItem(['parties'], 1, 'Part 2');
  s().applyBatch([{ path: ['project', 'summary'], value: 'Klistrat' }], 'Inklistring av 1 cell');
  s().undoRemoval();
  s().goTo('budget', ['budget', 'costs']);
  s().setWhoEditing(true);
  s().setPartnerMerge({ fileName: 'partner.simansokan' } as PendingMerge);
  s().markSaved({ path: '/docs/tranemo.simansokan', mtimeMs: 5, savedAt: '2025-01-01T09:00:00Z' });
  s().update(['project', 'title'], 'Läsfrämjande i Tranemo kommun');
}

beforeEach(() => {
  s().openDocument({ app: newApplication(DEFAULT_PROGRAMME, new Date('2025-01-01T08:00:00Z')) });
});

describe('opening a document', () => {
  it('leaves nothing of the last one in any slice: every per-document value is as in a new window', () => {
    workOnIt();
    const next = newApplication(DEFAULT_PROGRAMME, new Date('2025-02-01T08:00:00Z'));
    s().openDocument({ app: next, file: { path: '/docs/other.simansokan', mtimeMs: 9 } });
    const fresh = data(useStore.getInitialState());
    const now = data(s());
    for (const key of Object.keys(fresh) as (keyof Store)[]) {
      if (WINDOW_STATE.has(key) || FROM_THE_DOCUMENT.has(key) || key === 'file') continue;
      expect(now[key], key).toEqual(fresh[key]);
    }
    expect(s().app).toBe(next);
    expect(s().openedApp).toBe(next);
    expect(s().file).toEqual({ path: '/docs/other.simansokan', mtimeMs: 9, readOnly: false, migratedFrom: null, readOnlyReason: null });
    expect(s().dirty).toBe(false);
    expect(s().undoRemoval()).toBeNull();
    expect(s().undoBatch()).toBeNull();
  });

  it('and closing one forgets it the same way', () => {
    workOnIt();
    s().closeDocument();
    const fresh = data(useStore.getInitialState());
    const now = data(s());
    for (const key of Object.keys(fresh) as (keyof Store)[]) {
      if (WINDOW_STATE.has(key) || key === 'editSeq') continue;
      expect(now[key], key).toEqual(fresh[key]);
    }
  });

  it('keeps what belongs to the window: language, who is working, the panel', () => {
    s().setLanguage('en');
    s().setIdentity({ userName: 'Anna', actingFor: { x: 'p1' } });
    s().setPanelOpen(true);
    s().openDocument({ app: newApplication(DEFAULT_PROGRAMME) });
    expect(s()).toMatchObject({ language: 'en', userName: 'Anna', actingFor: { x: 'p1' }, panelOpen: true });
    s().setLanguage('sv');
  });

  it('an undo remembered before it can never apply to the new document', () => {
    s().removeItem(['parties'], 0, 'Part 1');
    const seq = s().editSeq;
    s().openDocument({ app: newApplication(DEFAULT_PROGRAMME) });
    expect(s().editSeq).toBeGreaterThan(seq);
  });
});

describe('a finished save', () => {
  it('takes the written copy when nothing changed while writing', () => {
    const original = s().app!;
    const written = { ...original, updatedAt: '2025-01-01T09:00:00.000Z' };
    s().saveFinished({ original, written, path: '/docs/a.simansokan', mtimeMs: 3, savedAt: '2025-01-01T09:00:00Z' });
    expect(s().app).toBe(written);
    expect(s().dirty).toBe(false);
    expect(s().file).toMatchObject({ path: '/docs/a.simansokan', mtimeMs: 3, readOnly: false });
  });

  it('keeps edits made while writing, with the log entry just written, and stays unsaved', () => {
    const original = s().app!;
    const entry = { at: '2025-01-01T09:00:00.000Z', by: 'Anna', partyId: '', steps: ['project' as const] };
    const written = { ...original, workflow: { ...original.workflow, changeLog: [entry] } };
    s().update(['project', 'title'], 'Skrivet under sparandet');
    s().saveFinished({ original, written, path: '/docs/a.simansokan', mtimeMs: 3, savedAt: '2025-01-01T09:00:00Z' });
    expect(s().app!.project.title).toBe('Skrivet under sparandet');
    expect(s().app!.workflow.changeLog).toEqual([entry]);
    expect(s().dirty).toBe(true);
  });
});

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'node_modules') sources(p, out);
    } else if (/\.(ts|tsx)$/.test(name)) out.push(p);
  }
  return out;
}

describe('the store is changed only through its actions', () => {
  it('no code outside renderer/src/store, tests included, writes it with setState', () => {
    const store = join(root, 'renderer', 'src', 'store');
    const offenders = [join(root, 'renderer', 'src'), join(root, 'tests')]
      .flatMap((d) => sources(d))
      .filter((f) => !f.startsWith(store + '/') && f !== __filename)
      .filter((f) => /\.setState\s*\(/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(root, f));
    expect(offenders).toEqual([]);
  });
});
