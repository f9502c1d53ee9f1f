import type { Localized } from './labels';
import type { EffectLevel, Rating, ValuationBasis } from './schema';

/** Names of the choices the format added in version 3, for the wizard's selects and the document alike. */
export const EFFECT_LEVEL_LABELS: Record<EffectLevel, Localized> = {
  outputs: { sv: 'Prestationer', en: 'Outputs' },
  shortTerm: { sv: 'Kortsiktig effekt', en: 'Short-term effect' },
  mediumTerm: { sv: 'Effekt på medellång sikt', en: 'Medium-term effect' },
  longTerm: { sv: 'Långsiktig effekt', en: 'Long-term effect' },
};

export const OVERALL_GOAL_LEVEL: Localized = { sv: 'Övergripande mål', en: 'Overall goal' };

export const RATING_LABELS: Record<Exclude<Rating, ''>, Localized> = {
  low: { sv: 'Låg', en: 'Low' },
  medium: { sv: 'Medel', en: 'Medium' },
  high: { sv: 'Hög', en: 'High' },
};

export const VALUATION_BASIS_LABELS: Record<ValuationBasis, Localized> = {
  hours: { sv: 'Timmar × kostnad per timme', en: 'Hours × cost per hour' },
  fte: { sv: 'Andel av heltid × 12 × månadslön', en: 'Share of full time × 12 × monthly salary' },
};

/** The unit of a valuation's quantity per year. */
export const VALUATION_UNIT_LABELS: Record<ValuationBasis, Localized> = {
  hours: { sv: 'timmar', en: 'hours' },
  fte: { sv: '% av heltid', en: '% of full time' },
};
