import { swedishDate } from '../../model/dates';
import type { RuleContext } from '../context';

/**
 * The questions a case officer raises on reading an application whose every field is filled in: both principals
 * working in the project, not only paying for it; one count of the children reached; a project that has not started
 * before it is applied for.
 */
export function officerRules(ctx: RuleContext): void {
  principalsInActivities(ctx);
  reachAgrees(ctx);
  startsAfterApplication(ctx);
}

function principalsInActivities(ctx: RuleContext): void {
  const { activities, parties } = ctx.app;
  // With no activities at all the activities step already reports an error.
  if (activities.length === 0) return;
  const responsible = new Set(activities.map((a) => a.responsiblePartyId));
  parties.forEach((party, i) => {
    if (!ctx.isPrincipal(party) || responsible.has(party.id)) return;
    ctx.warn('officer.principalNoActivity', ['activities'], ctx.partyParams(party, i), party.id);
  });
}

function reachAgrees(ctx: RuleContext): void {
  const target = ctx.app.targetGroup.childrenReached;
  const calc = ctx.app.socioEconomics.peopleReached.reduce((a, b) => a + b, 0);
  if (target === null || calc === 0 || calc === target) return;
  ctx.warn('officer.reachMismatch', ['socioEconomics', 'peopleReached'], { calc, target });
}

/**
 * The application's date is the day it is sent, which the document prints on its cover as the day of export. The
 * rules have no clock (they are a pure function of the file, the same in the wizard, the CLI and the export), so the
 * day it was last saved stands for it: an export never comes earlier, so the warning is never raised wrongly.
 */
function startsAfterApplication(ctx: RuleContext): void {
  const { startDate } = ctx.app.project;
  const saved = new Date(ctx.app.updatedAt);
  if (startDate === '' || Number.isNaN(saved.getTime())) return;
  const date = swedishDate(saved);
  if (startDate < date) ctx.warn('officer.startsBeforeApplication', ['project', 'startDate'], { start: startDate, date });
}
