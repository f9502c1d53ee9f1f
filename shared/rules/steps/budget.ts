import { budgetTotals } from '../../finance/totals';
import type { CostLine, FinancingLine } from '../../model/schema';
import type { BudgetTotals } from '../../finance/totals';
import { needsValuation, valuationMismatches, valuationAmount } from '../../finance/valuation';
import { isBlank } from '../checks';
import type { PathOf, RuleContext } from '../context';

function amountChecks(ctx: RuleContext, line: CostLine | FinancingLine, base: PathOf<CostLine | FinancingLine>): void {
  let any = false;
  let beyond = -1;
  line.amounts.forEach((a, y) => {
    if (a === 0) return;
    any = true;
    if (ctx.projectYearCount > 0 && y >= ctx.projectYearCount && beyond < 0) beyond = y;
  });
  if (!any) ctx.warn('budget.lineEmpty', base, {}, line.id);
  else if (beyond >= 0)
    ctx.warn('budget.beyondYears', [...base, 'amounts', beyond], { year: beyond + 1, years: ctx.projectYearCount }, line.id);
}

function partyRef(ctx: RuleContext, partyId: string, path: PathOf<string>, subject: string): void {
  if (partyId === '') ctx.error('required', path, {}, subject);
  else if (!ctx.partyIndex.has(partyId)) ctx.error('unknownParty', path, {}, subject);
}

export function budgetRules(ctx: RuleContext): void {
  const { app, programme } = ctx;
  const { costLines, financingLines } = app.budget;

  costLines.forEach((line, i) => {
    const base = ['budget', 'costLines', i] as const;
    partyRef(ctx, line.partyId, [...base, 'partyId'], line.id);
    if (isBlank(line.description)) ctx.error('required', [...base, 'description'], {}, line.id);
    amountChecks(ctx, line, base);
  });
  financingLines.forEach((line, i) => {
    const base = ['budget', 'financingLines', i] as const;
    if (line.source === 'party') partyRef(ctx, line.partyId, [...base, 'partyId'], line.id);
    if (line.source !== 'party' && line.kind === 'inKind') ctx.error('budget.externalInKind', [...base, 'kind'], {}, line.id);
    amountChecks(ctx, line, base);
  });

  valuationRules(ctx);
  const t = budgetTotals(app);
  partyShareRules(ctx, t);
  if (t.costTotal === 0) ctx.error('budget.noCosts', ['budget', 'costLines']);
  t.balanceByYear.forEach((diff, y) => {
    if (diff === 0) return;
    ctx.error(
      'budget.unbalanced',
      ['budget', 'financingLines'],
      { year: y + 1, financingKr: t.financingByYear[y]!, costsKr: t.costByYear[y]!, differenceKr: Math.abs(diff) },
      `year${y + 1}`,
    );
  });
  app.parties.forEach((party, i) => {
    if (ctx.isPrincipal(party) && !(t.parties[party.id]!.total > 0))
      ctx.error('budget.partyNoContribution', ['budget', 'financingLines'], ctx.partyParams(party, i), party.id);
  });
  if (t.simTotal === 0) ctx.error('budget.noSim', ['budget', 'financingLines']);
  const cap = programme.fundShareCapPercent;
  // Compare in whole numbers so 50 % of an odd total is not lost to rounding.
  if (cap !== null && t.costTotal > 0 && t.simTotal * 100 > cap * t.costTotal) {
    const share = Math.round((t.simTotal / t.costTotal) * 1000) / 10;
    ctx.error('budget.fundShareCap', ['budget', 'financingLines'], { share, cap });
  }
}

/** Staff time must say how it is valued, and its amounts must be what the valuation gives. */
function valuationRules(ctx: RuleContext): void {
  ctx.app.budget.costLines.forEach((line, i) => {
    const base = ['budget', 'costLines', i, 'valuation'] as const;
    const v = line.valuation;
    if (!v) {
      if (needsValuation(line)) ctx.error('budget.valuationMissing', base, {}, line.id);
      return;
    }
    if (v.rate === 0) ctx.error('required', [...base, 'rate'], {}, line.id);
    if (!v.quantities.some((q) => q > 0)) ctx.error('required', [...base, 'quantities'], {}, line.id);
    for (const y of valuationMismatches(line))
      ctx.error('budget.valuationMismatch', ['budget', 'costLines', i, 'amounts', y], { year: y + 1, amountKr: line.amounts[y] ?? 0, computedKr: valuationAmount(v, y) }, line.id);
  });
}

/**
 * Per party and year: the SIM money that pays its costs stays within its cash costs, and its staff time as
 * financing equals its staff time as cost (DOMAIN.md: budget).
 */
function partyShareRules(ctx: RuleContext, t: BudgetTotals): void {
  ctx.app.budget.financingLines.forEach((line, i) => {
    if (line.source !== 'sim') return;
    const path = ['budget', 'financingLines', i, 'partyId'] as const;
    if (line.partyId === '') ctx.error('budget.simParty', path, {}, line.id);
    else if (!ctx.partyIndex.has(line.partyId)) ctx.error('unknownParty', path, {}, line.id);
  });
  ctx.app.parties.forEach((party, i) => {
    const cost = t.costByParty[party.id];
    const fin = t.parties[party.id];
    const sim = t.simByParty[party.id];
    if (!cost || !fin || !sim) return;
    for (let y = 0; y < t.years; y++) {
      const simKr = sim[y] ?? 0;
      const cashKr = cost.cash[y] ?? 0;
      if (simKr > cashKr)
        ctx.error('budget.simExceedsCosts', ['budget', 'financingLines'], { ...ctx.partyParams(party, i), year: y + 1, simKr, costsKr: cashKr }, `${party.id}.y${y + 1}`);
      const financingKr = fin.inKind[y] ?? 0;
      const costsKr = cost.inKind[y] ?? 0;
      if (financingKr !== costsKr)
        ctx.error('budget.inKindMismatch', ['budget', 'financingLines'], { ...ctx.partyParams(party, i), year: y + 1, financingKr, costsKr }, `${party.id}.y${y + 1}`);
    }
  });
}
