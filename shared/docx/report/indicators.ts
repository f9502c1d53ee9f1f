import { formatNumber } from '../../finance';
import { EFFECT_LEVELS, type Indicator } from '../../model/schema';
import { dataTable, heading2, para, type CellSpec } from '../elements';
import { orDash } from '../sections/format';
import { STYLE } from '../styles';
import type { Wml } from '../wml';
import type { ReportContext } from './context';

type Level = 'overall' | (typeof EFFECT_LEVELS)[number] | 'none';
type Row = { indicator: Indicator; chain: number | null };

/** The decided indicators per level: the overall goal's first, then each effect level in the logic model's order. */
export function indicatorsByLevel(ctx: ReportContext): { level: Level; rows: Row[] }[] {
  const goals = ctx.app.goals;
  const groups = new Map<Level, Row[]>([['overall', goals.overallIndicators.map((indicator) => ({ indicator, chain: null }))]]);
  for (const l of EFFECT_LEVELS) groups.set(l, []);
  groups.set('none', []);
  goals.logicModel.forEach((r, i) => {
    for (const ind of r.indicators) groups.get(ind.level === '' ? 'none' : ind.level)!.push({ indicator: ind, chain: i + 1 });
  });
  return [...groups].filter(([, rows]) => rows.length).map(([level, rows]) => ({ level, rows }));
}

function rowsFor(ctx: ReportContext, row: Row): CellSpec[][] {
  const { rt } = ctx;
  const reported = ctx.report.indicators.find((v) => v.id === row.indicator.id);
  const values = reported?.values ?? [];
  const sorted = [...values].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const head: CellSpec[] = [
    { text: orDash(ctx, row.indicator.text), lead: row.chain === null ? undefined : rt('chain', { n: row.chain }) },
    orDash(ctx, row.indicator.baseline),
    orDash(ctx, row.indicator.target),
  ];
  if (!sorted.length) return [[...head, { text: rt('notMeasured'), italic: true }, ctx.t('dash'), orDash(ctx, row.indicator.dataSource)]];
  // One line per measurement: the indicator, its baseline and target head the first, so each value reads against them.
  return sorted.map((v, i) => {
    const lead = i === 0 ? head : ['', '', ''];
    const figure = v.value === null ? ctx.t('dash') : formatNumber(v.value, 3);
    const value = v.comment.trim() ? `${figure}\n${v.comment}` : figure;
    return [...lead, { text: value, bold: false }, orDash(ctx, v.date), orDash(ctx, v.source)];
  });
}

/** Indikatorer: baseline, target and every measured value with its date and source, level by level. */
export function indicatorSection(ctx: ReportContext): { title: string; children: Wml[] } {
  const { rt } = ctx;
  const groups = indicatorsByLevel(ctx);
  const children: Wml[] = [para(rt('indicatorIntro'), { style: STYLE.small })];
  if (!groups.length) children.push(para(rt('noIndicators'), { style: STYLE.empty }));
  for (const g of groups) {
    children.push(
      heading2(rt(`level_${g.level}`)),
      dataTable({
        columns: [
          { header: rt('indicator'), weight: 28 },
          { header: rt('baseline'), weight: 13 },
          { header: rt('target'), weight: 13 },
          { header: rt('measured'), weight: 14 },
          // Wide enough for 2025-06-15 on one line: LibreOffice would otherwise break the date at a hyphen.
          { header: rt('measuredDate'), weight: 15 },
          { header: rt('source'), weight: 17 },
        ],
        rows: g.rows.flatMap((r) => rowsFor(ctx, r)),
      }),
    );
  }
  return { title: rt('indicators'), children };
}
