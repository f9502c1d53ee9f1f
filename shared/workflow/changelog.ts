import { deepEqual } from '../merge/merge';
import { LIMITS } from '../model/limits';
import { contentOf, type Application, type ApplicationContent } from '../model/schema';
import { stepContent, WORK_STEPS, type WorkStep } from './steps';
import type { Who } from './approvals';

/** Steps whose content differs between two versions. */
export function changedSteps(before: ApplicationContent, after: ApplicationContent): WorkStep[] {
  return WORK_STEPS.filter((s) => !deepEqual(stepContent(before, s), stepContent(after, s)));
}

/**
 * Adds "who changed which steps" to the log at a save, against the content as it was last saved or opened.
 * Nothing changed, nothing logged. The log keeps the newest LIMITS.changeLog entries.
 */
export function recordSave(app: Application, lastSaved: ApplicationContent | null, who: Who | null, now: Date): Application {
  const steps = lastSaved ? changedSteps(lastSaved, contentOf(app)) : [];
  if (lastSaved && steps.length === 0) return app;
  const entry = { at: now.toISOString(), partyId: who?.partyId ?? '', by: who?.by ?? '', steps };
  const changeLog = [...app.workflow.changeLog, entry].slice(-LIMITS.changeLog);
  return { ...app, workflow: { ...app.workflow, changeLog } };
}
