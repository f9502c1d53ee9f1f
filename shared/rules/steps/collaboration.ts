import { isBlank } from '../checks';
import type { RuleContext } from '../context';

export function collaborationRules(ctx: RuleContext): void {
  const { contributions } = ctx.app.collaboration;
  const byParty = new Map<string, number>();
  contributions.forEach((c, i) => {
    if (!ctx.partyIndex.has(c.partyId)) ctx.warn('unknownParty', ['collaboration', 'contributions', i, 'partyId'], {}, c.partyId);
    else if (!byParty.has(c.partyId)) byParty.set(c.partyId, i);
  });
  ctx.app.parties.forEach((party, pi) => {
    if (!ctx.isPrincipal(party)) return;
    const i = byParty.get(party.id);
    if (i !== undefined && !isBlank(contributions[i]!.text)) return;
    const path = i === undefined ? ['collaboration', 'contributions'] as const : ['collaboration', 'contributions', i, 'text'] as const;
    ctx.error('collaboration.contributionMissing', path, ctx.partyParams(party, pi), party.id);
  });
}
