import type { ReportStep } from './view';

/** The report part a path inside a report belongs to: `['lifecycle','reports',0,'outcomes',…]` is in "costs". */
export function reportStepOfPath(path: readonly (string | number)[]): ReportStep {
  const key = path[3];
  if (key === 'activities') return 'activities';
  if (key === 'outcomes' || key === 'outcomeComment') return 'costs';
  if (key === 'deviations') return 'deviations';
  if (key === 'children') return 'children';
  if (key === 'final') {
    const part = path[4];
    return part === 'spreading' ? 'spreading' : part === 'socio' ? 'socio' : 'implementation';
  }
  return 'indicators';
}
