/**
 * The socio-economic calculation (samhällsekonomisk kalkyl) after the common Swedish approach
 * (Nilsson & Wadeskog; SKR): what the investment costs, what it may avoid, and for whom.
 *
 * Definitions, one place for the UI, the CLI and the DOCX:
 * - Years. Calculation year t = 1…N is project year t (year 1 is the first twelve months from the start
 *   date). N is the horizon, stretched to cover every budget year so no investment is ever left out.
 * - Successes in year y = people reached in year y × baseline risk × effect. The effect is the share of
 *   those at risk who avoid the bad outcome thanks to the project; to enter "share of everyone reached who
 *   succeeds" directly, set the baseline risk to 100 %.
 * - Each success avoids each cost item for its duration, starting the year AFTER the success (the
 *   effect shows once the person has been through the work) plus the item's delay, if any (adult-life
 *   costs avoided by helping a child begin when the child is grown), and only inside the horizon.
 * - Discounting: an amount in year t is worth amount ÷ (1 + r)^(t − 1) today; year 1 is the base year and
 *   is not discounted. Investment and avoided costs are discounted alike.
 * - Value per success: the discounted avoided cost one success brings within the horizon, averaged over
 *   the years people are reached (weighted by how many are reached each year; year 1 when none are
 *   entered). It does not depend on risk or effect, so break-even can be told even at zero effect.
 * - Break-even successes = discounted investment ÷ value per success. With that definition, reaching the
 *   break-even number of successes (spread over the years like the reach) is exactly what makes the
 *   discounted avoided cost equal the discounted investment.
 * - Payback year: the first year in which the cumulative discounted avoided cost reaches the cumulative
 *   discounted investment; null when that does not happen within the horizon.
 * - Return per invested krona: discounted avoided cost ÷ discounted investment, in total and per actor
 *   (who gains against who invests); null when nothing is invested.
 * Every amount in the result is whole kronor; no field is ever NaN or Infinity: what cannot be computed
 * is null.
 */
import type { Actor, Application } from '../../model/schema';
import { ACTORS, INVESTORS, emptyActorSeries, investmentFromBudget, type ActorSeries, type Investor } from './investment';
import { largestAvoidedCost, SOCIO_MAX_KRONOR } from './bounds';
import { SENSITIVITY_EFFECTS, SENSITIVITY_RATES, type ActorBalance, type Flow, type MissingInput, type SensitivityCell, type SocioInputs, type SocioResult } from './types';

const num = (x: number | null | undefined): number => (typeof x === 'number' && Number.isFinite(x) && x > 0 ? x : 0);
const round2 = (x: number) => Math.round(x * 100) / 100;
const sum = (a: readonly number[]) => a.reduce((x, y) => x + y, 0);
const running = (a: readonly number[]) => {
  let acc = 0;
  return a.map((x) => (acc += x));
};
const ratio = (a: number, b: number, digits = 2): number | null => {
  if (!(b > 0)) return null;
  const f = 10 ** digits;
  const r = Math.round((a / b) * f) / f;
  return Number.isFinite(r) ? r : null;
};

/** Discount factors for years 1…n: year 1 is the base year. */
export function discountFactors(n: number, ratePercent: number): number[] {
  const r = num(ratePercent) / 100;
  return Array.from({ length: n }, (_, i) => 1 / (1 + r) ** i);
}

/** The result's year count: the horizon, or more when the budget has more years. */
function calcYears(inputs: SocioInputs): number {
  const horizon = Math.max(1, Math.floor(num(inputs.horizonYears)));
  return Math.max(horizon, inputs.investmentByYear.length);
}

/** Avoided cost per actor and year, unrounded, for a given success profile (successes per year). */
function avoidedByActor(successes: readonly number[], inputs: SocioInputs, years: number): ActorSeries {
  const out = emptyActorSeries(years);
  for (const c of inputs.avoidedCosts) {
    const amount = num(c.amountPerYear);
    const duration = Math.floor(num(c.durationYears));
    const first = 1 + Math.floor(num(c.delayYears));
    if (amount === 0 || duration === 0) continue;
    const series = out[c.actor] ?? out.annan;
    for (let y = 0; y < successes.length && y < years; y++) {
      const s = successes[y]!;
      if (s === 0) continue;
      for (let t = y + first; t < y + first + duration && t < years; t++) series[t]! += s * amount;
    }
  }
  return out;
}

function flow(byActorExact: ActorSeries, factors: readonly number[]): Flow {
  const years = factors.length;
  const byActor = {} as Flow['byActor'];
  const byYear = Array.from({ length: years }, () => 0);
  const byYearDiscounted = Array.from({ length: years }, () => 0);
  for (const a of INVESTORS) {
    const exact = byActorExact[a];
    const plain = factors.map((_, t) => Math.round(exact[t] ?? 0));
    const disc = factors.map((f, t) => Math.round((exact[t] ?? 0) * f));
    plain.forEach((v, t) => (byYear[t]! += v));
    disc.forEach((v, t) => (byYearDiscounted[t]! += v));
    byActor[a] = { byYear: plain, byYearDiscounted: disc, total: sum(plain), totalDiscounted: sum(disc) };
  }
  return {
    byYear,
    byYearDiscounted,
    cumulative: running(byYear),
    cumulativeDiscounted: running(byYearDiscounted),
    total: sum(byYear),
    totalDiscounted: sum(byYearDiscounted),
    byActor,
  };
}

function successProfile(inputs: SocioInputs, effectPercent: number): number[] {
  const share = (num(inputs.baselineRisk) / 100) * (Math.min(100, num(effectPercent)) / 100);
  return inputs.peopleReached.slice(0, calcYears(inputs)).map((p) => num(p) * share);
}

function paybackYear(investment: Flow, avoided: Flow): number | null {
  if (!(investment.totalDiscounted > 0)) return null;
  for (let t = 0; t < avoided.cumulativeDiscounted.length; t++) {
    const gained = avoided.cumulativeDiscounted[t]!;
    if (gained > 0 && gained >= investment.cumulativeDiscounted[t]!) return t + 1;
  }
  return null;
}

function investmentFlow(inputs: SocioInputs, factors: readonly number[]): Flow {
  const exact = emptyActorSeries(factors.length);
  for (const a of INVESTORS) inputs.investmentByActor[a]?.forEach((v, t) => t < factors.length && (exact[a][t] = num(v)));
  return flow(exact, factors);
}

/** The headline figures for one effect and discount rate: what the sensitivity table repeats. */
function core(inputs: SocioInputs, effect: number, discountRate: number) {
  const years = calcYears(inputs);
  const factors = discountFactors(years, discountRate);
  const successes = successProfile(inputs, effect);
  const investment = investmentFlow(inputs, factors);
  const avoided = flow(avoidedByActor(successes, inputs, years), factors);
  return { years, factors, successes, investment, avoided, paybackYear: paybackYear(investment, avoided) };
}

/** Discounted value one success brings within the horizon, averaged over the reach profile, per actor. */
function valuePerSuccess(inputs: SocioInputs, years: number, factors: readonly number[]): Record<Actor, number> {
  const reached = inputs.peopleReached.slice(0, years).map(num);
  const total = sum(reached);
  const weights = total > 0 ? reached.map((p) => p / total) : [1];
  const perActor = avoidedByActor(weights, inputs, years);
  const out = {} as Record<Actor, number>;
  for (const a of ACTORS) out[a] = perActor[a].reduce((acc, v, t) => acc + v * factors[t]!, 0);
  return out;
}

export function computeSocioEconomics(inputs: SocioInputs): SocioResult {
  const base = core(inputs, num(inputs.effect), num(inputs.discountRate));
  const { years, factors, investment, avoided } = base;

  const perSuccessExact = valuePerSuccess(inputs, years, factors);
  const perSuccess = sum(ACTORS.map((a) => perSuccessExact[a]));
  const peopleReachedTotal = sum(inputs.peopleReached.slice(0, years).map(num));
  const breakEven = investment.totalDiscounted > 0 && perSuccess > 0 ? investment.totalDiscounted / perSuccess : null;

  const actors = {} as Record<Investor, ActorBalance>;
  for (const a of INVESTORS) {
    const invested = investment.byActor[a].totalDiscounted;
    const gained = avoided.byActor[a].totalDiscounted;
    actors[a] = { invested, gained, net: gained - invested, returnPerKrona: ratio(gained, invested) };
  }

  const missing: MissingInput[] = [];
  if (!(investment.total > 0)) missing.push('investment');
  if (!(peopleReachedTotal > 0)) missing.push('peopleReached');
  if (!(num(inputs.baselineRisk) > 0)) missing.push('baselineRisk');
  if (!(num(inputs.effect) > 0)) missing.push('effect');
  if (!inputs.avoidedCosts.some((c) => num(c.amountPerYear) > 0 && num(c.durationYears) > 0)) missing.push('avoidedCosts');

  return {
    years,
    horizonExtended: years > Math.max(1, Math.floor(num(inputs.horizonYears))),
    missing,
    successesByYear: base.successes.map(round2),
    successesTotal: round2(sum(base.successes)),
    peopleReachedTotal,
    investment,
    avoided,
    valuePerSuccess: Math.round(perSuccess),
    valuePerSuccessByActor: Object.fromEntries(ACTORS.map((a) => [a, Math.round(perSuccessExact[a])])) as Record<Actor, number>,
    breakEvenSuccesses: breakEven === null ? null : round2(breakEven),
    breakEvenShareOfReached: breakEven !== null && peopleReachedTotal > 0 ? ratio(breakEven, peopleReachedTotal, 4) : null,
    paybackYear: base.paybackYear,
    netPresentValue: avoided.totalDiscounted - investment.totalDiscounted,
    returnPerKrona: ratio(avoided.totalDiscounted, investment.totalDiscounted),
    actors,
    budgetBalanced: inputs.budgetBalanced ?? true,
    outOfRange:
      investment.total > SOCIO_MAX_KRONOR ||
      largestAvoidedCost({ ...inputs, budgetYears: inputs.investmentByYear.length }) > SOCIO_MAX_KRONOR,
    sensitivity: sensitivity(inputs),
  };
}

/** Effects × discount rates, always including the application's own values so the base case is a cell. */
function sensitivity(inputs: SocioInputs): SocioResult['sensitivity'] {
  const ownEffect = inputs.effect === null ? null : num(inputs.effect);
  const ownRate = num(inputs.discountRate);
  const uniq = (xs: number[]) => [...new Set(xs)].sort((a, b) => a - b);
  const effects = uniq([...SENSITIVITY_EFFECTS, ...(ownEffect === null ? [] : [ownEffect])]);
  const discountRates = uniq([...SENSITIVITY_RATES, ownRate]);
  const cells = effects.map((effect) =>
    discountRates.map((discountRate): SensitivityCell => {
      const c = core(inputs, effect, discountRate);
      return {
        effect,
        discountRate,
        investmentDiscounted: c.investment.totalDiscounted,
        avoidedDiscounted: c.avoided.totalDiscounted,
        netPresentValue: c.avoided.totalDiscounted - c.investment.totalDiscounted,
        returnPerKrona: ratio(c.avoided.totalDiscounted, c.investment.totalDiscounted),
        paybackYear: c.paybackYear,
        isBase: effect === ownEffect && discountRate === ownRate,
      };
    }),
  );
  return { effects, discountRates, cells };
}

/** The calculation's inputs as the application holds them, with the investment read from the budget. */
export function socioInputsFromApplication(app: Application): SocioInputs {
  const inv = investmentFromBudget(app);
  const se = app.socioEconomics;
  return {
    investmentByYear: inv.byYear,
    investmentByActor: inv.byActor,
    budgetBalanced: inv.budgetBalanced,
    peopleReached: se.peopleReached,
    baselineRisk: se.baselineRisk,
    effect: se.effect,
    horizonYears: se.horizonYears,
    discountRate: se.discountRate,
    avoidedCosts: se.avoidedCosts,
  };
}

export function calculateSocioEconomics(app: Application): SocioResult {
  return computeSocioEconomics(socioInputsFromApplication(app));
}

/**
 * Years worth drawing in a chart: up to the last year in which either cumulative line still moves, and at
 * least to the payback year. After that both lines are flat, so a 60-year horizon need not be 60 points.
 */
export function chartYearCount(r: SocioResult): number {
  let last = 0;
  for (let t = 0; t < r.years; t++) if (r.investment.byYearDiscounted[t] !== 0 || r.avoided.byYearDiscounted[t] !== 0) last = t + 1;
  return Math.max(1, last, r.paybackYear ?? 0);
}

/** Whether the applicant has started on the calculation: the DOCX prints it only then. */
export function hasSocioEconomicInputs(app: Application): boolean {
  const se = app.socioEconomics;
  return se.peopleReached.some((p) => p > 0) || se.baselineRisk !== null || se.effect !== null || se.avoidedCosts.length > 0;
}
