import { describe, expect, it } from 'vitest';
import { expectRule, issuesAfter, sv, withMessage } from './helpers';

const ÅMÅL = '5a1e0000-0000-4000-8000-000000000003';

describe('indicators: baseline, target and data source are required on every effect level', () => {
  it('makes a missing baseline an error at the field, never a silent drop', () => {
    const [issue] = expectRule('required', (a) => (a.goals.logicModel[1]!.indicators[0]!.baseline = ' '), {
      path: ['goals', 'logicModel', 1, 'indicators', 0, 'baseline'],
    });
    expect(sv(issue!)).toBe('Mål och logikmodell › Rad i logikmodellen 2 › Indikator 1 › Utgångsvärde måste fyllas i.');
    expectRule('required', (a) => (a.goals.logicModel[0]!.indicators[1]!.target = ''), { path: ['goals', 'logicModel', 0, 'indicators', 1, 'target'] });
    expectRule('required', (a) => (a.goals.logicModel[3]!.indicators[0]!.dataSource = ''), { path: ['goals', 'logicModel', 3, 'indicators', 0, 'dataSource'] });
  });

  it('asks for the same on the overall goal’s indicators', () => {
    expectRule('required', (a) => (a.goals.overallIndicators[0]!.baseline = ''), { path: ['goals', 'overallIndicators', 0, 'baseline'] });
    const [w] = expectRule('goals.overallNoIndicator', (a) => (a.goals.overallIndicators = []), { severity: 'warning' });
    expect(sv(w!)).toContain('Det övergripande målet har ingen indikator');
  });

  it('needs an indicator on every row and says which level each measures', () => {
    const [issue] = expectRule('goals.rowNoIndicator', (a) => (a.goals.logicModel[2]!.indicators = []), { path: ['goals', 'logicModel', 2, 'indicators'] });
    expect(sv(issue!)).toContain('Rad 3 i logikmodellen har ingen indikator');
    expectRule('goals.indicatorLevel', (a) => (a.goals.logicModel[0]!.indicators[0]!.level = ''), { path: ['goals', 'logicModel', 0, 'indicators', 0, 'level'] });
  });

  it('warns when how often or who measures is missing, for the follow-up table', () => {
    expectRule('goals.indicatorFollowUp', (a) => (a.goals.logicModel[0]!.indicators[0]!.measuredBy = ''), {
      severity: 'warning',
      path: ['goals', 'logicModel', 0, 'indicators', 0, 'measuredBy'],
    });
  });
});

describe('budget: in-kind valuation and SIM per party', () => {
  it('requires a valuation on every line of staff time', () => {
    const [issue] = expectRule('budget.valuationMissing', (a) => (a.budget.costLines[2]!.valuation = null), { path: ['budget', 'costLines', 2, 'valuation'] });
    expect(sv(issue!)).toContain('ange hur arbetstiden värderas');
  });

  it('checks the amounts against the valuation, allowing rounding to the nearest thousand', () => {
    // Line 3: 40,95 % of full time at 48 000 kr a month with 31,42 % PO; the budget's 310 000 kr is that, rounded.
    expect(withMessage(issuesAfter(() => undefined), 'budget.valuationMismatch')).toEqual([]);
    const [issue] = expectRule('budget.valuationMismatch', (a) => (a.budget.costLines[2]!.amounts[1] = 330_000), {
      path: ['budget', 'costLines', 2, 'amounts', 1],
    });
    expect(sv(issue!)).toContain('år 2 är beloppet 330\u00a0000\u00a0kr, men värderingen ger 318\u00a0');
    // A changed salary changes what the valuation gives, so the amounts no longer agree.
    expect(withMessage(issuesAfter((a) => (a.budget.costLines[2]!.valuation!.rate = 52_000)), 'budget.valuationMismatch')).toHaveLength(3);
  });

  it('requires every SIM line to name the party whose costs it pays', () => {
    const [issue] = expectRule('budget.simParty', (a) => (a.budget.financingLines[0]!.partyId = ''), { path: ['budget', 'financingLines', 0, 'partyId'] });
    expect(sv(issue!)).toContain('vilken parts kostnader de sökta SIM-medlen betalar');
    expectRule('unknownParty', (a) => (a.budget.financingLines[0]!.partyId = 'gone'), { path: ['budget', 'financingLines', 0, 'partyId'] });
  });

  it('keeps SIM money for a party within that party’s cash costs, year by year', () => {
    const [issue, ...rest] = expectRule('budget.simExceedsCosts', (a) => {
      // Move 400 000 of year 2's SIM money from the owner's costs onto Åmål's.
      const sim = a.budget.financingLines.filter((l) => l.source === 'sim');
      sim[0]!.amounts[1]! -= 400_000;
      sim.find((l) => l.partyId === ÅMÅL)!.amounts[1]! += 400_000;
    });
    expect(rest).toEqual([]);
    expect(issue!.params).toMatchObject({ year: 2, costsKr: 365_000 });
    expect(sv(issue!)).toContain('År 2 betalar SIM-medlen 665\u00a0000\u00a0kr av kostnaderna för Åmåls kommun');
  });

  it('requires each party’s in-kind financing to equal its in-kind costs, per year', () => {
    const [issue] = expectRule('budget.inKindMismatch', (a) => {
      const inKind = a.budget.financingLines.find((l) => l.partyId === ÅMÅL && l.kind === 'inKind')!;
      const cash = a.budget.financingLines.find((l) => l.partyId === ÅMÅL && l.kind === 'cash')!;
      // The year still balances: 20 000 moved from staff time to cash.
      inKind.amounts[0]! -= 20_000;
      cash.amounts[0]! += 20_000;
    });
    expect(withMessage(issuesAfter(() => undefined), 'budget.unbalanced')).toEqual([]);
    expect(sv(issue!)).toBe(
      'År 1 finansierar Åmåls kommun 75\u00a0000\u00a0kr med arbetstid, men partens kostnader i arbetstid är 95\u00a0000\u00a0kr. En parts arbetstid som finansiering ska vara lika med dess kostnader i arbetstid.',
    );
  });
});

describe('socio-economic calculation: sources, price base year, low and high values', () => {
  it('asks for the sources of the baseline risk and the effect, and the price base year', () => {
    expectRule('socioEconomics.sourceMissing', (a) => (a.socioEconomics.baselineRiskSource = ''), { path: ['socioEconomics', 'baselineRiskSource'] });
    expectRule('socioEconomics.sourceMissing', (a) => (a.socioEconomics.effectSource = ''), { path: ['socioEconomics', 'effectSource'] });
    expectRule('socioEconomics.priceBaseYear', (a) => (a.socioEconomics.priceBaseYear = null), { path: ['socioEconomics', 'priceBaseYear'] });
  });

  it('warns without low and high values, and wants them either side of the assumed value', () => {
    expectRule('socioEconomics.rangeMissing', (a) => (a.socioEconomics.effectHigh = null), { severity: 'warning', path: ['socioEconomics', 'effectHigh'] });
    const [issue] = expectRule('socioEconomics.rangeOrder', (a) => (a.socioEconomics.baselineRiskLow = 22));
    expect(sv(issue!)).toContain('det låga värdet (22 %) och det höga (25 %) ska ligga på var sin sida om det antagna värdet (20 %)');
  });

  it('asks nothing of a calculation not yet begun', () => {
    const issues = issuesAfter((a) => {
      a.socioEconomics = { ...a.socioEconomics, peopleReached: [], baselineRisk: null, effect: null, avoidedCosts: [], baselineRiskSource: '', effectSource: '', priceBaseYear: null };
    });
    expect(issues.filter((i) => i.step === 'socioEconomics' && i.message.startsWith('socioEconomics.'))).toEqual([]);
  });
});

describe('risks', () => {
  it('requires likelihood, consequence, measure and who answers for it', () => {
    for (const k of ['likelihood', 'consequence'] as const)
      expectRule('required', (a) => (a.followUp.risks[1]![k] = ''), { path: ['followUp', 'risks', 1, k] });
    for (const k of ['description', 'measure', 'responsible'] as const)
      expectRule('required', (a) => (a.followUp.risks[0]![k] = ''), { path: ['followUp', 'risks', 0, k] });
    const [none] = expectRule('followUp.noRisks', (a) => (a.followUp.risks = []), { path: ['followUp', 'risks'] });
    expect(sv(none!)).toContain('Ansökan beskriver inga risker');
  });
});
