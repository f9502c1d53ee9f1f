import type { RuleContext } from '../context';

export function activitiesRules(ctx: RuleContext): void {
  const { activities } = ctx.app;
  if (activities.length === 0) ctx.error('activities.none', ['activities']);
  const period = ctx.period;
  activities.forEach((a, i) => {
    const base = ['activities', i] as const;
    ctx.requireText(a.name, [...base, 'name'], a.id);
    if (a.responsiblePartyId === '') ctx.error('required', [...base, 'responsiblePartyId'], {}, a.id);
    else if (!ctx.partyIndex.has(a.responsiblePartyId)) ctx.error('unknownParty', [...base, 'responsiblePartyId'], {}, a.id);
    if (a.startDate === '') ctx.error('required', [...base, 'startDate'], {}, a.id);
    if (a.endDate === '') ctx.error('required', [...base, 'endDate'], {}, a.id);
    if (a.startDate === '' || a.endDate === '') return;
    const dates = { name: a.name.trim(), start: a.startDate, end: a.endDate };
    // ISO dates compare correctly as strings.
    if (a.endDate < a.startDate) ctx.error('activities.endBeforeStart', [...base, 'endDate'], dates, a.id);
    else if (period && (a.startDate < period.start || a.endDate > period.end)) {
      const field = a.startDate < period.start ? 'startDate' : 'endDate';
      ctx.error('activities.outsidePeriod', [...base, field], { ...dates, periodStart: period.start, periodEnd: period.end }, a.id);
    }
  });
}
