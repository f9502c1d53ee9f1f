import type { Actor, AvoidedCost } from '../../model/schema';
import type { Investor } from './investment';

/** The calculation's inputs and result; calculate.ts computes them, bounds.ts and the labels read them. */
export type SocioInputs = {
  /** Total investment per project year, whole kronor. */
  investmentByYear: readonly number[];
  /** Who invests (the fund and the actors): each year sums to investmentByYear. */
  investmentByActor: Readonly<Partial<Record<Investor, readonly number[]>>>;
  peopleReached: readonly number[];
  /** Percent, or null when not entered (counts as zero). */
  baselineRisk: number | null;
  /** Percent, or null when not entered (counts as zero). */
  effect: number | null;
  horizonYears: number;
  /** Percent per year. */
  discountRate: number;
  avoidedCosts: readonly Pick<AvoidedCost, 'actor' | 'amountPerYear' | 'durationYears' | 'delayYears'>[];
  /** Whether the budget's financing equals its cost every year (see investmentFromBudget); default true. */
  budgetBalanced?: boolean;
};

/** Inputs a calculation cannot do without; the UI lists them instead of showing zeros without a reason. */
export type MissingInput = 'investment' | 'peopleReached' | 'baselineRisk' | 'effect' | 'avoidedCosts';

export type Flow = {
  byYear: number[];
  byYearDiscounted: number[];
  cumulative: number[];
  cumulativeDiscounted: number[];
  total: number;
  totalDiscounted: number;
  byActor: Record<Investor, { byYear: number[]; byYearDiscounted: number[]; total: number; totalDiscounted: number }>;
};

export type ActorBalance = {
  /** Discounted investment by this actor. */
  invested: number;
  /** Discounted avoided cost for this actor. */
  gained: number;
  net: number;
  /** gained ÷ invested, two decimals; null when the actor invests nothing. */
  returnPerKrona: number | null;
};

export type SensitivityCell = {
  effect: number;
  discountRate: number;
  investmentDiscounted: number;
  avoidedDiscounted: number;
  netPresentValue: number;
  returnPerKrona: number | null;
  paybackYear: number | null;
  /** The cell that uses the application's own effect and discount rate. */
  isBase: boolean;
};

export type SocioResult = {
  /** Number of calculation years (horizon, stretched to cover the budget). */
  years: number;
  /** True when the budget runs past the horizon entered, so more years were counted. */
  horizonExtended: boolean;
  missing: MissingInput[];
  /** Expected successes per year and in total, two decimals. */
  successesByYear: number[];
  successesTotal: number;
  peopleReachedTotal: number;
  investment: Flow;
  avoided: Flow;
  /** Discounted avoided cost per success within the horizon, whole kronor, in total and per actor. */
  valuePerSuccess: number;
  valuePerSuccessByActor: Record<Actor, number>;
  /** Successes needed for the avoided cost to equal the investment (two decimals); null if never. */
  breakEvenSuccesses: number | null;
  /** The same as a share of the people reached (0–1 or more, four decimals); null without reach. */
  breakEvenShareOfReached: number | null;
  paybackYear: number | null;
  netPresentValue: number;
  returnPerKrona: number | null;
  /** The fund and each actor: who invests against who gains. */
  actors: Record<Investor, ActorBalance>;
  budgetBalanced: boolean;
  /**
   * True when a figure would pass SOCIO_MAX_KRONOR: the inputs hold a slip (see socio-bounds.ts), the figures are still
   * printed (as amounts, never in exponent form) and the rules say what to check.
   */
  outOfRange: boolean;
  sensitivity: { effects: number[]; discountRates: number[]; cells: SensitivityCell[][] };
};

/** Effects (percent) and discount rates (percent) the sensitivity table always shows. */
export const SENSITIVITY_EFFECTS = [10, 25, 50] as const;
export const SENSITIVITY_RATES = [0, 3.5, 5] as const;
