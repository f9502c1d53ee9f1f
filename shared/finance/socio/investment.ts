import type { Actor, Application, Party } from '../../model/schema';
import { budgetTotals } from '../totals';

/** The four actors whose costs may be avoided, in the order tables and charts show them. */
export const ACTORS: readonly Actor[] = ['kommun', 'region', 'stat', 'annan'];

/**
 * Who invests: the fund (SIM) is an investor of its own beside the actors (DOMAIN.md), so the regional operation's
 * own money is not mixed up with the fund's. The fund avoids no costs: its "gain" is always zero.
 */
export type Investor = 'sim' | Actor;
export const INVESTORS: readonly Investor[] = ['sim', ...ACTORS];

export type ActorSeries = Record<Investor, number[]>;

/** What the project costs, per project year, and who puts the money or staff time in. */
export type Investment = {
  /** Total cost per project year (the budget's cost lines), whole kronor. */
  byYear: number[];
  /** The same cost split on the actors who finance it; each year's split sums exactly to byYear. */
  byActor: ActorSeries;
  /** True when every year's financing equals its cost, so byActor is exactly the financing lines. */
  budgetBalanced: boolean;
};

export const emptyActorSeries = (years: number): ActorSeries => ({
  sim: Array.from({ length: years }, () => 0),
  kommun: Array.from({ length: years }, () => 0),
  region: Array.from({ length: years }, () => 0),
  stat: Array.from({ length: years }, () => 0),
  annan: Array.from({ length: years }, () => 0),
});

const sectorActor = (sector: Party['sector'] | undefined): Actor => (sector === 'kommun' || sector === 'region' ? sector : 'annan');

/**
 * Splits a whole-krona total in proportion to weights so the parts are whole kronor and add up exactly
 * (largest remainder), so a table of who invests what always sums to the budget's cost.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (!(sum > 0) || !(total > 0)) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = Math.round(total - parts.reduce((a, b) => a + b, 0));
  const order = exact.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let k = 0; left > 0 && order.length > 0; k = (k + 1) % order.length, left--) parts[order[k]!.i]! += 1;
  return parts;
}

/**
 * The investment, read from the budget so nothing is typed twice.
 *
 * The total is the budget's cost per year. Who invests is read from the financing side, because that is
 * where the money comes from: SIM money is the fund's own investment (its own row, never the region's), each
 * party's cash and in-kind contribution counts for its sector (kommun → kommun, region → region, any
 * other organisation → annan) and "other financing" counts as annan. When a year's financing does not
 * equal its cost (a draft budget; the rules flag it) the cost is split in proportion to the financing,
 * and a year with no financing at all is split by the party on each cost line, with cost lines that have
 * no party yet falling on the project owner.
 */
export function investmentFromBudget(app: Application): Investment {
  const totals = budgetTotals(app);
  const years = totals.years;
  const byActor = emptyActorSeries(years);
  const sectorOf = new Map(app.parties.map((p) => [p.id, p.sector] as const));
  const owner = app.parties.find((p) => p.role === 'owner');
  let budgetBalanced = true;

  for (let y = 0; y < years; y++) {
    const cost = totals.costByYear[y] ?? 0;
    const financing = emptyWeights();
    financing.sim += totals.simByYear[y] ?? 0;
    financing.annan += totals.otherByYear[y] ?? 0;
    for (const [partyId, p] of Object.entries(totals.parties)) {
      financing[sectorActor(sectorOf.get(partyId))] += (p.cash[y] ?? 0) + (p.inKind[y] ?? 0);
    }
    if ((totals.financingByYear[y] ?? 0) !== cost) budgetBalanced = false;

    let weights = financing;
    if (INVESTORS.every((a) => financing[a] === 0)) {
      weights = emptyWeights();
      for (const [partyId, c] of Object.entries(totals.costByParty)) {
        weights[sectorActor(sectorOf.get(partyId))] += (c.cash[y] ?? 0) + (c.inKind[y] ?? 0);
      }
      weights[sectorActor(owner?.sector)] += totals.costUnassigned[y] ?? 0;
    }
    const parts = apportion(cost, INVESTORS.map((a) => weights[a]));
    INVESTORS.forEach((a, i) => (byActor[a][y] = parts[i]!));
  }
  return { byYear: totals.costByYear.slice(), byActor, budgetBalanced };
}

function emptyWeights(): Record<Investor, number> {
  return { sim: 0, kommun: 0, region: 0, stat: 0, annan: 0 };
}
