import type { SocioInputs } from './types';

/**
 * The largest figure a socio-economic calculation may show: 10^15 kr (a million miljarder). Sweden's whole public
 * sector spends about 3 × 10^12 kr a year and its GDP is about 6 × 10^12, so a project's avoided cost beyond this
 * over any horizon is a typing slip (a count or an amount with digits too many), never an estimate. It is also the
 * largest power of ten below 2^53: every whole-krona figure under it, and every sum of them that stays under it, is
 * exact in a JavaScript number, so what is printed is the sum of what is shown.
 */
export const SOCIO_MAX_KRONOR = 1e15;

/** The most the sensitivity table lets the effect be (percent): its largest column, or the application's own effect. */
const SENSITIVITY_TOP_EFFECT = 50;

const num = (x: number | null | undefined): number => (typeof x === 'number' && Number.isFinite(x) && x > 0 ? x : 0);

/**
 * The largest avoided cost the calculation will print, anywhere (the result or its sensitivity table): undiscounted,
 * at the largest effect shown. Closed form, linear in cost items × years reached, so the rules can ask it as you type.
 */
export function largestAvoidedCost(
  inputs: Pick<SocioInputs, 'peopleReached' | 'baselineRisk' | 'effect' | 'horizonYears' | 'avoidedCosts'> & { budgetYears: number },
): number {
  const years = Math.max(Math.max(1, Math.floor(num(inputs.horizonYears))), inputs.budgetYears);
  const effect = Math.min(100, Math.max(SENSITIVITY_TOP_EFFECT, num(inputs.effect)));
  const share = (num(inputs.baselineRisk) / 100) * (effect / 100);
  let total = 0;
  for (const c of inputs.avoidedCosts) {
    const amount = num(c.amountPerYear);
    const duration = Math.floor(num(c.durationYears));
    const first = 1 + Math.floor(num(c.delayYears));
    if (amount === 0 || duration === 0) continue;
    inputs.peopleReached.slice(0, years).forEach((p, y) => {
      // Years this success avoids the cost inside the horizon: [y + first, y + first + duration) ∩ [0, years).
      const span = Math.max(0, Math.min(years, y + first + duration) - (y + first));
      total += num(p) * share * amount * span;
    });
  }
  return total;
}
