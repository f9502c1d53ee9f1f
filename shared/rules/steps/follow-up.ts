import type { RuleContext } from '../context';

/** Every risk says how likely it is, what it would do, what is done about it and who does it. */
export function followUpRules(ctx: RuleContext): void {
  const { risks } = ctx.app.followUp;
  if (risks.length === 0) ctx.error('followUp.noRisks', ['followUp', 'risks']);
  risks.forEach((r, i) => {
    const base = ['followUp', 'risks', i] as const;
    ctx.requireText(r.description, [...base, 'description'], r.id);
    for (const k of ['likelihood', 'consequence'] as const) if (r[k] === '') ctx.error('required', [...base, k], {}, r.id);
    ctx.requireText(r.measure, [...base, 'measure'], r.id);
    ctx.requireText(r.responsible, [...base, 'responsible'], r.id);
  });
}
