import type { WizardForm } from './wizard-form';
import { PROJECT_YEAR } from './wizard-steps';

/**
 * The four steps built on the shared framework by the other engineers, filled through their forms like the
 * rest. Kept apart from wizard-steps.ts so each can follow its own step's labels.
 */

export async function fillGoals(form: WizardForm) {
  await form.goTo('Mål och logikmodell');
  const page = form.page;
  await form.text(['goals', 'purpose'], 'Att barn i Dalsland får samordnat stöd tidigt, så att fler fullföljer grundskolan.');
  await form.text(['goals', 'overallGoal'], 'Fler elever i Bengtsfors och Åmål är behöriga till gymnasiet.');
  await page.getByRole('button', { name: 'Lägg till rad i logikmodellen' }).click();
  const row = ['goals', 'logicModel', 0] as const;
  const chain: [string, string][] = [
    ['need', 'Barn får stöd för sent och från verksamheter som inte samverkar.'],
    ['resources', 'Samordnare, barnpsykolog, elevhälsans tid.'],
    ['activities', 'Gemensamma samtal med familjen inom två veckor.'],
    ['outputs', '200 gemensamma samtal per år.'],
    ['shortTerm', 'Familjer får en gemensam plan.'],
    ['mediumTerm', 'Lägre skolfrånvaro bland barnen.'],
    ['longTerm', 'Fler behöriga till gymnasiet.'],
    ['assumptions', 'Att personalen finns kvar under projekttiden.'],
  ];
  for (const [k, v] of chain) await form.text([...row, k], v);
  // An indicator per effect level it measures, with how it is followed up; the overall goal has its own.
  const indicator = async (scope: string, path: readonly (string | number)[], values: [string, string][]) => {
    await page.getByRole('group', { name: scope }).getByRole('button', { name: 'Lägg till indikator' }).click();
    for (const [k, v] of values) await form.text([...path, k], v);
  };
  await indicator('Indikatorer för rad 1', [...row, 'indicators', 0], [
    ['text', 'Andel elever i årskurs 9 som är behöriga till gymnasieskolan'],
    ['baseline', '78 %'],
    ['target', '84 %'],
    ['dataSource', 'Skolverket, SIRIS'],
    ['frequency', 'varje år'],
    ['measuredBy', 'Kvalitetsstrategen'],
  ]);
  await form.select([...row, 'indicators', 0, 'level'], { label: 'Långsiktig effekt' });
  await indicator('Indikatorer för det övergripande målet', ['goals', 'overallIndicators', 0], [
    ['text', 'Andel elever med godkända betyg i alla ämnen'],
    ['baseline', '70 %'],
    ['target', '76 %'],
    ['dataSource', 'Skolverket, SIRIS'],
    ['frequency', 'varje år'],
    ['measuredBy', 'Kvalitetsstrategen'],
  ]);
  await page.getByRole('button', { name: 'Lägg till projektmål' }).click();
  await form.text(['goals', 'projectGoals', 0, 'text'], 'Alla barn i målgruppen får en gemensam plan inom två veckor.');
  await form.tick(/^Rad 1: Barn får stöd för sent/, ['goals', 'projectGoals', 0, 'logicRowIds']);
}

export async function fillActivities(form: WizardForm) {
  await form.goTo('Aktiviteter');
  const page = form.page;
  const activities = [
    ['Gemensamma samtal', 'Bengtsfors kommun, Sektor barn och utbildning', `${PROJECT_YEAR}-02-01`, `${PROJECT_YEAR + 2}-11-30`, 'Samtal med familjen och berörda verksamheter.'],
    ['Barnpsykolog i skolan', 'Västra Götalandsregionen, Närhälsan Dalsland', `${PROJECT_YEAR}-03-01`, `${PROJECT_YEAR + 2}-12-31`, 'Barnpsykologen finns på plats i skolorna två dagar i veckan.'],
  ] as const;
  for (let i = 0; i < activities.length; i++) {
    const [name, party, start, end, description] = activities[i]!;
    await page.getByRole('button', { name: 'Lägg till aktivitet' }).click();
    await form.text(['activities', i, 'name'], name);
    await form.select(['activities', i, 'responsiblePartyId'], { label: party });
    await form.text(['activities', i, 'startDate'], start);
    await form.text(['activities', i, 'endDate'], end);
    await form.text(['activities', i, 'description'], description);
  }
}

const NBSP = '\u00a0';

/** Three project years: Bengtsfors pays a coordinator in cash, the region gives staff time; SIM pays half. */
export async function fillBudget(form: WizardForm) {
  await form.goTo('Budget');
  const page = form.page;
  const amounts = async (list: 'costLines' | 'financingLines', i: number, typed: string, shown: string) => {
    for (let y = 0; y < 3; y++) await form.text(['budget', list, i, 'amounts', y], typed, shown);
  };

  await page.getByRole('button', { name: /^Lägg till kostnadsrad för Bengtsfors kommun/ }).click();
  await form.text(['budget', 'costLines', 0, 'description'], 'Samordnare, halvtid');
  await amounts('costLines', 0, '300000', `300${NBSP}000`);

  await page.getByRole('button', { name: /^Lägg till kostnadsrad för Västra Götalandsregionen/ }).click();
  await form.text(['budget', 'costLines', 1, 'description'], 'Barnpsykolog två dagar i veckan');
  await form.select(['budget', 'costLines', 1, 'kind'], { label: 'Arbetstid' });
  await amounts('costLines', 1, '200 000 kr', `200${NBSP}000`);

  // The first financing line is the amount sought from SIM; the next ones are the parties' own.
  await page.getByRole('button', { name: /Lägg till finansieringsrad/ }).click();
  await form.text(['budget', 'financingLines', 0, 'description'], 'Sökt från sociala investeringsmedel');
  // Whose costs the SIM money pays: Bengtsfors', so its own share (its cash) shows.
  await form.select(['budget', 'financingLines', 0, 'partyId'], { label: 'Bengtsfors kommun, Sektor barn och utbildning' });
  await amounts('financingLines', 0, '250 000', `250${NBSP}000`);

  await page.getByRole('button', { name: /Lägg till finansieringsrad/ }).click();
  await form.select(['budget', 'financingLines', 1, 'partyId'], { label: 'Bengtsfors kommun, Sektor barn och utbildning' });
  await form.text(['budget', 'financingLines', 1, 'description'], 'Kommunens kontanta insats');
  await amounts('financingLines', 1, '50000', `50${NBSP}000`);

  await page.getByRole('button', { name: /Lägg till finansieringsrad/ }).click();
  await form.select(['budget', 'financingLines', 2, 'partyId'], { label: 'Västra Götalandsregionen, Närhälsan Dalsland' });
  await form.select(['budget', 'financingLines', 2, 'kind'], { label: 'Arbetstid' });
  await form.text(['budget', 'financingLines', 2, 'description'], 'Barnpsykologens arbetstid');
  await amounts('financingLines', 2, '200000', `200${NBSP}000`);

  // The region's staff time, valued so it can be checked: 400 hours at 500 kr, social fees included.
  const v = ['budget', 'costLines', 1, 'valuation'] as const;
  await page.getByRole('button', { name: 'Ange värdering för rad 2' }).click();
  await form.select([...v, 'basis'], { label: 'Timmar × kostnad per timme' });
  await form.text([...v, 'rate'], '500');
  for (let y = 0; y < 3; y++) await form.text([...v, 'quantities', y], '400');
  await page.getByRole('button', { name: 'Använd beräknade belopp på rad 2' }).click();

  await form.text(['budget', 'comment'], 'Personalkostnader inklusive sociala avgifter.');
}

export async function fillSocioEconomics(form: WizardForm) {
  await form.goTo('Samhällsekonomi');
  const page = form.page;
  for (let y = 0; y < 3; y++) await form.text(['socioEconomics', 'peopleReached', y], '80');
  await form.text(['socioEconomics', 'baselineRisk'], '20');
  await form.text(['socioEconomics', 'baselineRiskSource'], 'Elevhälsans kartläggning 2024');
  await form.text(['socioEconomics', 'baselineRiskLow'], '15');
  await form.text(['socioEconomics', 'baselineRiskHigh'], '25');
  await form.text(['socioEconomics', 'effect'], '25,5', '25,5');
  await form.text(['socioEconomics', 'effectSource'], 'Utvärdering av Backa barnet, FoU i Väst 2019');
  await form.text(['socioEconomics', 'effectLow'], '15');
  await form.text(['socioEconomics', 'effectHigh'], '35');
  await form.text(['socioEconomics', 'priceBaseYear'], '2024');
  await page.getByRole('button', { name: /Lägg till egen kostnad/ }).click();
  const cost = ['socioEconomics', 'avoidedCosts', 0] as const;
  await form.select([...cost, 'actor'], { label: 'Kommun' });
  await form.text([...cost, 'label'], 'Placering utanför hemmet');
  await form.text([...cost, 'amountPerYear'], '1 100 000 kr', `1${NBSP}100${NBSP}000`);
  await form.text([...cost, 'durationYears'], '2');
  await form.text([...cost, 'source'], 'SKL/Psynk 2015');
  await form.text([...cost, 'sourceYear'], '2015');
}
