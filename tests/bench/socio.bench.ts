import { bench, describe } from 'vitest';
import { ACTORS, calculateSocioEconomics } from '../../shared/finance/socio';
import { workedExample } from '../unit/socio/example';

// The wizard recomputes on every change of the step's inputs; this measures what that costs.
const example = workedExample();

// The largest file the schema allows for this step: 10 years, 50 cost items of 60 years, 60-year horizon.
const largest = workedExample();
largest.socioEconomics.horizonYears = 60;
largest.socioEconomics.peopleReached = Array.from({ length: 10 }, () => 10_000);
largest.socioEconomics.avoidedCosts = Array.from({ length: 50 }, (_, i) => ({
  id: `c${i}`,
  actor: ACTORS[i % 4]!,
  label: `Kostnad ${i}`,
  amountPerYear: 100_000 + i,
  durationYears: 60,
  delayYears: i % 10,
  source: 'bench',
  sourceYear: 2024,
  libraryId: '',
}));

describe('socio-economic calculation', () => {
  bench('worked example (3 years, 3 cost items, horizon 8)', () => {
    calculateSocioEconomics(example);
  });
  bench('largest allowed input (10 years, 50 items × 60 years, horizon 60)', () => {
    calculateSocioEconomics(largest);
  });
});
