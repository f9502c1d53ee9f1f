import { localizedTable } from '../i18n/localized';
import type { Localized } from './labels';
import { effectLevelStrings, ratingStrings, valuationBasisStrings, valuationUnitStrings } from './option-strings';
import type { EffectLevel, Rating, ValuationBasis } from './schema';

export const EFFECT_LEVEL_LABELS: Record<EffectLevel, Localized> = localizedTable(effectLevelStrings);

export const OVERALL_GOAL_LEVEL: Localized = { sv: 'Övergripande mål', en: 'Overall goal' };

export const RATING_LABELS: Record<Exclude<Rating, ''>, Localized> = localizedTable(ratingStrings);

export const VALUATION_BASIS_LABELS: Record<ValuationBasis, Localized> = localizedTable(valuationBasisStrings);

export const VALUATION_UNIT_LABELS: Record<ValuationBasis, Localized> = localizedTable(valuationUnitStrings);
