import { formatKronor } from '../../finance/money';
import { ACTORS, INVESTORS, chartYearCount, hasSocioEconomicInputs, type SocioResult } from '../../finance/socio';
import { rangeSensitivityOf } from '../../finance/socio/ranges';
import { ACTOR_LABELS, SOCIO_TEXT, countText, paybackText, percentText, ratioText, shareText } from '../../finance/socio/labels';
import type { DocxContext } from '../context';
import { dataTable, factTable, heading2, para, type CellSpec, type ColumnSpec } from '../elements';
import type { AppendixBuilder } from './types';
import { barChart, type BarRow } from './socio-chart';
import { missingNote, socioResult } from './socio-economics';
import { sd } from './socio-strings';
import { STYLE } from '../styles';
import type { Wml } from '../wml';

const kr = (n: number): CellSpec => ({ text: formatKronor(n), align: 'right' });
const O = 'landscape' as const;
const sum = (a: readonly number[]) => a.reduce((x, y) => x + y, 0);

function inputs(ctx: DocxContext, r: SocioResult): Wml[] {
  const se = ctx.app.socioEconomics;
  const L = ctx.lang;
  const reached = se.peopleReached.length
    ? se.peopleReached.map((n, i) => `${sd(ctx, 'yearN', { n: i + 1 })}: ${countText(n, L, 0)}`).join('; ')
    : ctx.t('dash');
  const share = se.baselineRisk === null || se.effect === null ? null : (se.baselineRisk * se.effect) / 10000;
  const ranged = (value: number | null, low: number | null, high: number | null) =>
    low === null && high === null
      ? percentText(value, L)
      : sd(ctx, 'withRange', { value: percentText(value, L), low: percentText(low, L), high: percentText(high, L) });
  const source = (s: string) => sd(ctx, 'sourceOf', { source: s.trim() || sd(ctx, 'noSourceGiven') });
  const facts: [string, CellSpec][] = [
    [sd(ctx, 'peoplePerYear'), reached],
    [ctx.label('socioEconomics.baselineRisk'), `${ranged(se.baselineRisk, se.baselineRiskLow, se.baselineRiskHigh)}. ${source(se.baselineRiskSource)}`],
    [ctx.label('socioEconomics.effect'), `${ranged(se.effect, se.effectLow, se.effectHigh)}. ${source(se.effectSource)}\n${SOCIO_TEXT.effectMeaning[L]}`],
    [sd(ctx, 'successShare'), shareText(share, L)],
    [sd(ctx, 'horizon'), sd(ctx, 'years', { n: r.years })],
    [ctx.label('socioEconomics.discountRate'), percentText(se.discountRate, L)],
  ];
  return [heading2(sd(ctx, 'inputs')), factTable(facts, O)];
}

function investmentTable(ctx: DocxContext, r: SocioResult): Wml[] {
  const years = Math.max(1, r.investment.byYear.findLastIndex((v) => v > 0) + 1);
  const yearCols: ColumnSpec[] = Array.from({ length: years }, (_, i) => ({ header: sd(ctx, 'yearN', { n: i + 1 }), weight: 14, align: 'right' }));
  const row = (label: string, values: readonly number[]): CellSpec[] => [label, ...values.slice(0, years).map(kr), kr(sum(values))];
  // The grand total is the section's key figure "Investering": each figure is printed once.
  const totalRow = [sd(ctx, 'total'), ...r.investment.byYear.slice(0, years).map(kr), ''];
  // The fund's row always shows, even at zero: a reader looks for it beside the parties'.
  const rows = INVESTORS.filter((a) => a === 'sim' || r.investment.byActor[a].total > 0).map((a) => row(ACTOR_LABELS[a][ctx.lang], r.investment.byActor[a].byYear));
  return [
    heading2(sd(ctx, 'investmentByActor')),
    para(SOCIO_TEXT.simIsOwnInvestor[ctx.lang], { style: STYLE.small }),
    dataTable({
      columns: [{ header: sd(ctx, 'actor'), weight: 30 }, ...yearCols, { header: sd(ctx, 'total'), weight: 16, align: 'right' }],
      rows,
      totals: [totalRow],
      orientation: O,
    }),
  ];
}

function avoidedCostTable(ctx: DocxContext): Wml[] {
  const costs = ctx.app.socioEconomics.avoidedCosts;
  const head = heading2(sd(ctx, 'avoidedCosts'));
  if (!costs.length) return [head, para(sd(ctx, 'noCosts'), { style: STYLE.empty })];
  return [
    head,
    dataTable({
      columns: [
        { header: sd(ctx, 'actor'), weight: 13 },
        { header: sd(ctx, 'cost'), weight: 30 },
        { header: sd(ctx, 'perYear'), weight: 13, align: 'right' },
        { header: sd(ctx, 'duration'), weight: 7, align: 'right' },
        { header: sd(ctx, 'starts'), weight: 9, align: 'right' },
        { header: sd(ctx, 'source'), weight: 28 },
      ],
      rows: costs.map((c): CellSpec[] => [
        ACTOR_LABELS[c.actor][ctx.lang],
        c.label.trim() || ctx.t('dash'),
        kr(c.amountPerYear),
        { text: String(c.durationYears), align: 'right' },
        { text: sd(ctx, 'startsAfter', { n: 1 + (c.delayYears ?? 0) }), align: 'right' },
        [c.source.trim(), c.sourceYear === null ? '' : String(c.sourceYear)].filter((s) => s !== '').join(', ') || ctx.t('dash'),
      ]),
      orientation: O,
    }),
  ];
}

/** Whether chart 1 shows the cumulative amounts of every year that changes; if not, the table carries them. */
function chartShowsEveryYear(r: SocioResult): boolean {
  const n = chartYearCount(r);
  return chartYearsShown(n, r.paybackYear).length === n;
}

function resultsByYear(ctx: DocxContext, r: SocioResult): Wml[] {
  const { investment: inv, avoided: av } = r;
  // The cumulative amounts are printed once: beside chart 1's bars, or here when the chart samples the years.
  const cum = !chartShowsEveryYear(r);
  const rows = Array.from({ length: r.years }, (_, t): CellSpec[] => [
    { text: String(t + 1), bold: r.paybackYear === t + 1 },
    { text: countText(r.successesByYear[t] ?? 0, ctx.lang), align: 'right' },
    kr(inv.byYear[t]!),
    kr(av.byYear[t]!),
    kr(inv.byYearDiscounted[t]!),
    kr(av.byYearDiscounted[t]!),
    ...(cum ? [kr(inv.cumulativeDiscounted[t]!), kr(av.cumulativeDiscounted[t]!)] : []),
  ]);
  const perActor = Array.from({ length: r.years }, (_, t): CellSpec[] => [
    String(t + 1),
    ...ACTORS.map((a) => kr(av.byActor[a].byYearDiscounted[t]!)),
  ]);
  return [
    heading2(sd(ctx, 'resultsByYear')),
    dataTable({
      columns: [
        { header: ctx.t('year'), weight: 5 },
        { header: sd(ctx, 'successes'), weight: 9, align: 'right' },
        { header: sd(ctx, 'invested'), weight: 13, align: 'right' },
        { header: sd(ctx, 'avoided'), weight: 13, align: 'right' },
        { header: sd(ctx, 'investedPv'), weight: 13, align: 'right' },
        { header: sd(ctx, 'avoidedPvShort'), weight: 13, align: 'right' },
        ...(cum
          ? [
              { header: sd(ctx, 'cumInvested'), weight: 14, align: 'right' as const },
              { header: sd(ctx, 'cumAvoided'), weight: 14, align: 'right' as const },
            ]
          : []),
      ],
      // No totals row: the totals are the section's key figures.
      rows,
      orientation: O,
      small: true,
    }),
    heading2(sd(ctx, 'avoidedByActor')),
    dataTable({
      columns: [
        { header: ctx.t('year'), weight: 8 },
        // Each year's total is the results table's "Undviken kostnad, nuvärde", so it is not repeated here.
        ...ACTORS.map((a): ColumnSpec => ({ header: ACTOR_LABELS[a][ctx.lang], weight: 18, align: 'right' })),
      ],
      // The totals per actor are the section's "who gains" column, printed there.
      rows: perActor,
      orientation: O,
      small: true,
    }),
  ];
}

function sensitivity(ctx: DocxContext, r: SocioResult): Wml[] {
  const s = r.sensitivity;
  const L = ctx.lang;
  return [
    heading2(sd(ctx, 'sensitivity')),
    para(sd(ctx, 'sensitivityIntro'), { style: STYLE.small, keepNext: true }),
    dataTable({
      columns: [
        { header: sd(ctx, 'effectRate'), weight: 16 },
        ...s.discountRates.map((d): ColumnSpec => ({ header: percentText(d, L), weight: 28, align: 'right' })),
      ],
      rows: s.cells.map((row, i): CellSpec[] => [
        percentText(s.effects[i]!, L),
        ...row.map((c): CellSpec => ({
          text: `${ratioText(c.returnPerKrona, L, SOCIO_TEXT.notComputable)} / ${paybackText(c.paybackYear, L)}${c.isBase ? ' *' : ''}`,
          bold: c.isBase,
          align: 'right',
        })),
      ]),
      orientation: O,
    }),
  ];
}

function rangeTable(ctx: DocxContext): Wml[] {
  const cases = rangeSensitivityOf(ctx.app);
  const L = ctx.lang;
  const head = heading2(sd(ctx, 'rangeSensitivity'));
  if (!cases.length) return [head, para(sd(ctx, 'noRanges'), { style: STYLE.empty })];
  return [
    head,
    para(sd(ctx, 'rangeIntro'), { style: STYLE.small, keepNext: true }),
    dataTable({
      columns: [
        { header: sd(ctx, 'rangeCase'), weight: 28 },
        { header: sd(ctx, 'rangeValues'), weight: 16, align: 'right' },
        { header: sd(ctx, 'npv'), weight: 22, align: 'right' },
        { header: sd(ctx, 'perKronaShort'), weight: 16, align: 'right' },
        { header: sd(ctx, 'payback'), weight: 18, align: 'right' },
      ],
      rows: cases.map((c): CellSpec[] => [
        sd(ctx, `case_${c.assumption}_${c.bound}`),
        { text: `${percentText(c.baselineRisk, L)} / ${percentText(c.effect, L)}`, align: 'right' },
        kr(c.netPresentValue),
        { text: ratioText(c.returnPerKrona, L, SOCIO_TEXT.notComputable), align: 'right' },
        { text: paybackText(c.paybackYear, L), align: 'right' },
      ]),
      orientation: O,
    }),
  ];
}

/** At most this many years are drawn as bars; a longer horizon is sampled so the chart stays about a page. */
const MAX_CHART_YEARS = 20;

/** Years to draw: every year up to MAX_CHART_YEARS, else every k-th year plus the payback year and the last. */
export function chartYearsShown(n: number, payback: number | null): number[] {
  if (n <= MAX_CHART_YEARS) return Array.from({ length: n }, (_, i) => i + 1);
  const step = Math.ceil(n / MAX_CHART_YEARS);
  const years = new Set<number>([1, n]);
  for (let y = step; y < n; y += step) years.add(y);
  if (payback !== null) years.add(payback);
  return [...years].sort((a, b) => a - b);
}

function charts(ctx: DocxContext, r: SocioResult): Wml[] {
  const n = chartYearCount(r);
  const shown = chartYearsShown(n, r.paybackYear);
  const cumulative: BarRow[] = [];
  for (const year of shown) {
    const t = year - 1;
    const payback = r.paybackYear === year;
    const group = `${sd(ctx, 'yearN', { n: year })}${payback ? ` ${sd(ctx, 'paybackMark')}` : ''}`;
    cumulative.push({ group, label: sd(ctx, 'invested'), value: r.investment.cumulativeDiscounted[t]!, series: 'investment', emphasis: payback });
    cumulative.push({ group, label: sd(ctx, 'avoided'), value: r.avoided.cumulativeDiscounted[t]!, series: 'avoided', emphasis: payback });
  }
  const notes = [sd(ctx, 'legend'), r.paybackYear === null ? sd(ctx, 'noPaybackLegend') : sd(ctx, 'paybackLegend')];
  if (n < r.years) notes.push(sd(ctx, 'chartYears', { n }));
  if (shown.length < n) notes.push(sd(ctx, 'chartSampled', { list: shown.join(', ') }));
  return [
    // The charts start a page so the first one (most horizons) is seen whole.
    heading2(sd(ctx, 'charts'), { pageBreakBefore: true }),
    para(sd(ctx, 'chartCumulative'), { run: { bold: true }, keepNext: true }),
    barChart(cumulative, O),
    ...notes.map((t) => para(t, { style: STYLE.small })),
  ];
}

/**
 * Bilaga 2 Samhällsekonomisk kalkyl: everything needed to check the calculation by hand. Landscape, so the
 * per-year tables fit; left out until the applicant has started on the calculation. The headline figures and who
 * invests and gains stand in the section, not here: each figure is printed in one place only.
 */
export const socioAppendix: AppendixBuilder = (ctx) => {
  if (!hasSocioEconomicInputs(ctx.app)) return null;
  const r = socioResult(ctx);
  const notes = [r.budgetBalanced ? null : SOCIO_TEXT.unbalanced[ctx.lang], r.horizonExtended ? SOCIO_TEXT.horizonExtended[ctx.lang] : null];
  const children: Wml[] = [
    ...missingNote(ctx, r),
    heading2(sd(ctx, 'method')),
    para(SOCIO_TEXT.method[ctx.lang]),
    ...notes.filter((n): n is string => n !== null).map((n) => para(n, { style: STYLE.small })),
    ...inputs(ctx, r),
    ...investmentTable(ctx, r),
    ...avoidedCostTable(ctx),
    ...resultsByYear(ctx, r),
    ...sensitivity(ctx, r),
    ...rangeTable(ctx),
    ...charts(ctx, r),
  ];
  return { title: sd(ctx, 'appendixTitle'), orientation: O, children };
};
