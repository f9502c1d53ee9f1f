import type { RuleContext } from '../context';

export function targetGroupRules(ctx: RuleContext): void {
  const { ageMin, ageMax, childrenReached } = ctx.app.targetGroup;
  const { min, max } = ctx.programme.ageRange;
  for (const [key, value] of [['ageMin', ageMin], ['ageMax', ageMax]] as const) {
    if (value === null) ctx.error('required', ['targetGroup', key]);
    else if (value < min || value > max) ctx.error('targetGroup.ageOutside', ['targetGroup', key], { value, min, max });
  }
  if (ageMin !== null && ageMax !== null && ageMin > ageMax)
    ctx.error('targetGroup.ageOrder', ['targetGroup', 'ageMax'], { min: ageMin, max: ageMax });
  if (childrenReached === null || childrenReached === 0) ctx.error('targetGroup.childrenReached', ['targetGroup', 'childrenReached']);
}
