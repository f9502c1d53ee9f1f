import type { Page } from 'playwright-core';
import { fieldId, tabTo, type WizardForm } from './wizard-form';

/** The project starts next year: one that started before the application is made draws a warning. */
export const PROJECT_YEAR = new Date().getFullYear() + 1;

/** Test data for a small but complete application: Bengtsfors kommun and Närhälsan Dalsland. */
export const PARTIES = [
  {
    organisation: 'Bengtsfors kommun',
    unit: 'Sektor barn och utbildning',
    orgNumber: '212000-1462',
    street: 'Storgatan 16',
    postalCode: '666 30',
    city: 'Bengtsfors',
    contact: ['Anna Öberg', 'Utvecklingsledare', '0531-52 60 00', 'anna.oberg@bengtsfors.se'],
    signatory: ['Lars Åkesson', 'Kommunstyrelsens ordförande'],
  },
  {
    organisation: 'Västra Götalandsregionen',
    unit: 'Närhälsan Dalsland',
    orgNumber: '232100-0131',
    street: 'Box 1091',
    postalCode: '462 28',
    city: 'Vänersborg',
    contact: ['Maria Håkansson', 'Verksamhetschef', '010-441 00 00', 'maria.hakansson@vgregion.se'],
    signatory: ['Jonas Bäck', 'Förvaltningschef'],
  },
] as const;

/** The parties step, by keyboard alone: Tab to each control and type, as someone who cannot use a mouse. */
export async function fillPartiesByKeyboard(page: Page, form: WizardForm) {
  form.setStep('Parter');
  for (let i = 0; i < PARTIES.length; i++) {
    const p = PARTIES[i]!;
    const entries: [readonly (string | number)[], string][] = [
      [['parties', i, 'organisation'], p.organisation],
      [['parties', i, 'unit'], p.unit],
      [['parties', i, 'orgNumber'], p.orgNumber],
      [['parties', i, 'address', 'street'], p.street],
      [['parties', i, 'address', 'postalCode'], p.postalCode],
      [['parties', i, 'address', 'city'], p.city],
      [['parties', i, 'contact', 'name'], p.contact[0]],
      [['parties', i, 'contact', 'title'], p.contact[1]],
      [['parties', i, 'contact', 'phone'], p.contact[2]],
      [['parties', i, 'contact', 'email'], p.contact[3]],
      [['parties', i, 'signatory', 'name'], p.signatory[0]],
      [['parties', i, 'signatory', 'title'], p.signatory[1]],
    ];
    for (const [path, value] of entries) {
      const id = fieldId(path);
      await tabTo(page, id);
      await page.keyboard.type(value);
      form.expected.push({ step: 'Parter', id, kind: 'value', value });
    }
  }
  // On to the next step with the keyboard too.
  await tabTo(page, 'next-step');
  await page.keyboard.press('Enter');
  await page.locator('#step-title', { hasText: 'Projekt' }).waitFor();
}

export async function fillProject(form: WizardForm) {
  await form.goTo('Projekt');
  await form.text(['project', 'title'], 'Tidigt tillsammans i Dalsland');
  await form.text(
    ['project', 'summary'],
    'Bengtsfors kommun och Närhälsan Dalsland prövar en gemensam väg in för barn 0–12 år som inte mår bra.\nFamiljen får ett samtal med de verksamheter som behövs inom två veckor.',
  );
  await form.text(['project', 'startDate'], `${PROJECT_YEAR}-01-01`);
  await form.text(['project', 'endDate'], `${PROJECT_YEAR + 2}-12-31`);
  await form.tick('Bengtsfors', ['project', 'municipalities']);
  await form.tick('Åmål', ['project', 'municipalities']);
  await form.text(['project', 'leader', 'name'], 'Sofia Lindén');
  await form.text(['project', 'leader', 'title'], 'Projektledare');
  await form.text(['project', 'leader', 'phone'], '0531-52 61 00');
  await form.text(['project', 'leader', 'email'], 'sofia.linden@bengtsfors.se');
  await form.select(['project', 'leader', 'partyId'], { label: 'Bengtsfors kommun, Sektor barn och utbildning' });
}

const NEEDS: [string, string][] = [
  ['need', 'Allt fler barn i Dalsland når inte målen i skolan, och signalerna syns tidigt i förskola och BVC.'],
  ['extent', 'Andelen behöriga till gymnasiet var 78 % år 2023, mot 86 % i riket.'],
  ['sources', 'Skolverket, SIRIS 2023; Närhälsans journaluttag.'],
  ['causes', 'Sent upptäckta behov, insatser som inte hänger ihop, långa väntetider.'],
  ['consequences', 'Fler barn riskerar att inte fullfölja skolan och hamna i utanförskap.'],
  ['whereGreatest', 'Bland barn i familjer med kort utbildning och i glesbygd.'],
  ['existingEfforts', 'Elevhälsa, BVC och socialtjänstens öppenvård, var för sig.'],
  ['jointAnalysis', 'Parterna gick igenom statistik och ärenden tillsammans i tre workshoppar hösten 2024.'],
];

export async function fillNeeds(form: WizardForm) {
  await form.goTo('Behovsanalys');
  for (const [k, v] of NEEDS) await form.text(['needs', k], v);
}

export async function fillPriorities(form: WizardForm) {
  await form.goTo('Inriktning');
  await form.tick('Utveckla samverkan mellan skola och region för en sammanhållen barn-, elev- och ungdomshälsa.');
  await form.text(['priorities', 0, 'motivation'], 'Elevhälsan och vårdcentralens barnteam möter familjen tillsammans.');
  await form.tick('Utveckla och sprida metoder för skolanknytning, närvaro och meningsfullhet i skolan.');
  await form.text(['priorities', 1, 'motivation'], 'Tidigt stöd minskar risken för problematisk frånvaro.');
}

export async function fillTargetGroup(form: WizardForm) {
  await form.goTo('Målgrupp');
  await form.text(['targetGroup', 'description'], 'Barn 0–12 år i Bengtsfors och Åmål där förskola, skola eller BVC ser tidiga tecken på att barnet inte mår bra.');
  await form.text(['targetGroup', 'ageMin'], '0');
  await form.text(['targetGroup', 'ageMax'], '12');
  await form.text(['targetGroup', 'childrenReached'], '240');
  await form.page.getByRole('button', { name: 'Lägg till indirekt målgrupp' }).click();
  await form.text(['targetGroup', 'indirectGroups', 0, 'description'], 'Vårdnadshavare');
  await form.text(['targetGroup', 'indirectGroups', 0, 'count'], '1200', '1\u00a0200');
  await form.text(['targetGroup', 'selection'], 'Barn vars behov uppmärksammas av förskola, skola, BVC eller socialtjänst.');
  await form.text(['targetGroup', 'riskFactors'], 'Hög frånvaro, oro hemma, misstänkt språkstörning.');
  await form.text(['targetGroup', 'leftOut'], 'Familjer som inte talar svenska; vi erbjuder tolk och material på arabiska.');
}

export async function fillChildRights(form: WizardForm) {
  await form.goTo('Barnrätt');
  for (const [i, text] of [
    [0, 'Alla barn erbjuds samma väg in, oavsett språk eller bostadsort.'],
    [1, 'Varje gemensam plan börjar med en bedömning av barnets bästa.'],
    [2, 'Tidigt stöd ger barnet bättre förutsättningar att utvecklas.'],
    [3, 'Barnet är med i samtalet och får säga sin mening.'],
  ] as const)
    await form.text(['childRights', 'articles', i, 'how'], text);
  await form.tick('Artikel 24 – Hälsa och vård');
  await form.text(['childRights', 'articles', 4, 'how'], 'Barnhälsovården och elevhälsan samordnar sina insatser.');
  await form.text(['childRights', 'viewsBefore'], 'Elevråd i två skolor tyckte till om hur samtalet ska gå till.');
  await form.text(['childRights', 'viewsDuring'], 'Barnen fyller i en enkel enkät efter varje samtal.');
  await form.text(['childRights', 'viewsAfter'], 'Barnens svar är en del av utvärderingen.');
  const prompts: [string, string][] = [
    ['whichChildren', 'Barn 0–12 år med tidiga tecken på ohälsa, och deras syskon.'],
    ['childrenViews', 'Vi frågade 40 barn i samtal; de ville slippa berätta samma sak flera gånger.'],
    ['research', 'Forskning om tidiga samordnade insatser visar bättre skolresultat.'],
    ['alternatives', 'Att fortsätta som idag, eller en mottagning bara i skolan.'],
    ['consequences', 'Positivt: snabbare stöd. Negativt: fler vuxna runt barnet i ett möte.'],
    ['conflicts', 'Verksamheternas sekretess mot barnets behov av samordning.'],
    ['compensatingMeasures', 'Barnet träffar bara de vuxna som behövs; samtycke inhämtas.'],
  ];
  for (const [k, v] of prompts) await form.text(['childRights', 'bestInterests', k], v);
  await form.text(['childRights', 'feedback'], 'Barnen får ett brev efter varje termin om vad deras synpunkter ledde till.');
}

export async function fillCollaboration(form: WizardForm) {
  await form.goTo('Samverkan');
  const page = form.page;
  // The contribution fields exist per party before any text has been written; they take their real path on typing.
  const first = page.getByLabel('Vad Bengtsfors kommun, Sektor barn och utbildning bidrar med');
  await first.fill('Samordnare på halvtid, elevhälsans personal och lokaler i skolorna.');
  const second = page.getByLabel('Vad Västra Götalandsregionen, Närhälsan Dalsland bidrar med');
  await second.fill('Barnpsykolog två dagar i veckan och BVC-sköterskornas tid.');
  form.expected.push(
    { step: 'Samverkan', id: fieldId(['collaboration', 'contributions', 0, 'text']), kind: 'value', value: 'Samordnare på halvtid, elevhälsans personal och lokaler i skolorna.' },
    { step: 'Samverkan', id: fieldId(['collaboration', 'contributions', 1, 'text']), kind: 'value', value: 'Barnpsykolog två dagar i veckan och BVC-sköterskornas tid.' },
  );
  await form.text(['collaboration', 'steering'], 'Styrgrupp med förvaltningschefer från båda parter, möts varannan månad.');
  await form.text(['collaboration', 'workingGroups'], 'En arbetsgrupp per skolområde.');
  await form.text(['collaboration', 'otherCollaborators'], 'Föreningen Barnens Rätt i Samhället (BRIS).');
}

export async function fillFollowUp(form: WizardForm) {
  await form.goTo('Uppföljning och implementering');
  const texts: [string, string][] = [
    ['plan', 'Uppföljning varje termin mot indikatorerna i logikmodellen.'],
    ['evaluation', 'Extern utvärdering av FoU i Väst år 3.'],
    ['responsibilities', 'Projektledaren ansvarar, med stöd från VGR.'],
    ['implementation', 'Samordnarfunktionen tas in i ordinarie budget från 2028.'],
    ['spreading', 'Modellen presenteras för Fyrbodals kommuner via kunskapsnoden.'],
  ];
  for (const [k, v] of texts) await form.text(['followUp', k], v);
  // Risks are a list: each with likelihood, consequence, measure and who.
  await form.page.getByRole('button', { name: 'Lägg till risk' }).click();
  const risk = ['followUp', 'risks', 0] as const;
  await form.text([...risk, 'description'], 'Personalomsättning bland samordnarna.');
  await form.select([...risk, 'likelihood'], { label: 'Medel' });
  await form.select([...risk, 'consequence'], { label: 'Hög' });
  await form.text([...risk, 'measure'], 'Vi dokumenterar arbetssättet i en handbok.');
  await form.text([...risk, 'responsible'], 'Projektledaren');
}
