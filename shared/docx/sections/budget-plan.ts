import { formatKronor, NBSP } from '../../finance/money';
import { numberText, percentText } from '../../finance/socio/labels';
import { valuationAmount } from '../../finance/valuation';
import { VALUATION_BASIS_LABELS, VALUATION_UNIT_LABELS } from '../../model/option-labels';
import type { CostLine } from '../../model/schema';
import type { DocxContext } from '../context';
import { dataTable, heading3, para, type CellSpec, type ColumnSpec } from '../elements';
import { pd } from './plan-strings';
import { STYLE } from '../styles';
import type { Wml } from '../wml';
import { joinFilled } from './format';

const sum = (a: readonly number[]) => a.reduce((x, y) => x + y, 0);
const kr = (n: number): CellSpec => ({ text: formatKronor(n), align: 'right' });
const anyAmount = (a: readonly number[]) => a.some((n) => n !== 0);

function amountColumns(ctx: DocxContext, header: string): ColumnSpec[] {
  const years = Array.from({ length: ctx.totals.years }, (_, i) => ({ header: `${ctx.t('year')} ${i + 1}`, weight: 15, align: 'right' as const }));
  return [{ header, weight: ctx.totals.years <= 3 ? 36 : 30 }, ...years, { header: ctx.t('total'), weight: 16, align: 'right' }];
}

const amountCells = (perYear: readonly number[], years: number): CellSpec[] => [
  ...Array.from({ length: years }, (_, i) => kr(perYear[i] ?? 0)),
  kr(sum(perYear)),
];

/**
 * Per party and year: its costs, what SIM pays of them and its own share, so an officer sees each party's own
 * part without working it out from two tables.
 */
export function simByPartyTable(ctx: DocxContext): Wml[] {
  const { app, totals } = ctx;
  const n = totals.years;
  const rows: CellSpec[][] = [];
  for (const p of app.parties) {
    const c = totals.costByParty[p.id];
    const sim = totals.simByParty[p.id];
    if (!c || !sim) continue;
    const cost = Array.from({ length: n }, (_, y) => (c.cash[y] ?? 0) + (c.inKind[y] ?? 0));
    if (!anyAmount(cost) && !anyAmount(sim)) continue;
    const own = cost.map((v, y) => v - (sim[y] ?? 0));
    rows.push([{ text: pd(ctx, 'partyCosts', { party: ctx.partyName(p.id) }), bold: true }, ...amountCells(cost, n)]);
    rows.push([`– ${pd(ctx, 'paidBySim')}`, ...amountCells(sim, n)]);
    rows.push([`– ${pd(ctx, 'ownShare')}`, ...amountCells(own, n)]);
  }
  if (anyAmount(totals.simUnassigned)) rows.push([pd(ctx, 'simNoParty'), ...amountCells(totals.simUnassigned, n)]);
  return [
    heading3(pd(ctx, 'simByParty')),
    para(pd(ctx, 'simByPartyIntro'), { style: STYLE.small, keepNext: true }),
    dataTable({ columns: amountColumns(ctx, ctx.t('party')), rows, totals: [[ctx.t('simSought'), ...amountCells(totals.simByYear, n)]] }),
  ];
}

/** "Andel av heltid × 12 × månadslön: månadslön 48 000 kr, PO 31,42 %": the formula with its rates. */
function basisText(ctx: DocxContext, line: CostLine): string {
  const v = line.valuation;
  if (!v) return pd(ctx, 'notValued');
  const L = ctx.lang;
  const rate = pd(ctx, v.basis === 'hours' ? 'perHour' : 'perMonth', { amount: formatKronor(v.rate) });
  return `${VALUATION_BASIS_LABELS[v.basis][L]}: ${rate}, ${pd(ctx, 'socialFees', { percent: percentText(v.socialFeesPercent, L) })}`;
}

/** A year's extent and what it comes to, so the budget's amount for the year can be checked against it. */
function yearCell(ctx: DocxContext, line: CostLine, y: number): CellSpec {
  const v = line.valuation;
  if (!v || y >= v.quantities.length) return { text: ctx.t('dash'), align: 'right' };
  const unit = VALUATION_UNIT_LABELS[v.basis][ctx.lang];
  return { text: `${numberText(v.quantities[y]!, ctx.lang)}${NBSP}${unit}\n= ${formatKronor(valuationAmount(v, y))}`, align: 'right', multiline: true };
}

/** Every line of staff time with how it is valued, so its amounts can be checked by hand. */
export function valuationTable(ctx: DocxContext): Wml[] {
  const lines = ctx.app.budget.costLines.filter((l) => l.kind === 'inKind' || l.valuation !== null);
  if (!lines.length) return [];
  const n = ctx.totals.years;
  const years = Array.from({ length: n }, (_, i): ColumnSpec => ({ header: `${ctx.t('year')} ${i + 1}`, weight: 16, align: 'right' }));
  const columns: ColumnSpec[] = [{ header: pd(ctx, 'costLine'), weight: 26 }, { header: pd(ctx, 'basis'), weight: 26 }, ...years];
  const rows = lines.map((l): CellSpec[] => [
    { text: joinFilled([l.description.trim() || ctx.t('dash'), l.partyId ? ctx.partyName(l.partyId) : ctx.t('noParty')], '\n'), multiline: true },
    { text: basisText(ctx, l), multiline: true },
    ...Array.from({ length: n }, (_, y) => yearCell(ctx, l, y)),
  ]);
  return [heading3(pd(ctx, 'valuation')), para(pd(ctx, 'valuationIntro'), { style: STYLE.small, keepNext: true }), dataTable({ columns, rows })];
}
