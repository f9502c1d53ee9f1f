import { hasSocioEconomicInputs } from '../../finance/socio';
import type { ReportRuleInput } from '../report-context';

/** The final report: what goes into ordinary operations, by whom and financed how; spreading; the outcome estimate. */
export function reportFinalRules({ ctx, report, base }: ReportRuleInput): void {
  const f = report.final;
  if (report.kind !== 'final' || !f) return;
  const p = [...base, 'final'];
  if (f.implementation.length === 0) ctx.add('error', 'reportFinal', 'final.noImplementation', [...p, 'implementation'], {}, undefined, true);
  const parties = new Set(ctx.app.parties.map((x) => x.id));
  f.implementation.forEach((item, i) => {
    const ip = [...p, 'implementation', i];
    ctx.requireText('reportFinal', item.what, [...ip, 'what'], item.id);
    if (item.partyId === '') ctx.add('error', 'reportFinal', 'required', [...ip, 'partyId'], {}, item.id, true);
    else if (!parties.has(item.partyId)) ctx.error('reportFinal', 'final.unknownParty', [...ip, 'partyId'], {}, item.id);
    ctx.requireText('reportFinal', item.financing, [...ip, 'financing'], item.id);
  });
  ctx.requireText('reportFinal', f.spreading, [...p, 'spreading']);
  // The estimate is recomputed only where the application made one.
  if (!hasSocioEconomicInputs(ctx.app)) return;
  if (!f.socio.peopleReached.some((n) => n > 0)) ctx.add('error', 'reportFinal', 'final.noReach', [...p, 'socio', 'peopleReached'], {}, undefined, true);
  if (f.socio.effect === null) ctx.add('error', 'reportFinal', 'final.noEffect', [...p, 'socio', 'effect'], {}, undefined, true);
  else ctx.requireText('reportFinal', f.socio.effectSource, [...p, 'socio', 'effectSource'], undefined, 'warning');
}
