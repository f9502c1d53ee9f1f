import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { STEP_IDS, type StepId } from '../../../shared/model/steps';

type Loader = () => Promise<{ default: ComponentType }>;

/**
 * One lazily loaded module per step, so the first screen loads only the shell. A step's folder has an
 * `index.tsx` whose default export is the step's form, taking no props (see renderer/README.md).
 */
const LOADERS: Record<StepId, Loader> = {
  parties: () => import('./parties'),
  project: () => import('./project'),
  needs: () => import('./needs'),
  priorities: () => import('./priorities'),
  targetGroup: () => import('./targetGroup'),
  childRights: () => import('./childRights'),
  goals: () => import('./goals'),
  activities: () => import('./activities'),
  collaboration: () => import('./collaboration'),
  budget: () => import('./budget'),
  socioEconomics: () => import('./socioEconomics'),
  followUp: () => import('./followUp'),
  review: () => import('./review'),
};

const loaded: Partial<Record<StepId, ComponentType>> = {};
const loading: Partial<Record<StepId, Promise<unknown>>> = {};

function load(step: StepId): Promise<{ default: ComponentType }> {
  return LOADERS[step]().then((m) => {
    loaded[step] = m.default;
    return m;
  });
}

const LAZY = Object.fromEntries(STEP_IDS.map((id) => [id, lazy(() => load(id))])) as Record<StepId, LazyExoticComponent<ComponentType>>;

/**
 * The step's form: the module itself once its code is here, so showing it never suspends. (React holds a
 * suspended boundary's content back for about 300 ms, which would be felt on every step change.)
 */
export function stepComponent(step: StepId): ComponentType {
  return loaded[step] ?? LAZY[step];
}

/**
 * Fetches a step's code ahead of need: the first step while the start screen shows or a file is being
 * read, the others in idle time once the wizard is up. Failures are left to the real load to report.
 */
export function preloadStep(step: StepId | undefined): Promise<unknown> {
  if (!step) return Promise.resolve();
  loading[step] ??= load(step).catch(() => {
    delete loading[step];
  });
  return loading[step]!;
}

/**
 * Fetches every step's code, one at a time, when the window has nothing else to do and nobody has typed or clicked
 * for a moment: a step's stylesheet arriving restyles the whole page, which a keystroke should not wait behind.
 */
export function preloadAllSteps(): void {
  const queue = STEP_IDS.filter((s) => !loaded[s]);
  const next = () => {
    const waited = performance.now() - lastInput;
    if (waited < QUIET_MS) return void setTimeout(() => idle(next), QUIET_MS - waited);
    const step = queue.shift();
    if (!step) return;
    void preloadStep(step).then(() => idle(next));
  };
  idle(next);
}

const QUIET_MS = 1500;
let lastInput = -Infinity;
if (typeof window !== 'undefined') {
  for (const type of ['keydown', 'pointerdown'] as const) window.addEventListener(type, () => (lastInput = performance.now()), { capture: true, passive: true });
}

function idle(fn: () => void) {
  if ('requestIdleCallback' in window) window.requestIdleCallback(fn, { timeout: 2000 });
  else setTimeout(fn, 50);
}
