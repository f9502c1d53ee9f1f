import { defineCatalog } from '../../../../shared/i18n/catalog';

export const strings = defineCatalog(
  {
    who: 'Vilka barn och unga',
    ageHint: 'Utlysningen gäller barn och unga {min}–{max} år.',
    years: 'år',
    reach: 'Hur många som nås',
    childrenHint: 'Uppskattat antal barn och unga som nås direkt under projektet.',
    indirect: 'Indirekta målgrupper',
    indirectIntro: 'Till exempel föräldrar eller personal, när insatser till dem förbättrar barnens förutsättningar.',
    indirectItem: 'Indirekt målgrupp {n}',
    indirectAdd: 'Lägg till indirekt målgrupp',
    indirectEmpty: 'Inga indirekta målgrupper.',
    selection: 'Urval och risk',
    leftOutHint: 'Tänk på språk, funktionsnedsättning, kön och ekonomi, och vad ni gör åt det.',
  },
  {
    who: 'Which children and young people',
    ageHint: 'The call covers children and young people aged {min}–{max}.',
    years: 'years',
    reach: 'How many are reached',
    childrenHint: 'Estimated number of children and young people reached directly during the project.',
    indirect: 'Indirect target groups',
    indirectIntro: 'For example parents or staff, when work with them improves the children’s chances.',
    indirectItem: 'Indirect target group {n}',
    indirectAdd: 'Add an indirect target group',
    indirectEmpty: 'No indirect target groups.',
    selection: 'Selection and risk',
    leftOutHint: 'Think of language, disability, gender and economy, and what you do about it.',
  },
);
