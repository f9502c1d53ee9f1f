import type { Party } from '../../../../shared/model/schema';
import type { BudgetTotals } from '../../../../shared/finance/totals';

export type ChartSource = 'sim' | 'partyCash' | 'partyInKind' | 'other';

export type ChartSegment = {
  key: string;
  source: ChartSource;
  /** Set for a party's cash or in-kind segment. */
  partyId: string | null;
  partyIndex: number;
  value: number;
  /** Share of all financing, 0–1 (NaN when nothing is financed yet). */
  share: number;
  /** Position in the stacked bar, percent of its width; width 0 for segments with no money. */
  x: number;
  width: number;
};

export type FinancingChart = { total: number; segments: ChartSegment[] };

const sum = (a: readonly number[]) => a.reduce((x, y) => x + y, 0);

/**
 * Who finances what: SIM, each party's cash and in-kind, other financing, as one stacked bar of all financing.
 * Every party is listed even at 0 kr, because "both principals contribute" is what the reader checks.
 */
export function financingChart(parties: readonly Party[], totals: BudgetTotals): FinancingChart {
  const raw: Omit<ChartSegment, 'share' | 'x' | 'width'>[] = [
    { key: 'sim', source: 'sim', partyId: null, partyIndex: -1, value: totals.simTotal },
  ];
  parties.forEach((p, partyIndex) => {
    const f = totals.parties[p.id]!;
    raw.push({ key: `${p.id}:cash`, source: 'partyCash', partyId: p.id, partyIndex, value: sum(f.cash) });
    raw.push({ key: `${p.id}:inKind`, source: 'partyInKind', partyId: p.id, partyIndex, value: sum(f.inKind) });
  });
  raw.push({ key: 'other', source: 'other', partyId: null, partyIndex: -1, value: totals.otherTotal });

  const total = totals.financingTotal;
  let x = 0;
  const segments = raw.map((s) => {
    const share = total > 0 ? s.value / total : NaN;
    const width = total > 0 ? (s.value / total) * 100 : 0;
    const seg = { ...s, share, x, width };
    x += width;
    return seg;
  });
  return { total, segments };
}

export type PartyShare = { partyId: string; partyIndex: number; total: number; share: number };

/** Each party's share of all financing (cash and in-kind together), straight from budgetTotals. */
export function partyShares(parties: readonly Party[], totals: BudgetTotals): PartyShare[] {
  return parties.map((p, partyIndex) => ({
    partyId: p.id,
    partyIndex,
    total: totals.parties[p.id]!.total,
    share: totals.parties[p.id]!.share,
  }));
}

/** Whether the SIM share of the total cost is over the programme's cap; never true when the call sets none. */
export function overFundCap(totals: BudgetTotals, capPercent: number | null): boolean {
  return capPercent !== null && Number.isFinite(totals.simShare) && totals.simShare * 100 > capPercent + 1e-9;
}
