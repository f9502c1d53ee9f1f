import { largestAvoidedCost, SOCIO_MAX_KRONOR } from '../../finance/socio-bounds';
import { budgetTotals, budgetYearCount } from '../../finance/totals';
import type { CostLine, FinancingLine } from '../../model/schema';
import { isBlank } from '../checks';
import { partyShareRules, socioPlanRules, valuationRules } from './budget-plan';
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

export function socioEconomicsRules(ctx: RuleContext): void {
  socioPlanRules(ctx);
  ctx.app.socioEconomics.avoidedCosts.forEach((c, i) => {
    if (isBlank(c.source)) ctx.warn('socioEconomics.noSource', ['socioEconomics', 'avoidedCosts', i, 'source'], { label: c.label.trim() }, c.id);
  });
  const largest = largestAvoidedCost({ ...ctx.app.socioEconomics, budgetYears: budgetYearCount(ctx.app) });
  if (largest > SOCIO_MAX_KRONOR) {
    ctx.error('socioEconomics.outOfRange', ['socioEconomics', 'avoidedCosts'], { avoidedKr: Math.round(largest), maxKr: SOCIO_MAX_KRONOR });
  }
}
