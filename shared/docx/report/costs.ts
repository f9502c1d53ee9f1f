import { budgetOutcome, formatKronor, formatPercent, type OutcomeCell } from '../../finance';
import { dataTable, heading3, para, type CellSpec } from '../elements';
import { categoryName } from '../sections/budget';
import { STYLE } from '../styles';
import type { Wml } from '../wml';
import type { ReportContext } from './context';

const kr = (n: number): CellSpec => ({ text: formatKronor(n), align: 'right' });
/** Outcome − budget to date, with a sign: an overrun is positive. */
const signedKr = (n: number): CellSpec => ({ text: n > 0 ? `+${formatKronor(n)}` : formatKronor(n), align: 'right' });

function amounts(ctx: ReportContext, c: OutcomeCell): CellSpec[] {
  const pct = c.deviationPercent === null ? ctx.t('dash') : `${c.deviationPercent > 0 ? '+' : ''}${formatPercent(c.deviationPercent / 100)}`;
  return [kr(c.budget), kr(c.budgetToDate), kr(c.outcome), signedKr(c.deviation), { text: pct, align: 'right' }];
}

function yearSpan(ctx: ReportContext, index: number): string {
  const y = ctx.years[index];
  return y ? `${y.start} – ${y.end}` : ctx.t('dash');
}

/**
 * Kostnader mot budget: a summary per year, then each year's budget per party, category and kind against the outcome.
 * The figures are shared/finance/outcome.ts's, which the wizard's plots and the report rules use too; the deviation is
 * against the budget up to the period's end, with the whole year's budget beside it.
 */
export function costsSection(ctx: ReportContext): { title: string; children: Wml[] } {
  const { rt } = ctx;
  if (!ctx.app.budget.costLines.length) return { title: rt('costs'), children: [para(rt('noBudget'), { style: STYLE.empty })] };
  const bo = budgetOutcome(ctx.app, ctx.report);
  const amountColumns = [
    { header: rt('budget'), weight: 14, align: 'right' as const },
    { header: rt('budgetToDate', { date: ctx.report.periodEnd || ctx.t('dash') }), weight: 14, align: 'right' as const },
    { header: rt('outcome'), weight: 14, align: 'right' as const },
    { header: rt('deviationKr'), weight: 14, align: 'right' as const },
    { header: rt('deviationPct'), weight: 10, align: 'right' as const },
  ];
  const children: Wml[] = [
    para(rt('costsIntro'), { style: STYLE.small }),
    heading3(rt('costsSummary')),
    dataTable({
      columns: [{ header: ctx.t('year'), weight: 34 }, ...amountColumns],
      rows: bo.byYear.map((c, i) => [`${ctx.t('year')} ${i + 1}\n${yearSpan(ctx, i)}`, ...amounts(ctx, c)]),
      totals: [[rt('total'), ...amounts(ctx, bo.total)]],
    }),
  ];
  for (let y = 0; y < bo.years; y++) {
    const rows = bo.rows.filter((r) => r.year === y);
    if (!rows.length) continue;
    children.push(
      heading3(rt('yearHeading', { n: y + 1, span: yearSpan(ctx, y) })),
      dataTable({
        columns: [{ header: rt('line'), weight: 34 }, ...amountColumns],
        rows: rows.map((r) => [
          `${r.partyId ? ctx.partyName(r.partyId) : ctx.t('unassigned')}\n${categoryName(ctx, r.category)}, ${ctx.t(r.kind === 'cash' ? 'cash' : 'inKind')}`,
          ...amounts(ctx, r),
        ]),
        totals: [[rt('yearTotal', { n: y + 1 }), ...amounts(ctx, bo.byYear[y]!)]],
      }),
    );
  }
  return { title: rt('costs'), children };
}
