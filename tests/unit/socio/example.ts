import { DEFAULT_PROGRAMME } from '../../../shared/program';
import { ApplicationSchema, newApplication, type Application } from '../../../shared/model';

export const KOMMUN = 'party-kommun';
export const REGION = 'party-region';

/**
 * The worked example, in the spirit of DOMAIN.md: a three-year project costing 9 MSEK a year,
 * 160 children reached, 25 % of them expected to succeed (half are at risk, half of those avoid the bad
 * outcome), with avoided costs for the municipality, the region and the state.
 */
export function workedExample(): Application {
  const app = newApplication(DEFAULT_PROGRAMME, new Date('2024-10-01T08:00:00Z'));
  app.id = '6d3b1f52-2c4e-4a8f-9b1d-0c7e5a2f4b10';
  app.project.title = 'Tidiga insatser i Vänersborg';
  app.project.startDate = '2025-01-01';
  app.project.endDate = '2027-12-31';
  app.parties[0]!.id = KOMMUN;
  app.parties[0]!.organisation = 'Vänersborgs kommun';
  app.parties[1]!.id = REGION;
  app.parties[1]!.organisation = 'Västra Götalandsregionen, Närhälsan';
  app.budget.costLines = [
    { id: 'c1', category: 'personnel', description: 'Samordnare och pedagoger', partyId: KOMMUN, kind: 'cash', amounts: [5_000_000, 5_000_000, 5_000_000], valuation: null },
    { id: 'c2', category: 'personnel', description: 'Psykolog och sjuksköterska', partyId: REGION, kind: 'inKind', amounts: [2_500_000, 2_500_000, 2_500_000], valuation: null },
    { id: 'c3', category: 'evaluation', description: 'Extern utvärdering', partyId: KOMMUN, kind: 'cash', amounts: [1_500_000, 1_500_000, 1_500_000], valuation: null },
  ];
  app.budget.financingLines = [
    { id: 'f1', source: 'sim', partyId: '', kind: 'cash', description: 'Sociala investeringsmedel', amounts: [4_500_000, 4_500_000, 4_500_000] },
    { id: 'f2', source: 'party', partyId: KOMMUN, kind: 'cash', description: '', amounts: [2_000_000, 2_000_000, 2_000_000] },
    { id: 'f3', source: 'party', partyId: REGION, kind: 'inKind', description: 'Arbetstid', amounts: [2_500_000, 2_500_000, 2_500_000] },
  ];
  app.socioEconomics = {
    peopleReached: [40, 60, 60],
    baselineRisk: 50,
    baselineRiskSource: '',
    baselineRiskLow: null,
    baselineRiskHigh: null,
    effect: 50,
    effectSource: '',
    effectLow: null,
    effectHigh: null,
    priceBaseYear: null,
    horizonYears: 8,
    discountRate: 3.5,
    avoidedCosts: [
      { id: 'a1', actor: 'kommun', label: 'Särskilt stöd och placering', amountPerYear: 250_000, durationYears: 4, source: 'Egen beräkning', sourceYear: 2024, libraryId: '' },
      { id: 'a2', actor: 'region', label: 'BUP-kontakt', amountPerYear: 60_000, durationYears: 2, source: 'Egen beräkning', sourceYear: 2024, libraryId: '' },
      { id: 'a3', actor: 'stat', label: 'Aktivitetsersättning', amountPerYear: 150_000, durationYears: 5, source: 'Egen beräkning', sourceYear: 2024, libraryId: '' },
    ],
    comment: '',
  };
  return ApplicationSchema.parse(app);
}

/** Every number anywhere in a value, with its path, so a test can prove none is NaN or Infinity. */
export function nonFiniteNumbers(value: unknown, path = '$'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (Array.isArray(value)) return value.flatMap((v, i) => nonFiniteNumbers(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => nonFiniteNumbers(v, `${path}.${k}`));
  }
  return [];
}
