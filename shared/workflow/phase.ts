import type { Application } from '../model/schema';

/**
 * Where the project is in its life, derived from the file, never stored: 'idea' while only the idea sketch's steps
 * (parties, project, need, priorities, target group, a rough budget) say anything; 'application' once any later step
 * does; 'decided' once the funder's decision is recorded; 'reports' once a follow-up report has been started.
 */
export const PHASES = ['idea', 'application', 'decided', 'reports'] as const;
export type Phase = (typeof PHASES)[number];

export function phaseOf(app: Application): Phase {
  if (app.lifecycle.decision) return app.lifecycle.reports.length > 0 ? 'reports' : 'decided';
  return beyondIdea(app) ? 'application' : 'idea';
}

const said = (s: string) => s.trim() !== '';

/** Whether any step after the idea sketch's has content: the child-rights texts, goals, activities and the rest. */
function beyondIdea(app: Application): boolean {
  const c = app.childRights;
  const b = c.bestInterests;
  if ([c.viewsBefore, c.viewsDuring, c.viewsAfter, c.feedback, ...Object.values(b)].some(said)) return true;
  if (c.articles.some((a) => said(a.how))) return true;
  const g = app.goals;
  if (said(g.purpose) || said(g.overallGoal) || g.overallIndicators.length > 0 || g.projectGoals.length > 0 || g.logicModel.length > 0) return true;
  if (app.activities.length > 0) return true;
  const co = app.collaboration;
  if (co.contributions.some((x) => said(x.text)) || said(co.steering) || said(co.workingGroups) || said(co.otherCollaborators)) return true;
  if (app.budget.financingLines.length > 0) return true;
  const s = app.socioEconomics;
  if (s.avoidedCosts.length > 0 || s.baselineRisk !== null || s.effect !== null) return true;
  const f = app.followUp;
  return [f.plan, f.evaluation, f.responsibilities, f.implementation, f.spreading].some(said) || f.risks.length > 0;
}
