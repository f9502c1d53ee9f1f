import type { Application } from '../model/schema';
import type { Programme } from '../program/schema';
import { RuleContext } from './context';
import type { Issue } from './types';
import { partiesRules } from './steps/parties';
import { projectRules } from './steps/project';
import { prioritiesRules } from './steps/priorities';
import { targetGroupRules } from './steps/target-group';
import { childRightsRules } from './steps/child-rights';
import { goalsRules } from './steps/goals';
import { activitiesRules } from './steps/activities';
import { collaborationRules } from './steps/collaboration';
import { budgetRules } from './steps/budget';
import { socioEconomicsRules } from './steps/socio-economics';
import { followUpRules } from './steps/follow-up';
import { textRules } from './cross-step/programme-texts';
import { invisibleCharacterRules } from './cross-step/invisible-characters';
import { officerRules } from './cross-step/officer';
import { STEP_IDS, type StepId } from '../model/steps';

type Rule = (ctx: RuleContext) => void;

/**
 * Each step's rules, one file per step in steps/ named after the step. Keyed by StepId, so a new step does not
 * compile until it says which rules it has (none: the programme's required texts cover Behovsanalys, and Granska
 * edits nothing).
 */
export const STEP_RULES: Record<StepId, readonly Rule[]> = {
  parties: [partiesRules],
  project: [projectRules],
  needs: [],
  priorities: [prioritiesRules],
  targetGroup: [targetGroupRules],
  childRights: [childRightsRules],
  goals: [goalsRules],
  activities: [activitiesRules],
  collaboration: [collaborationRules],
  budget: [budgetRules],
  socioEconomics: [socioEconomicsRules],
  followUp: [followUpRules],
  review: [],
};

/** Rules about the whole application, each filing its issues under the step of the field they concern. */
const CROSS_STEP_RULES: readonly Rule[] = [textRules, invisibleCharacterRules, officerRules];

const RULES: readonly Rule[] = [...STEP_IDS.flatMap((id) => STEP_RULES[id]), ...CROSS_STEP_RULES];

const STEP_ORDER = new Map(STEP_IDS.map((s, i) => [s, i]));

/**
 * Every issue in an application against a programme, in wizard order (errors before warnings within a step).
 * Runs after every edit: each rule is a linear pass over its part of the application.
 */
export function validate(app: Application, programme: Programme): Issue[] {
  const ctx = new RuleContext(app, programme);
  for (const rule of RULES) rule(ctx);
  // A stable sort keeps each rule's own order (document order) inside a step.
  return ctx.issues.sort(
    (a, b) => STEP_ORDER.get(a.step)! - STEP_ORDER.get(b.step)! || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1),
  );
}

/** True when something blocks the signature-ready export. */
export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}
