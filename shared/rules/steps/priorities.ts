import type { RuleContext } from '../context';

export function prioritiesRules(ctx: RuleContext): void {
  const { priorities } = ctx.app;
  if (priorities.length === 0) {
    ctx.error('priorities.none', ['priorities']);
    return;
  }
  const seen = new Set<string>();
  priorities.forEach((choice, i) => {
    const base = ['priorities', i] as const;
    if (choice.priorityId === '') ctx.error('required', [...base, 'priorityId'], {}, choice.id);
    else if (!ctx.programmeIndex.priorityIds.has(choice.priorityId))
      ctx.error('priorities.unknown', [...base, 'priorityId'], { value: choice.priorityId }, choice.id);
    else if (seen.has(choice.priorityId)) ctx.warn('priorities.duplicate', [...base, 'priorityId'], {}, choice.id);
    seen.add(choice.priorityId);
    ctx.requireText(choice.motivation, [...base, 'motivation'], choice.id);
  });
}
