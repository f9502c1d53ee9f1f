import { formatKronor, formatPercent } from '../../finance';
import { COST_CATEGORIES, type CostCategory, type ContributionKind } from '../../model/schema';
import { dataTable, heading3, para, type CellSpec } from '../elements';
import { categoryName } from '../sections/budget';
import { STYLE } from '../styles';
import type { Wml } from '../wml';
import type { ReportContext } from './context';

export type CostGroup = { partyId: string; category: CostCategory; kind: ContributionKind; budget: number; outcome: number };
export type CostYear = { index: number; groups: CostGroup[]; budget: number; outcome: number };

/**
 * Budget against outcome per project year, party, category and kind, from the decided cost lines and the report's
 * outcomes per line and year (each outcome follows its line's party, category and kind).
 */
export function costsAgainstBudget(ctx: ReportContext): CostYear[] {
  const lines = ctx.app.budget.costLines;
  const years = Math.max(ctx.totals.years, ...ctx.report.outcomes.map((o) => o.amounts.length));
  const byLine = new Map(lines.map((l) => [l.id, l]));
  const out: CostYear[] = Array.from({ length: years }, (_, index) => ({ index, groups: [], budget: 0, outcome: 0 }));
  const keyed = out.map(() => new Map<string, CostGroup>());
  const groupOf = (y: number, partyId: string, category: CostCategory, kind: ContributionKind) => {
    const key = `${partyId}\u0000${category}\u0000${kind}`;
    let g = keyed[y]!.get(key);
    if (!g) keyed[y]!.set(key, (g = { partyId, category, kind, budget: 0, outcome: 0 }));
    return g;
  };
  for (const l of lines) {
    l.amounts.forEach((amount, y) => {
      if (amount) groupOf(y, l.partyId, l.category, l.kind).budget += amount;
    });
  }
  for (const o of ctx.report.outcomes) {
    const l = byLine.get(o.id);
    // An outcome for a line not in the decided budget has nothing to compare with (the rules report it).
    if (!l) continue;
    o.amounts.forEach((amount, y) => {
      if (amount) groupOf(y, l.partyId, l.category, l.kind).outcome += amount;
    });
  }
  const partyOrder = new Map(ctx.app.parties.map((p, i) => [p.id, i]));
  for (const y of out) {
    y.groups = [...keyed[y.index]!.values()].sort(
      (a, b) =>
        (partyOrder.get(a.partyId) ?? 1e9) - (partyOrder.get(b.partyId) ?? 1e9) ||
        COST_CATEGORIES.indexOf(a.category) - COST_CATEGORIES.indexOf(b.category) ||
        Number(a.kind === 'inKind') - Number(b.kind === 'inKind'),
    );
    y.budget = y.groups.reduce((s, g) => s + g.budget, 0);
    y.outcome = y.groups.reduce((s, g) => s + g.outcome, 0);
  }
  return out;
}

const kr = (n: number): CellSpec => ({ text: formatKronor(n), align: 'right' });
/** Outcome − budget, with a sign: an overrun is positive. */
const signedKr = (n: number): CellSpec => ({ text: n > 0 ? `+${formatKronor(n)}` : formatKronor(n), align: 'right' });
const pct = (ctx: ReportContext, deviation: number, budget: number): CellSpec => ({
  text: budget === 0 ? ctx.t('dash') : `${deviation > 0 ? '+' : ''}${formatPercent(deviation / budget)}`,
  align: 'right',
});

function amounts(ctx: ReportContext, budget: number, outcome: number): CellSpec[] {
  return [kr(budget), kr(outcome), signedKr(outcome - budget), pct(ctx, outcome - budget, budget)];
}

function yearSpan(ctx: ReportContext, index: number): string {
  const y = ctx.years[index];
  return y ? `${y.start} – ${y.end}` : ctx.t('dash');
}

/** Kostnader mot budget: a summary per year, then each year's lines per party, category and kind. */
export function costsSection(ctx: ReportContext): { title: string; children: Wml[] } {
  const { rt } = ctx;
  const years = costsAgainstBudget(ctx);
  if (!ctx.app.budget.costLines.length) return { title: rt('costs'), children: [para(rt('noBudget'), { style: STYLE.empty })] };
  const amountColumns = [
    { header: rt('budget'), weight: 16, align: 'right' as const },
    { header: rt('outcome'), weight: 16, align: 'right' as const },
    { header: rt('deviationKr'), weight: 16, align: 'right' as const },
    { header: rt('deviationPct'), weight: 12, align: 'right' as const },
  ];
  const budget = years.reduce((s, y) => s + y.budget, 0);
  const outcome = years.reduce((s, y) => s + y.outcome, 0);
  const children: Wml[] = [
    para(rt('costsIntro'), { style: STYLE.small }),
    heading3(rt('costsSummary')),
    dataTable({
      columns: [{ header: ctx.t('year'), weight: 40 }, ...amountColumns],
      rows: years.map((y) => [`${ctx.t('year')} ${y.index + 1} (${yearSpan(ctx, y.index)})`, ...amounts(ctx, y.budget, y.outcome)]),
      totals: [[rt('total'), ...amounts(ctx, budget, outcome)]],
    }),
  ];
  for (const y of years) {
    if (!y.groups.length) continue;
    children.push(
      heading3(rt('yearHeading', { n: y.index + 1, span: yearSpan(ctx, y.index) })),
      dataTable({
        columns: [{ header: rt('line'), weight: 40 }, ...amountColumns],
        rows: y.groups.map((g) => [
          `${g.partyId ? ctx.partyName(g.partyId) : ctx.t('unassigned')}\n${categoryName(ctx, g.category)}, ${ctx.t(g.kind === 'cash' ? 'cash' : 'inKind')}`,
          ...amounts(ctx, g.budget, g.outcome),
        ]),
        totals: [[rt('yearTotal', { n: y.index + 1 }), ...amounts(ctx, y.budget, y.outcome)]],
      }),
    );
  }
  return { title: rt('costs'), children };
}
