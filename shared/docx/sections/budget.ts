import type { Wml } from '../wml';
import { formatKronor, formatPercent } from '../../finance';
import { COST_CATEGORY_LABELS } from '../../model/labels';
import { COST_CATEGORIES, type CostCategory } from '../../model/schema';
import type { DocxContext } from '../context';
import { dataTable, factTable, fieldBlock, heading3, para, type CellSpec, type ColumnSpec } from '../elements';
import { STYLE } from '../styles';
import { joinFilled } from './format';
import { simByPartyTable, valuationTable } from './budget-plan';
import type { SectionBuilder } from './types';

const sum = (a: readonly number[]) => a.reduce((x, y) => x + y, 0);
const kr = (n: number): CellSpec => ({ text: formatKronor(n), align: 'right' });
const anyAmount = (a: readonly number[]) => a.some((n) => n !== 0);

/** Amount columns: one per budget year and a total, wide enough for `18 068 702 kr` on one line. */
function amountColumns(ctx: DocxContext, labelHeader: string, labelWeight: number): ColumnSpec[] {
  const years = Array.from({ length: ctx.totals.years }, (_, i) => ({ header: `${ctx.t('year')} ${i + 1}`, weight: 15, align: 'right' as const }));
  return [{ header: labelHeader, weight: labelWeight }, ...years, { header: ctx.t('total'), weight: 16, align: 'right' }];
}

/** The amounts of a row: each year, then the row's total. */
function amountCells(perYear: readonly number[], years: number): CellSpec[] {
  const cells = Array.from({ length: years }, (_, i) => kr(perYear[i] ?? 0));
  return [...cells, kr(sum(perYear))];
}

function labelWeight(ctx: DocxContext): number {
  return ctx.totals.years <= 3 ? 36 : 30;
}

function byCategory(ctx: DocxContext) {
  const { totals, t } = ctx;
  const cats = COST_CATEGORIES.filter((c) => anyAmount(totals.costByCategory[c]));
  return dataTable({
    columns: amountColumns(ctx, t('category'), labelWeight(ctx)),
    rows: cats.map((c) => [categoryName(ctx, c), ...amountCells(totals.costByCategory[c], totals.years)]),
    totals: [[t('totalCost'), ...amountCells(totals.costByYear, totals.years)]],
  });
}

export function categoryName(ctx: DocxContext, c: CostCategory): string {
  return COST_CATEGORY_LABELS[c][ctx.lang];
}

function byParty(ctx: DocxContext) {
  const { totals, t, app } = ctx;
  const rows: CellSpec[][] = [];
  for (const p of app.parties) {
    const c = totals.costByParty[p.id];
    if (!c) continue;
    if (anyAmount(c.cash)) rows.push([`${ctx.partyName(p.id)}, ${t('cash')}`, ...amountCells(c.cash, totals.years)]);
    if (anyAmount(c.inKind)) rows.push([`${ctx.partyName(p.id)}, ${t('inKind')}`, ...amountCells(c.inKind, totals.years)]);
  }
  if (anyAmount(totals.costUnassigned)) rows.push([t('unassigned'), ...amountCells(totals.costUnassigned, totals.years)]);
  return dataTable({
    columns: amountColumns(ctx, t('party'), labelWeight(ctx)),
    rows,
    totals: [[t('totalCost'), ...amountCells(totals.costByYear, totals.years)]],
  });
}

function specification(ctx: DocxContext) {
  const { app, totals, t } = ctx;
  return dataTable({
    columns: amountColumns(ctx, t('description'), labelWeight(ctx)),
    rows: app.budget.costLines.map((l) => {
      const who = joinFilled([l.partyId ? ctx.partyName(l.partyId) : t('noParty'), t(l.kind === 'cash' ? 'cash' : 'inKind')], ', ');
      const text = joinFilled([`${categoryName(ctx, l.category)}: ${l.description.trim() ? l.description : t('dash')}`, who], '\n');
      return [text, ...amountCells(l.amounts, totals.years)];
    }),
    totals: [[t('totalCost'), ...amountCells(totals.costByYear, totals.years)]],
  });
}

function financing(ctx: DocxContext) {
  const { app, totals, t } = ctx;
  const rows: CellSpec[][] = [[t('simSought'), ...amountCells(totals.simByYear, totals.years)]];
  for (const p of app.parties) {
    const f = totals.parties[p.id];
    if (!f) continue;
    if (anyAmount(f.cash)) rows.push([`${ctx.partyName(p.id)}, ${t('cash')}`, ...amountCells(f.cash, totals.years)]);
    if (anyAmount(f.inKind)) rows.push([`${ctx.partyName(p.id)}, ${t('inKind')}`, ...amountCells(f.inKind, totals.years)]);
  }
  if (anyAmount(totals.otherByYear)) {
    const names = app.budget.financingLines
      .filter((l) => l.source === 'other' && l.description.trim())
      .map((l) => l.description);
    rows.push([joinFilled([t('otherFinancing'), names.join('; ')], ': '), ...amountCells(totals.otherByYear, totals.years)]);
  }
  const totalRows: CellSpec[][] = [
    [t('totalFinancing'), ...amountCells(totals.financingByYear, totals.years)],
    [t('totalCost'), ...amountCells(totals.costByYear, totals.years)],
  ];
  if (anyAmount(totals.balanceByYear)) totalRows.push([t('difference'), ...amountCells(totals.balanceByYear, totals.years)]);
  return dataTable({ columns: amountColumns(ctx, t('source'), labelWeight(ctx)), rows, totals: totalRows });
}

function shares(ctx: DocxContext) {
  const { app, totals, t } = ctx;
  const share = (n: number): CellSpec => ({ text: formatPercent(n), align: 'right' });
  const rows: CellSpec[][] = app.parties
    .map((p) => ({ p, f: totals.parties[p.id] }))
    .filter(({ f }) => f && f.total > 0)
    .map(({ p, f }) => [ctx.partyName(p.id), kr(sum(f!.cash)), kr(sum(f!.inKind)), kr(f!.total), share(f!.share)]);
  return [
    dataTable({
      columns: [
        { header: t('party'), weight: 31 },
        { header: t('cashLong'), weight: 16, align: 'right' },
        { header: t('inKindLong'), weight: 16, align: 'right' },
        { header: t('total'), weight: 17, align: 'right' },
        { header: t('shareOfFinancing'), weight: 20, align: 'right' },
      ],
      rows,
    }),
    para(''),
    factTable([
      [t('amountSought'), { text: formatKronor(totals.simTotal), bold: true }],
      [t('simShare'), { text: formatPercent(totals.simShare), bold: true }],
      [t('totalBudget'), { text: formatKronor(totals.costTotal), bold: true }],
    ]),
  ];
}

/** "År 1 = 2025-01-01 – 2025-12-31; År 2 = …": what each budget column means in dates. */
function yearNote(ctx: DocxContext): Wml[] {
  if (!ctx.years.length) return [];
  const text = ctx.years.map((y) => `${ctx.t('year')} ${y.index + 1}: ${y.start} – ${y.end}`).join('; ');
  return [para(text, { style: STYLE.small })];
}

/**
 * Budget och finansiering. Every figure comes from budgetTotals, the function the wizard and the rules use, so the
 * document can never show a total the app does not.
 */
export const budgetSection: SectionBuilder = (ctx) => {
  const { app, t } = ctx;
  if (!app.budget.costLines.length && !app.budget.financingLines.length) {
    return { title: t('budget'), children: [para(t('noBudget'), { style: STYLE.empty }), ...fieldBlock(ctx, 'budget.comment', app.budget.comment)] };
  }
  const children: Wml[] = [
    ...yearNote(ctx),
    heading3(t('costsByCategory')),
    byCategory(ctx),
    heading3(t('costsByParty')),
    byParty(ctx),
    heading3(t('financingBySource')),
    financing(ctx),
    ...simByPartyTable(ctx),
    heading3(t('shares')),
    ...shares(ctx),
    heading3(t('costSpecification')),
    specification(ctx),
    ...valuationTable(ctx),
  ];
  if (app.budget.comment.trim()) children.push(...fieldBlock(ctx, 'budget.comment', app.budget.comment));
  return { title: t('budget'), children };
};
