import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { StepId } from '../../../shared/model/steps';

/**
 * One lazily loaded module per step, so the first screen loads only the shell. A step's folder has an
 * `index.tsx` whose default export is the step's form, taking no props (see renderer/README.md).
 */
export const STEP_COMPONENTS: Record<StepId, LazyExoticComponent<ComponentType>> = {
  parties: lazy(() => import('./parties')),
  project: lazy(() => import('./project')),
  needs: lazy(() => import('./needs')),
  priorities: lazy(() => import('./priorities')),
  targetGroup: lazy(() => import('./targetGroup')),
  childRights: lazy(() => import('./childRights')),
  goals: lazy(() => import('./goals')),
  activities: lazy(() => import('./activities')),
  collaboration: lazy(() => import('./collaboration')),
  budget: lazy(() => import('./budget')),
  socioEconomics: lazy(() => import('./socioEconomics')),
  followUp: lazy(() => import('./followUp')),
  review: lazy(() => import('./review')),
};
