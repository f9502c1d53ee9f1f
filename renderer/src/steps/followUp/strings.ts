import { defineCatalog } from '../../../../shared/i18n/catalog';

export const strings = defineCatalog(
  {
    risksSection: 'Risker och riskhantering',
    risksIntro: 'De viktigaste riskerna för projektet: hur sannolika de är, vad de skulle leda till, vad ni gör åt dem och vem som ansvarar.',
    risk: 'Risk {n}',
    addRisk: 'Lägg till risk',
    noRisks: 'Inga risker än.',
    rating_low: 'Låg',
    rating_medium: 'Medel',
    rating_high: 'Hög',
  },
  {
    risksSection: 'Risks and risk management',
    risksIntro: 'The main risks to the project: how likely they are, what they would lead to, what you do about them and who is responsible.',
    risk: 'Risk {n}',
    addRisk: 'Add risk',
    noRisks: 'No risks yet.',
    rating_low: 'Low',
    rating_medium: 'Medium',
    rating_high: 'High',
  },
);
