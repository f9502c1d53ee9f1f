import { durationMonths, parseIsoDate } from '../../finance/years';
import { isBlank, isValidEmail } from '../checks';
import type { RuleContext } from '../context';

export function projectRules(ctx: RuleContext): void {
  const { project } = ctx.app;
  const { startDate, endDate } = project;
  // An unparseable date cannot reach here (the file schema refuses it), so blank is the only gap.
  if (startDate === '') ctx.error('required', ['project', 'startDate']);
  if (endDate === '') ctx.error('required', ['project', 'endDate']);
  const s = parseIsoDate(startDate);
  const e = parseIsoDate(endDate);
  if (s && e) {
    if (e <= s) ctx.error('project.endBeforeStart', ['project', 'endDate'], { start: startDate, end: endDate });
    else {
      const months = durationMonths(startDate, endDate)!;
      const max = ctx.programme.maxDurationMonths;
      if (months > max) ctx.error('project.tooLong', ['project', 'endDate'], { months, max });
    }
  }

  if (project.municipalities.length === 0) ctx.error('project.noMunicipality', ['project', 'municipalities']);
  project.municipalities.forEach((m, i) => {
    if (!ctx.programmeIndex.municipalities.has(m))
      ctx.error('project.unknownMunicipality', ['project', 'municipalities', i], { value: m }, m);
  });

  const { leader } = project;
  ctx.requireText(leader.name, ['project', 'leader', 'name']);
  if (!isBlank(leader.email) && !isValidEmail(leader.email))
    ctx.error('emailInvalid', ['project', 'leader', 'email'], { value: leader.email.trim() });
  if (leader.partyId !== '' && !ctx.partyIndex.has(leader.partyId)) ctx.error('unknownParty', ['project', 'leader', 'partyId']);
}
