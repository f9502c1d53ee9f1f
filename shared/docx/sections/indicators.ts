import { EFFECT_LEVEL_LABELS, OVERALL_GOAL_LEVEL, RATING_LABELS } from '../../model/option-labels';
import type { Indicator, LogicIndicator, LogicRow, Rating } from '../../model/schema';
import type { DocxContext } from '../context';
import { dataTable, heading3, para, type CellSpec } from '../elements';
import { pd } from './plan-strings';
import { STYLE } from '../styles';
import type { Wml } from '../wml';

/** What an indicator measures, as printed: "Kortsiktig effekt, rad 2" or "Övergripande mål". */
function levelText(ctx: DocxContext, ind: LogicIndicator, row: number): string {
  const level = ind.level === '' ? pd(ctx, 'noLevel') : EFFECT_LEVEL_LABELS[ind.level][ctx.lang];
  return pd(ctx, 'measures', { level, row });
}

/** Every indicator of the application, the overall goal's first, then the logic model's in row order. */
export function allIndicators(ctx: DocxContext): { ind: Indicator; measures: string }[] {
  const g = ctx.app.goals;
  return [
    ...g.overallIndicators.map((ind) => ({ ind, measures: OVERALL_GOAL_LEVEL[ctx.lang] })),
    ...g.logicModel.flatMap((r, i) => r.indicators.map((ind) => ({ ind, measures: levelText(ctx, ind, i + 1) }))),
  ];
}

const orDash = (ctx: DocxContext, s: string) => (s.trim() ? s : ctx.t('dash'));

/**
 * How a chain is measured, for the logic model's indicator cell. Every field prints, a blank one as a dash,
 * so nothing the applicant wrote is dropped and a missing value shows as missing.
 */
export function logicRowMeasureText(ctx: DocxContext, row: LogicRow): string {
  const lbl = (k: keyof Indicator) => ctx.label(`goals.logicModel.*.indicators.*.${k}`);
  return row.indicators
    .map((ind) =>
      [
        `${ind.level === '' ? pd(ctx, 'noLevel') : EFFECT_LEVEL_LABELS[ind.level][ctx.lang]}: ${orDash(ctx, ind.text)}`,
        `${lbl('baseline')}: ${orDash(ctx, ind.baseline)}`,
        `${lbl('target')}: ${orDash(ctx, ind.target)}`,
        `${lbl('dataSource')}: ${orDash(ctx, ind.dataSource)}`,
      ].join('\n'),
    )
    .join('\n\n');
}

/** The follow-up plan's table, generated from the logic model so nothing is typed twice. */
export function followUpIndicatorTable(ctx: DocxContext): Wml[] {
  const list = allIndicators(ctx);
  const head = heading3(pd(ctx, 'indicators'));
  if (!list.length) return [head, para(pd(ctx, 'noIndicators'), { style: STYLE.empty })];
  const lbl = (k: keyof Indicator) => ctx.label(`goals.overallIndicators.*.${k}`);
  return [
    head,
    para(pd(ctx, 'indicatorsIntro'), { style: STYLE.small, keepNext: true }),
    dataTable({
      // Six columns on a portrait page: the smaller type keeps words such as "Utgångsvärde" whole.
      columns: [
        { header: pd(ctx, 'indicator'), weight: 22 },
        { header: lbl('baseline'), weight: 15 },
        { header: lbl('target'), weight: 13 },
        { header: lbl('dataSource'), weight: 18 },
        { header: lbl('frequency'), weight: 13 },
        { header: lbl('measuredBy'), weight: 19 },
      ],
      small: true,
      rows: list.map(({ ind, measures }): CellSpec[] => [
        { text: `${orDash(ctx, ind.text)}\n(${measures})`, multiline: true },
        orDash(ctx, ind.baseline),
        orDash(ctx, ind.target),
        orDash(ctx, ind.dataSource),
        orDash(ctx, ind.frequency),
        orDash(ctx, ind.measuredBy),
      ]),
    }),
  ];
}

export const ratingText = (ctx: DocxContext, r: Rating) => (r === '' ? pd(ctx, 'noRating') : RATING_LABELS[r][ctx.lang]);
