import { defineCatalog } from '../i18n/catalog';

/** Names of the choices the format added in version 3, for the wizard's selects and the document alike. */
export const effectLevelStrings = defineCatalog(
  {
    outputs: 'Prestationer',
    shortTerm: 'Kortsiktig effekt',
    mediumTerm: 'Effekt på medellång sikt',
    longTerm: 'Långsiktig effekt',
  },
  {
    outputs: 'Outputs',
    shortTerm: 'Short-term effect',
    mediumTerm: 'Medium-term effect',
    longTerm: 'Long-term effect',
  },
);

export const ratingStrings = defineCatalog(
  {
    low: 'Låg',
    medium: 'Medel',
    high: 'Hög',
  },
  {
    low: 'Low',
    medium: 'Medium',
    high: 'High',
  },
);

export const valuationBasisStrings = defineCatalog(
  {
    hours: 'Timmar × kostnad per timme',
    fte: 'Andel av heltid × 12 × månadslön',
  },
  {
    hours: 'Hours × cost per hour',
    fte: 'Share of full time × 12 × monthly salary',
  },
);

/** The unit of a valuation's quantity per year. */
export const valuationUnitStrings = defineCatalog(
  {
    hours: 'timmar',
    fte: '% av heltid',
  },
  {
    hours: 'hours',
    fte: '% of full time',
  },
);
