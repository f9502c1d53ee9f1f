/** The wizard's steps in order. Ids are code names; labels live in labels.ts. */
export const STEP_IDS = [
  'parties',
  'project',
  'needs',
  'priorities',
  'targetGroup',
  'childRights',
  'goals',
  'activities',
  'collaboration',
  'budget',
  'socioEconomics',
  'followUp',
  'review',
] as const;

export type StepId = (typeof STEP_IDS)[number];

/** The top-level key of the application that each step edits (review edits nothing). */
export const STEP_ROOT: Record<StepId, string | null> = {
  parties: 'parties',
  project: 'project',
  needs: 'needs',
  priorities: 'priorities',
  targetGroup: 'targetGroup',
  childRights: 'childRights',
  goals: 'goals',
  activities: 'activities',
  collaboration: 'collaboration',
  budget: 'budget',
  socioEconomics: 'socioEconomics',
  followUp: 'followUp',
  review: null,
};

export function stepForPath(path: readonly (string | number)[]): StepId | null {
  const root = path[0];
  for (const id of STEP_IDS) if (STEP_ROOT[id] === root) return id;
  return null;
}
