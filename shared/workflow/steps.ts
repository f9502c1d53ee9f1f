import type { Application, ApplicationContent } from '../model/schema';
import { STEP_IDS, type StepId } from '../model/steps';

/** Steps a party can answer for and mark "Klar": every step but the review. */
export const WORK_STEPS = STEP_IDS.filter((s): s is Exclude<StepId, 'review'> => s !== 'review');
export type WorkStep = (typeof WORK_STEPS)[number];

/** The part of the content a step edits. */
export function stepContent(content: ApplicationContent | Application, step: WorkStep): unknown {
  return content[step];
}
