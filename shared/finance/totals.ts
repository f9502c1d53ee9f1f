import { COST_CATEGORIES, type Application, type CostCategory } from '../model/schema';
import { projectYears } from './years';

export type PerYear = number[];

export type PartyFinance = {
  /** What the party finances, per year, by kind. */
  cash: PerYear;
  inKind: PerYear;
  total: number;
  /** Share of total financing (0–1); NaN when there is no financing at all. */
  share: number;
};

export type BudgetTotals = {
  /** Number of budget years: the project's years, or more if amounts were entered beyond them. */
  years: number;
  costByYear: PerYear;
  costTotal: number;
  costByCategory: Record<CostCategory, PerYear>;
  /** Costs carried by each party (by the party on the cost line), per year. */
  costByParty: Record<string, { cash: PerYear; inKind: PerYear; total: number }>;
  /** Costs on lines with no party chosen yet. */
  costUnassigned: PerYear;
  financingByYear: PerYear;
  financingTotal: number;
  simByYear: PerYear;
  simTotal: number;
  /** SIM money by the party whose costs it pays (the SIM line's party), per year. */
  simByParty: Record<string, PerYear>;
  /** SIM money on lines that name no party (or one no longer in the application). */
  simUnassigned: PerYear;
  /** SIM share of total cost (0–1); NaN when there are no costs. */
  simShare: number;
  otherByYear: PerYear;
  otherTotal: number;
  parties: Record<string, PartyFinance>;
  /** Financing minus costs per year: zero when the budget balances. */
  balanceByYear: PerYear;
};

const zeros = (n: number): PerYear => Array.from({ length: n }, () => 0);
const sum = (a: readonly number[]) => a.reduce((x, y) => x + y, 0);

function addInto(target: PerYear, amounts: readonly number[]) {
  for (let i = 0; i < amounts.length && i < target.length; i++) target[i]! += amounts[i]!;
}

/** What the totals read, and all they read: the renderer recomputes them when exactly these change. */
export type BudgetInput = Pick<Application, 'budget' | 'parties'> & { project: Pick<Application['project'], 'startDate' | 'endDate'> };

export function budgetYearCount(app: BudgetInput): number {
  let n = projectYears(app.project.startDate, app.project.endDate).length;
  for (const l of app.budget.costLines) n = Math.max(n, l.amounts.length);
  for (const l of app.budget.financingLines) n = Math.max(n, l.amounts.length);
  return n;
}

/** Every figure the budget step, the rules and the DOCX show, from the one budget in the file. */
export function budgetTotals(app: BudgetInput): BudgetTotals {
  const years = budgetYearCount(app);
  const { costLines, financingLines } = app.budget;

  const costByYear = zeros(years);
  const costByCategory = Object.fromEntries(COST_CATEGORIES.map((c) => [c, zeros(years)])) as Record<CostCategory, PerYear>;
  const costByParty: BudgetTotals['costByParty'] = {};
  const costUnassigned = zeros(years);
  for (const p of app.parties) costByParty[p.id] = { cash: zeros(years), inKind: zeros(years), total: 0 };
  for (const line of costLines) {
    addInto(costByYear, line.amounts);
    addInto(costByCategory[line.category], line.amounts);
    const party = costByParty[line.partyId];
    if (party) {
      addInto(line.kind === 'cash' ? party.cash : party.inKind, line.amounts);
      party.total += sum(line.amounts);
    } else addInto(costUnassigned, line.amounts);
  }

  const financingByYear = zeros(years);
  const simByYear = zeros(years);
  const otherByYear = zeros(years);
  const parties: Record<string, PartyFinance> = {};
  const simByParty: Record<string, PerYear> = {};
  const simUnassigned = zeros(years);
  for (const p of app.parties) {
    parties[p.id] = { cash: zeros(years), inKind: zeros(years), total: 0, share: NaN };
    simByParty[p.id] = zeros(years);
  }
  for (const line of financingLines) {
    addInto(financingByYear, line.amounts);
    if (line.source === 'sim') {
      addInto(simByYear, line.amounts);
      addInto(Object.hasOwn(simByParty, line.partyId) ? simByParty[line.partyId]! : simUnassigned, line.amounts);
    }
    else if (line.source === 'other') addInto(otherByYear, line.amounts);
    else {
      const party = parties[line.partyId];
      if (party) {
        addInto(line.kind === 'cash' ? party.cash : party.inKind, line.amounts);
        party.total += sum(line.amounts);
      } else addInto(otherByYear, line.amounts);
    }
  }
  const costTotal = sum(costByYear);
  const financingTotal = sum(financingByYear);
  for (const p of Object.values(parties)) p.share = financingTotal > 0 ? p.total / financingTotal : NaN;
  const simTotal = sum(simByYear);

  return {
    years,
    costByYear,
    costTotal,
    costByCategory,
    costByParty,
    costUnassigned,
    financingByYear,
    financingTotal,
    simByYear,
    simTotal,
    simByParty,
    simUnassigned,
    simShare: costTotal > 0 ? simTotal / costTotal : NaN,
    otherByYear,
    otherTotal: sum(otherByYear),
    parties,
    balanceByYear: financingByYear.map((f, i) => f - costByYear[i]!),
  };
}
