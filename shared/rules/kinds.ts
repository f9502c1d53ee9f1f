import type { RuleMessageKey } from './messages';

/**
 * Messages that say something is not there yet (a blank field, a list with nothing in it, a step not begun),
 * as opposed to a value that is there and wrong. The rules are equally strict about both; the forms present
 * the first as work still to do and only the second as a mistake, since empty is not wrong until it is time to sign.
 */
const MISSING: ReadonlySet<RuleMessageKey> = new Set<RuleMessageKey>([
  'required',
  'parties.noOwner',
  'parties.noKommun',
  'parties.noRegion',
  'project.noMunicipality',
  'priorities.none',
  'targetGroup.childrenReached',
  'childRights.articleMissing',
  'childRights.viewsMissing',
  'childRights.viewsPhase',
  'goals.noCompleteChain',
  'goals.rowIncomplete',
  'goals.goalUnlinked',
  'activities.none',
  'collaboration.contributionMissing',
  'budget.noCosts',
  'budget.noSim',
  'budget.partyNoContribution',
  'budget.lineEmpty',
  'goals.rowNoIndicator',
  'goals.indicatorLevel',
  'goals.indicatorFollowUp',
  'goals.overallNoIndicator',
  'budget.valuationMissing',
  'budget.simParty',
  'socioEconomics.sourceMissing',
  'socioEconomics.priceBaseYear',
  'socioEconomics.rangeMissing',
  'followUp.noRisks',
]);

/** True when the message reports something still to be filled in rather than a wrong value. */
export function isMissingMessage(message: string): boolean {
  return MISSING.has(message as RuleMessageKey);
}
