import { useMemo } from 'react';
import { createStore, useStore as useVanillaStore } from 'zustand';
import type { Application } from '../../../shared/model/schema';
import type { Lang } from '../../../shared/model/labels';
import { getProgramme, DEFAULT_PROGRAMME, type Programme } from '../../../shared/program';
import { validate, completeness, formatIssue } from '../../../shared/rules';
import type { Issue } from '../../../shared/rules/types';
import { budgetTotals, type BudgetTotals } from '../../../shared/finance/totals';
import { useStore } from './index';
import { pathKey, type Path } from './paths';
import { mayShowProblem } from './attention';
import { useQuiet } from './quiet';
import { lifecycleIssueText, lifecycleIssuesOf } from './lifecycle-issues';
import type { ReportIssue } from '../../../shared/rules';

/**
 * Validation and completeness run on the application as it was when typing settled, never on each
 * keystroke: `settled` points at the last application that sat unchanged for SETTLE_MS. Everything below
 * is derived from it with memoised functions; nothing derived is stored.
 */
export const SETTLE_MS = 300;

export const settledStore = createStore<{ app: Application | null }>(() => ({ app: null }));

let cancelPending = () => {};
useStore.subscribe((s, prev) => {
  if (s.app === prev.app) return;
  cancelPending();
  const settle = () => settledStore.setState({ app: useStore.getState().app });
  if (!s.app) settle();
  // A newly opened document is checked once its first frame is painted and the window has nothing more urgent
  // to do (a click, a key): the form first, then its errors.
  else if (!prev.app || s.app.id !== prev.app.id) cancelPending = afterNextPaintWhenIdle(settle);
  else {
    const timer = setTimeout(settle, SETTLE_MS);
    cancelPending = () => clearTimeout(timer);
  }
});

/** Runs `fn` in idle time after the next frame (at most OPEN_CHECK_WAIT_MS after it); returns a cancel. */
function afterNextPaintWhenIdle(fn: () => void): () => void {
  let idle: number | undefined;
  const frame = requestAnimationFrame(() => (idle = requestIdleCallback(fn, { timeout: OPEN_CHECK_WAIT_MS })));
  return () => {
    cancelAnimationFrame(frame);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}

const OPEN_CHECK_WAIT_MS = 200;

export function programmeOf(app: Pick<Application, 'programme'> | null): Programme {
  return (app && getProgramme(app.programme.id)) || DEFAULT_PROGRAMME;
}

/** Memoises a function of one object argument by identity; old entries go with their objects. */
function memoByIdentity<A extends object, R>(fn: (a: A) => R): (a: A) => R {
  const cache = new WeakMap<A, R>();
  return (a) => {
    let r = cache.get(a);
    if (r === undefined && !cache.has(a)) {
      r = fn(a);
      cache.set(a, r);
    }
    return r as R;
  };
}

export const issuesOf = memoByIdentity((app: Application): Issue[] => validate(app, programmeOf(app)));
// Completeness reuses the memoised issues rather than validating a second time.
export const completenessOf = memoByIdentity((app: Application) => completeness(app, programmeOf(app), issuesOf(app)));

export type IssueCounts = { errors: number; warnings: number };
const countsOf = memoByIdentity((issues: Issue[]) => {
  const byStep = new Map<string, IssueCounts>();
  const total: IssueCounts = { errors: 0, warnings: 0 };
  for (const i of issues) {
    const c = byStep.get(i.step) ?? { errors: 0, warnings: 0 };
    if (i.severity === 'error') { c.errors++; total.errors++; }
    else { c.warnings++; total.warnings++; }
    byStep.set(i.step, c);
  }
  return { byStep, total };
});

const byPathOf = memoByIdentity((issues: Issue[]) => {
  const map = new Map<string, Issue[]>();
  for (const i of issues) {
    const k = pathKey(i.path);
    map.set(k, [...(map.get(k) ?? []), i]);
  }
  return map;
});

const EMPTY: Issue[] = [];

export function useIssues(): Issue[] {
  return useVanillaStore(settledStore, (s) => (s.app ? issuesOf(s.app) : EMPTY));
}

export function useIssueCounts(step?: string): IssueCounts {
  const issues = useIssues();
  const { byStep, total } = countsOf(issues);
  return step ? (byStep.get(step) ?? { errors: 0, warnings: 0 }) : total;
}

/**
 * The rule messages about exactly this field that are due to be shown, joined, or '' when there are none. A string
 * so the field re-renders only when what it says changes. A wrong value shows once the field has been left (or came
 * from the file); an empty required field says nothing until the user asks to export for signing (`strict`).
 */
export function useFieldIssueText(path: Path, lang: Lang): { text: string; severity: 'error' | 'warning' | null } {
  const key = pathKey(path);
  // One subscription for both facts, to the quiet mirror: attention never changes while someone types.
  const attention = useQuiet((s) => (s.strict ? 2 : mayShowProblem(s, path, key) ? 1 : 0));
  const strict = attention === 2;
  const mayShow = attention > 0;
  // The follow-up (decision, reports, change requests) has rules of its own, shown in its fields the same way.
  const followUp = path[0] === 'lifecycle';
  const shown = (s: { app: Application | null }) => {
    const found = s.app ? (followUp ? lifecycleIssuesOf(s.app).byPath : byPathOf(issuesOf(s.app))).get(key) : undefined;
    return found?.filter((i) => (i.missing ? strict : mayShow));
  };
  const text = useVanillaStore(settledStore, (s) => {
    const found = shown(s);
    return found?.length ? found.map((i) => (followUp ? lifecycleIssueText(i as ReportIssue, lang) : formatIssue(i as Issue, lang))).join(' ') : '';
  });
  const severity = useVanillaStore(settledStore, (s) => {
    const found = shown(s);
    if (!found?.length) return null;
    return found.some((i) => i.severity === 'error') ? 'error' : 'warning';
  });
  return { text, severity };
}

export type PresentedIssues = {
  /** Wrong values the user has had the chance to see, and (when strict) everything. */
  problems: Issue[];
  /** Not filled in yet: listed calmly as work to do. Empty when strict (then they are problems). */
  todo: Issue[];
};

let lastPresented: { issues: Issue[]; strict: boolean; touched: object; openedApp: unknown; out: PresentedIssues } | null = null;

/** The split for the current issues and attention state; one cached result serves every component that asks. */
function presentedOf(issues: Issue[], att: Parameters<typeof mayShowProblem>[0]): PresentedIssues {
  const l = lastPresented;
  if (l && l.issues === issues && l.strict === att.strict && l.touched === att.touched && l.openedApp === att.openedApp) return l.out;
  const out: PresentedIssues = { problems: [], todo: [] };
  for (const i of issues) {
    if (i.missing && !att.strict) out.todo.push(i);
    else if (i.missing || mayShowProblem(att, i.path)) out.problems.push(i);
  }
  lastPresented = { issues, ...att, out };
  return out;
}

/**
 * The issues split the way the panel and the step list show them. Recomputed only when the settled issues or the
 * attention state change, so a keystroke that changes neither costs nothing.
 */
export function usePresentedIssues(): PresentedIssues {
  const issues = useIssues();
  const strict = useQuiet((s) => s.strict);
  const touched = useQuiet((s) => s.touched);
  const openedApp = useQuiet((s) => s.openedApp);
  return presentedOf(issues, { strict, touched, openedApp });
}

export type PresentedCounts = IssueCounts & { todo: number };

const countPresented = memoByIdentity((p: PresentedIssues) => {
  const byStep = new Map<string, PresentedCounts>();
  const total: PresentedCounts = { errors: 0, warnings: 0, todo: 0 };
  const at = (step: string) => {
    let c = byStep.get(step);
    if (!c) byStep.set(step, (c = { errors: 0, warnings: 0, todo: 0 }));
    return c;
  };
  for (const i of p.problems) {
    const c = at(i.step);
    if (i.severity === 'error') { c.errors++; total.errors++; }
    else { c.warnings++; total.warnings++; }
  }
  for (const i of p.todo) { at(i.step).todo++; total.todo++; }
  return { byStep, total };
});

const NO_COUNTS: PresentedCounts = { errors: 0, warnings: 0, todo: 0 };

/** Errors, warnings and things to do, for one step or all, as presented (see usePresentedIssues). */
export function usePresentedCounts(step?: string): PresentedCounts {
  const { byStep, total } = countPresented(usePresentedIssues());
  return step ? (byStep.get(step) ?? NO_COUNTS) : total;
}

export function useCompleteness(): ReturnType<typeof completeness> | null {
  return useVanillaStore(settledStore, (s) => (s.app ? completenessOf(s.app) : null));
}

export function useProgramme(): Programme {
  const id = useQuiet((s) => s.programmeId);
  return useMemo(() => (id && getProgramme(id)) || DEFAULT_PROGRAMME, [id]);
}

/** Budget totals stay live while typing amounts: they depend only on the budget, parties and dates. */
export function useBudgetTotals(): BudgetTotals | null {
  const budget = useStore((s) => s.app?.budget);
  const parties = useStore((s) => s.app?.parties);
  const start = useStore((s) => s.app?.project.startDate);
  const end = useStore((s) => s.app?.project.endDate);
  return useMemo(
    () => (budget && parties ? budgetTotals({ budget, parties, project: { startDate: start ?? '', endDate: end ?? '' } }) : null),
    [budget, parties, start, end],
  );
}
