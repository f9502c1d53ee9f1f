import type { Application } from '../model/schema';
import type { Programme } from '../program/schema';
import { RuleContext } from './context';
import type { Issue } from './types';
import { partiesRules } from './steps/parties';
import { projectRules } from './steps/project';
import { childRightsRules, prioritiesRules, targetGroupRules } from './steps/content';
import { goalsRules } from './steps/goals';
import { activitiesRules, collaborationRules } from './steps/activities';
import { budgetRules, socioEconomicsRules } from './steps/budget';
import { textRules } from './steps/texts';
import { invisibleCharacterRules } from './steps/invisible';
import { officerRules } from './steps/officer';
import { followUpRules } from './steps/follow-up';
import { STEP_IDS } from '../model/steps';

const RULES = [
  partiesRules,
  projectRules,
  prioritiesRules,
  targetGroupRules,
  childRightsRules,
  goalsRules,
  activitiesRules,
  collaborationRules,
  budgetRules,
  socioEconomicsRules,
  followUpRules,
  textRules,
  invisibleCharacterRules,
  officerRules,
];

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
