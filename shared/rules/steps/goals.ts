import type { Indicator, LogicRow } from '../../model/schema';
import { isBlank } from '../checks';
import type { PathOf, RuleContext } from '../context';

/** The links of one chain, in the order a reader follows them; then the indicators that measure it. */
export const CHAIN_FIELDS = ['need', 'resources', 'activities', 'outputs', 'shortTerm', 'mediumTerm', 'longTerm'] as const;

export function firstGap(row: LogicRow): (typeof CHAIN_FIELDS)[number] | 'indicators' | null {
  for (const f of CHAIN_FIELDS) if (isBlank(row[f])) return f;
  return row.indicators.length === 0 ? 'indicators' : null;
}

/**
 * What an indicator needs to be followed up. Baseline, target and data source are errors: a line without them
 * cannot be followed up, and the document prints every indicator, never a shortened one.
 */
function indicatorRules(ctx: RuleContext, ind: Indicator, base: PathOf<Indicator>): void {
  for (const k of ['text', 'baseline', 'target', 'dataSource'] as const) ctx.requireText(ind[k], [...base, k], ind.id);
  for (const k of ['frequency', 'measuredBy'] as const) if (isBlank(ind[k])) ctx.warn('goals.indicatorFollowUp', [...base, k], {}, ind.id);
}

export function goalsRules(ctx: RuleContext): void {
  const { logicModel, projectGoals, overallIndicators, overallGoal } = ctx.app.goals;
  const rowIds = new Set<string>();
  let complete = 0;
  const gaps: { index: number; field: (typeof CHAIN_FIELDS)[number]; id: string }[] = [];
  logicModel.forEach((row, i) => {
    rowIds.add(row.id);
    const gap = firstGap(row);
    if (gap === null) complete++;
    else if (gap !== 'indicators') gaps.push({ index: i, field: gap, id: row.id });
    const base = ['goals', 'logicModel', i] as const;
    if (row.indicators.length === 0) ctx.error('goals.rowNoIndicator', [...base, 'indicators'], { row: i + 1 }, row.id);
    row.indicators.forEach((ind, j) => {
      const at = [...base, 'indicators', j] as const;
      if (ind.level === '') ctx.error('goals.indicatorLevel', [...at, 'level'], {}, ind.id);
      indicatorRules(ctx, ind, at);
    });
  });
  if (complete === 0) {
    // Point at the first gap when there is a row to finish, else at the model as a whole.
    const first = gaps[0];
    ctx.error('goals.noCompleteChain', first ? ['goals', 'logicModel', first.index, first.field] : ['goals', 'logicModel']);
  }
  for (const g of gaps) ctx.warn('goals.rowIncomplete', ['goals', 'logicModel', g.index, g.field], { row: g.index + 1 }, g.id);

  if (!isBlank(overallGoal) && overallIndicators.length === 0) ctx.warn('goals.overallNoIndicator', ['goals', 'overallIndicators']);
  overallIndicators.forEach((ind, j) => indicatorRules(ctx, ind, ['goals', 'overallIndicators', j]));

  projectGoals.forEach((goal, i) => {
    const base = ['goals', 'projectGoals', i] as const;
    ctx.requireText(goal.text, [...base, 'text'], goal.id);
    if (goal.logicRowIds.length === 0) ctx.warn('goals.goalUnlinked', [...base, 'logicRowIds'], { goal: i + 1 }, goal.id);
    goal.logicRowIds.forEach((rowId, j) => {
      if (!rowIds.has(rowId)) ctx.warn('goals.unknownRow', [...base, 'logicRowIds', j], {}, `${goal.id}.${rowId}`);
    });
  });
}
