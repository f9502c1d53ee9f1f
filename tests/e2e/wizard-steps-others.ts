import type { WizardForm } from './wizard-form';

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
    ['indicator', 'Andel elever i årskurs 9 som är behöriga till gymnasieskolan'],
    ['baseline', '78 %'],
    ['target', '84 %'],
    ['dataSource', 'Skolverket, SIRIS'],
    ['assumptions', 'Att personalen finns kvar under projekttiden.'],
  ];
  for (const [k, v] of chain) await form.text([...row, k], v);
  await page.getByRole('button', { name: 'Lägg till projektmål' }).click();
  await form.text(['goals', 'projectGoals', 0, 'text'], 'Alla barn i målgruppen får en gemensam plan inom två veckor.');
  await form.tick(/^Rad 1: Barn får stöd för sent/, ['goals', 'projectGoals', 0, 'logicRowIds']);
}

export async function fillActivities(form: WizardForm) {
  await form.goTo('Aktiviteter');
  const page = form.page;
  const activities = [
    ['Gemensamma samtal', 'Bengtsfors kommun, Sektor barn och utbildning', '2025-02-01', '2027-11-30', 'Samtal med familjen och berörda verksamheter.'],
    ['Barnpsykolog i skolan', 'Västra Götalandsregionen, Närhälsan Dalsland', '2025-03-01', '2027-12-31', 'Barnpsykologen finns på plats i skolorna två dagar i veckan.'],
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
