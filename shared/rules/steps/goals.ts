import type { LogicRow } from '../../model/schema';
import { isBlank } from '../checks';
import type { RuleContext } from '../context';

/** The links of one chain, in the order a reader follows them, then the indicator that measures it. */
export const CHAIN_FIELDS = ['need', 'resources', 'activities', 'outputs', 'shortTerm', 'mediumTerm', 'longTerm', 'indicator'] as const;

export function firstGap(row: LogicRow): (typeof CHAIN_FIELDS)[number] | null {
  for (const f of CHAIN_FIELDS) if (isBlank(row[f])) return f;
  return null;
}

export function goalsRules(ctx: RuleContext): void {
  const { logicModel, projectGoals } = ctx.app.goals;
  const rowIds = new Set<string>();
  let complete = 0;
  const gaps: { index: number; field: string; id: string }[] = [];
  logicModel.forEach((row, i) => {
    rowIds.add(row.id);
    const gap = firstGap(row);
    if (gap === null) complete++;
    else gaps.push({ index: i, field: gap, id: row.id });
  });
  if (complete === 0) {
    // Point at the first gap when there is a row to finish, else at the model as a whole.
    const first = gaps[0];
    ctx.error('goals.noCompleteChain', first ? ['goals', 'logicModel', first.index, first.field] : ['goals', 'logicModel']);
  }
  for (const g of gaps) ctx.warn('goals.rowIncomplete', ['goals', 'logicModel', g.index, g.field], { row: g.index + 1 }, g.id);

  projectGoals.forEach((goal, i) => {
    const base = ['goals', 'projectGoals', i];
    ctx.requireText(goal.text, [...base, 'text'], goal.id);
    if (goal.logicRowIds.length === 0) ctx.warn('goals.goalUnlinked', [...base, 'logicRowIds'], { goal: i + 1 }, goal.id);
    goal.logicRowIds.forEach((rowId, j) => {
      if (!rowIds.has(rowId)) ctx.warn('goals.unknownRow', [...base, 'logicRowIds', j], {}, `${goal.id}.${rowId}`);
    });
  });
}
