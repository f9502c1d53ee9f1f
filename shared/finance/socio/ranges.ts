import type { Application } from '../../model/schema';
import { computeSocioEconomics, socioInputsFromApplication } from './calculate';
import type { SocioInputs } from './types';

/** Which uncertain assumption a case varies: the baseline risk, the effect, or both at once. */
export type RangeAssumption = 'baselineRisk' | 'effect' | 'both';

export type RangeCase = {
  assumption: RangeAssumption;
  bound: 'low' | 'high';
  /** The values used, percent. */
  baselineRisk: number;
  effect: number;
  netPresentValue: number;
  returnPerKrona: number | null;
  paybackYear: number | null;
};

export type Ranges = {
  baselineRisk: number | null;
  baselineRiskLow: number | null;
  baselineRiskHigh: number | null;
  effect: number | null;
  effectLow: number | null;
  effectHigh: number | null;
};

/**
 * The calculation again with each uncertain assumption at its low and its high value (the others as assumed),
 * then both low and both high together: how far the result moves within what the applicants think plausible.
 * A case needs its values entered; without them it is left out rather than guessed.
 */
export function rangeSensitivity(inputs: SocioInputs, ranges: Ranges): RangeCase[] {
  const out: RangeCase[] = [];
  const risk = ranges.baselineRisk;
  const effect = ranges.effect;
  const run = (assumption: RangeAssumption, bound: 'low' | 'high', r: number | null, e: number | null) => {
    if (r === null || e === null) return;
    const res = computeSocioEconomics({ ...inputs, baselineRisk: r, effect: e });
    out.push({ assumption, bound, baselineRisk: r, effect: e, netPresentValue: res.netPresentValue, returnPerKrona: res.returnPerKrona, paybackYear: res.paybackYear });
  };
  for (const bound of ['low', 'high'] as const) run('baselineRisk', bound, bound === 'low' ? ranges.baselineRiskLow : ranges.baselineRiskHigh, effect);
  for (const bound of ['low', 'high'] as const) run('effect', bound, risk, bound === 'low' ? ranges.effectLow : ranges.effectHigh);
  run('both', 'low', ranges.baselineRiskLow, ranges.effectLow);
  run('both', 'high', ranges.baselineRiskHigh, ranges.effectHigh);
  return out;
}

export function rangeSensitivityOf(app: Application): RangeCase[] {
  return rangeSensitivity(socioInputsFromApplication(app), app.socioEconomics);
}
