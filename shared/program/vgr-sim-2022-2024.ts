import type { Programme } from './schema';

/**
 * VGR:s sociala investeringsmedel, call 2022–2024: the shipped default programme.
 * A priority's Swedish title is the call's own wording, word for word (shared/DOMAIN.md), because the case officer
 * compares it with the call; its English title translates that wording. Descriptions are our own explanation, shown
 * beside the title in the wizard, never in its place. Theme titles are the call's headings.
 */
export const VGR_SIM_2022_2024: Programme = {
  id: 'vgr-sim-2022-2024',
  version: '1',
  name: {
    sv: 'Västra Götalandsregionens sociala investeringsmedel 2022–2024',
    en: 'Region Västra Götaland social investment funds 2022–2024',
  },
  funder: { sv: 'Västra Götalandsregionen', en: 'Region Västra Götaland' },
  ageRange: { min: 0, max: 15 },
  maxDurationMonths: 36,
  fundShareCapPercent: null,
  themes: [
    {
      id: 'ph',
      title: { sv: 'Psykisk hälsa', en: 'Mental health' },
      priorities: [
        {
          id: 'ph-1',
          title: {
            sv: 'Utveckla samverkan mellan skola och region för en sammanhållen barn-, elev- och ungdomshälsa.',
            en: 'Develop collaboration between school and region for a coherent child, pupil and youth health service.',
          },
          description: {
            sv: 'Skolans elevhälsa och regionens hälso- och sjukvård arbetar ihop så att barn och unga möter en sammanhållen hälsa i stället för skilda verksamheter.',
            en: "The school's pupil health service and the region's health care work together so that children meet one coherent health service instead of separate ones.",
          },
        },
        {
          id: 'ph-2',
          title: {
            sv: 'Förbättra förutsättningarna för barn/unga med misstanke om utvecklingsrelaterade funktionsavvikelser genom t.ex. tidiga insatser, särskilt stöd, sammanhållet vårdförlopp, samordning och trygghet.',
            en: 'Improve the conditions for children/young people with suspected developmental deviations through, for example, early interventions, special support, a coherent care process, coordination and security.',
          },
          description: {
            sv: 'Tidigt stöd och särskilt stöd, en sammanhållen vårdkedja, samordning mellan huvudmännen och trygghet för barnet och familjen.',
            en: 'Early and special support, one coherent care pathway, coordination between the principals and a sense of security for the child and family.',
          },
        },
      ],
    },
    {
      id: 'fr',
      title: { sv: 'Föräldrar som resurs', en: 'Parents as a resource' },
      priorities: [
        {
          id: 'fr-1',
          title: {
            sv: 'Förstärka och tillgängliggöra stöd till vårdnadshavare i hela länet, med särskilt fokus på föräldrar med migrationsbakgrund eller låg utbildningsbakgrund.',
            en: 'Strengthen support to guardians throughout the county and make it accessible, with a special focus on parents with a migration background or a low level of education.',
          },
          description: {
            sv: 'Särskilt för föräldrar med utländsk bakgrund eller kort utbildning, så att fler kan stötta sina barns hälsa och skolgång.',
            en: "Especially for parents with a migration background or short education, so that more can support their children's health and schooling.",
          },
        },
      ],
    },
    {
      id: 'ls',
      title: { sv: 'Läsning & språkutveckling', en: 'Reading & language development' },
      priorities: [
        {
          id: 'ls-1',
          title: {
            sv: 'Utveckla samverkansformer för hälsofrämjande och förebyggande insatser för barn och unga med språkstörning.',
            en: 'Develop forms of collaboration for health-promoting and preventive interventions for children and young people with developmental language disorder.',
          },
          description: {
            sv: 'Tidig upptäckt och gemensamma arbetssätt mellan till exempel BVC, logopedi, förskola och skola.',
            en: 'Early detection and shared ways of working between, for example, child health services, speech therapy, preschool and school.',
          },
        },
      ],
    },
    {
      id: 'mf',
      title: { sv: 'Motivation & framtidstro', en: 'Motivation & belief in the future' },
      priorities: [
        {
          id: 'mf-1',
          title: {
            sv: 'Utveckla och sprida metoder för barn och ungas delaktighet och inflytande.',
            en: "Develop and spread methods for children's and young people's participation and influence.",
          },
          description: {
            sv: 'Att utveckla och sprida arbetssätt där barn och unga är med och påverkar de insatser som rör dem.',
            en: 'Developing and spreading ways of working in which children help shape the efforts that concern them.',
          },
        },
        {
          id: 'mf-2',
          title: {
            sv: 'Utveckla och sprida metoder för skolanknytning, närvaro och meningsfullhet i skolan.',
            en: 'Develop and spread methods for school connectedness, attendance and meaningfulness in school.',
          },
          description: {
            sv: 'Att utveckla och sprida arbetssätt som stärker barns anknytning till skolan och förebygger problematisk frånvaro.',
            en: "Developing and spreading ways of working that strengthen children's attachment to school and prevent problematic absence.",
          },
        },
      ],
    },
  ],
  requiredTexts: [
    'project.title',
    'project.summary',
    'needs.need',
    'needs.extent',
    'needs.causes',
    'needs.consequences',
    'needs.jointAnalysis',
    'targetGroup.description',
    'childRights.bestInterests.whichChildren',
    'childRights.feedback',
    'goals.purpose',
    'goals.overallGoal',
    'collaboration.steering',
    'followUp.plan',
    'followUp.evaluation',
    'followUp.implementation',
  ],
  textLimits: {
    'project.title': 150,
    'project.summary': 1500,
  },
  mandatoryArticles: [2, 3, 6, 12],
  articles: [
    { number: 2, title: { sv: 'Icke-diskriminering, alla barns lika värde', en: 'Non-discrimination, equal worth' } },
    { number: 3, title: { sv: 'Barnets bästa i främsta rummet', en: 'Best interests of the child' } },
    { number: 4, title: { sv: 'Genomförande av rättigheterna', en: 'Implementation of rights' } },
    { number: 5, title: { sv: 'Föräldrars vägledning', en: 'Parental guidance' } },
    { number: 6, title: { sv: 'Rätt till liv, överlevnad och utveckling', en: 'Life, survival and development' } },
    { number: 12, title: { sv: 'Rätt att uttrycka sin mening och bli hörd', en: 'Right to be heard' } },
    { number: 13, title: { sv: 'Yttrande- och informationsfrihet', en: 'Freedom of expression' } },
    { number: 16, title: { sv: 'Skydd för privatliv', en: 'Privacy' } },
    { number: 18, title: { sv: 'Föräldrarnas ansvar och stöd till föräldrar', en: 'Parental responsibility and support' } },
    { number: 19, title: { sv: 'Skydd mot våld och vanvård', en: 'Protection from violence and neglect' } },
    { number: 23, title: { sv: 'Barn med funktionsnedsättning', en: 'Children with disabilities' } },
    { number: 24, title: { sv: 'Hälsa och vård', en: 'Health and health services' } },
    { number: 26, title: { sv: 'Social trygghet', en: 'Social security' } },
    { number: 27, title: { sv: 'Skälig levnadsstandard', en: 'Adequate standard of living' } },
    { number: 28, title: { sv: 'Rätt till utbildning', en: 'Right to education' } },
    { number: 29, title: { sv: 'Utbildningens syften', en: 'Goals of education' } },
    { number: 30, title: { sv: 'Barn som tillhör minoriteter', en: 'Children of minorities' } },
    { number: 31, title: { sv: 'Vila, fritid och lek', en: 'Leisure, play and culture' } },
    { number: 39, title: { sv: 'Rehabilitering och återanpassning', en: 'Recovery and reintegration' } },
  ],
  help: {
    parties: {
      sv: 'Ansökan görs av två huvudmän tillsammans: en kommunal och en regional verksamhet. En part är projektägare, och båda skriver under. Fler samverkansparter är välkomna.',
      en: 'The application is made by two principals together: a municipal and a regional operation. One party owns the project, and both sign. Further partners are welcome.',
    },
    project: {
      sv: 'Investeringen ska vara avgränsad i tid och storlek. Projekt som omfattar flera kommuner ses positivt. Sammanfattningen ska gå att förstå utan resten av ansökan.',
      en: 'The investment should be bounded in time and size. Projects spanning several municipalities are viewed positively. The summary should stand on its own.',
    },
    needs: {
      sv: 'Behovsanalysen görs gemensamt av parterna. Beskriv behovet med data och källor, orsaker, konsekvenser om inget görs, var behovet är störst och vilka insatser som redan finns.',
      en: 'The needs analysis is done jointly. Describe the need with data and sources, causes, consequences if nothing is done, where it is greatest and which efforts already exist.',
    },
    priorities: {
      sv: 'Välj minst en av utlysningens prioriteringar och motivera hur projektet bidrar till den.',
      en: "Choose at least one of the call's priorities and explain how the project contributes to it.",
    },
    targetGroup: {
      sv: 'Målgruppen är barn och unga, med särskilt fokus på dem som riskerar att inte fullfölja skolan. Insatser till föräldrar räknas när de förbättrar barnens förutsättningar.',
      en: 'The target group is children and young people, especially those at risk of not completing school. Work with parents counts when it improves the children’s chances.',
    },
    childRights: {
      sv: 'Barnrättsperspektivet ska genomsyra hela ansökan. Visa hur barnkonventionens grundprinciper beaktas, hur barn är delaktiga före, under och efter, och gör en prövning av barnets bästa.',
      en: 'The child-rights perspective must run through the whole application. Show how the general principles are addressed, how children take part before, during and after, and assess the best interests of the child.',
    },
    goals: {
      sv: 'Målen ska gå att spåra till rader i logikmodellen, och indikatorerna till uppföljningsplanen. Varje kedja går från behov via aktiviteter och prestationer till kort- och långsiktiga effekter.',
      en: 'Goals should trace to rows of the logic model, and indicators to the follow-up plan. Each chain runs from need through activities and outputs to short- and long-term effects.',
    },
    activities: {
      sv: 'Varje aktivitet har en ansvarig part och ligger inom projektperioden. Nya arbetssätt mellan parterna är det VGR vill pröva.',
      en: 'Each activity has a responsible party and lies within the project period. New ways of working between the parties are what VGR wants to test.',
    },
    collaboration: {
      sv: 'Både den regionala och den kommunala parten deltar i aktiviteterna och i finansieringen. Beskriv styrning, arbetsgrupper och vad varje part bidrar med.',
      en: 'Both the regional and the municipal party take part in the activities and in the financing. Describe steering, working groups and what each party contributes.',
    },
    budget: {
      sv: 'Finansieringen ska vara lika stor som kostnaderna varje år. Båda huvudmännen bidrar, kontant eller med arbetstid värderad till självkostnad. Belopp anges i hela kronor.',
      en: 'Financing must equal costs every year. Both principals contribute, in cash or with staff time valued at cost. Amounts are in whole kronor.',
    },
    socioEconomics: {
      sv: 'Kalkylen uppskattar vad det kostar samhället när det går fel för målgruppen och vem som bär kostnaden. Samhällsekonomiska belopp är inte budgetbesparingar för en enskild organisation.',
      en: 'The calculation estimates what it costs society when things go wrong for the target group, and who pays. Society-wide figures are not budget savings for one organisation.',
    },
    followUp: {
      sv: 'Varje investering följs upp mot syfte och effekter. Projektledaren ansvarar för uppföljningen med stöd från VGR. Beskriv hur det som fungerar tas in i ordinarie verksamhet.',
      en: 'Each investment is followed up against purpose and effects. The project leader is responsible, with support from VGR. Describe how what works is taken into ordinary operations.',
    },
    review: {
      sv: 'Åtgärda alla fel innan ansökan exporteras för underskrift. Ett utkast kan alltid exporteras och märks då UTKAST.',
      en: 'Fix every error before exporting for signature. A draft can always be exported and is then marked DRAFT.',
    },
  },
  subRegions: [
    {
      id: 'fyrbodal',
      name: 'Fyrbodal',
      municipalities: ['Bengtsfors', 'Dals-Ed', 'Färgelanda', 'Lysekil', 'Mellerud', 'Munkedal', 'Orust', 'Sotenäs', 'Strömstad', 'Tanum', 'Trollhättan', 'Uddevalla', 'Vänersborg', 'Åmål'],
    },
    {
      id: 'skaraborg',
      name: 'Skaraborg',
      municipalities: ['Essunga', 'Falköping', 'Grästorp', 'Gullspång', 'Götene', 'Hjo', 'Karlsborg', 'Lidköping', 'Mariestad', 'Skara', 'Skövde', 'Tibro', 'Tidaholm', 'Töreboda', 'Vara'],
    },
    {
      id: 'sjuharad',
      name: 'Sjuhärad',
      municipalities: ['Bollebygd', 'Borås', 'Herrljunga', 'Mark', 'Svenljunga', 'Tranemo', 'Ulricehamn', 'Vårgårda'],
    },
    {
      id: 'goteborgsregionen',
      name: 'Göteborgsregionen',
      municipalities: ['Ale', 'Alingsås', 'Göteborg', 'Härryda', 'Kungälv', 'Lerum', 'Lilla Edet', 'Mölndal', 'Partille', 'Stenungsund', 'Tjörn', 'Öckerö'],
    },
  ],
  indicators: [
    { sv: 'Andel elever i årskurs 9 som är behöriga till gymnasieskolan', en: 'Share of year-9 pupils eligible for upper secondary school' },
    { sv: 'Andel elever med godkända betyg i alla ämnen', en: 'Share of pupils with passing grades in all subjects' },
    { sv: 'Problematisk skolfrånvaro', en: 'Problematic school absence' },
    { sv: 'Barn i hushåll med ekonomiskt bistånd', en: 'Children in households with income support' },
    { sv: 'Placeringar utanför hemmet av barn 0–15 år', en: 'Out-of-home placements of children 0–15' },
    { sv: 'Remisser till BUP och väntetider', en: 'Referrals to child psychiatry and waiting times' },
    { sv: 'Språkscreening på BVC', en: 'Language screening at child health services' },
    { sv: 'Deltagande i föräldraskapsstöd', en: 'Participation in parenting support' },
    { sv: 'Elevenkät: välbefinnande', en: 'Pupil survey: well-being' },
    { sv: 'Elevenkät: skolanknytning', en: 'Pupil survey: school connectedness' },
    { sv: 'Elevenkät: inflytande', en: 'Pupil survey: influence' },
  ],
};
