import type { Lang, Localized } from '../../i18n/catalog';
import { inBoth, localizedTable } from '../../i18n/localized';
import { formatKronor, formatNumber, NBSP } from '../money';
import { SOCIO_MAX_KRONOR } from './bounds';
import type { Investor } from './investment';
import type { MissingInput, SocioResult } from './types';
import { actorStrings, missingInputNameStrings, missingStrings, socioFigureStrings, socioStrings } from './strings';

/*
 * The calculation's words are catalogs in strings.ts, shared by the CLI, the DOCX and the wizard. These tables are
 * the same texts as `{ sv, en }` pairs for callers that index them by key and language.
 */

export const ACTOR_LABELS: Record<Investor, Localized> = localizedTable(actorStrings);

export const SOCIO_TEXT = {
  ...localizedTable(socioStrings),
  outOfRange: inBoth(socioStrings, 'outOfRange', { max: formatKronor(SOCIO_MAX_KRONOR) }),
};

export const MISSING_LABELS: Record<MissingInput, Localized> = localizedTable(missingStrings);

export const MISSING_INPUT_NAMES: Record<MissingInput, Localized> = localizedTable(missingInputNameStrings);

/** English writes `1,234.5` where Swedish writes `1 234,5`, and a hyphen-minus for the minus sign. */
const NUMBER_CONVENTION: Record<Lang, (sv: string) => string> = {
  sv: (sv) => sv,
  en: (sv) => sv.replace(/,/g, '.').replace(/\u00a0/g, ',').replace(/\u2212/g, '-'),
};

/** A number in the reader's convention: `1 234,5` in Swedish, `1,234.5` in English; trailing zeros dropped. */
export function numberText(value: number, lang: Lang, decimals = 2, fixed = false): string {
  let sv = formatNumber(value, decimals);
  // Ratios in a column read better with every decimal shown: 6,10 under 0,22.
  if (fixed && decimals > 0 && Number.isFinite(value)) {
    const [, frac = ''] = sv.split(',');
    sv = (frac ? sv : `${sv},`) + '0'.repeat(decimals - frac.length);
  }
  return NUMBER_CONVENTION[lang](sv);
}

/** `4` → "år 4"; null → "inte inom kalkylperioden". */
export function paybackText(year: number | null, lang: Lang): string {
  if (year === null) return SOCIO_TEXT.noPayback[lang];
  return socioFigureStrings.t(lang, 'paybackYear', { year });
}

/** `2.52` → "2,52 kr"; null → the reason there is no ratio. */
export function ratioText(ratio: number | null, lang: Lang, none: Localized = SOCIO_TEXT.noRatio): string {
  if (ratio === null) return none[lang];
  const n = numberText(ratio, lang, 2, true);
  return socioFigureStrings.t(lang, 'perKrona', { n });
}

/** A count that may have decimals: `15.86` → "15,86"; null → "kan inte beräknas". */
export function countText(value: number | null, lang: Lang, decimals = 2): string {
  return value === null ? SOCIO_TEXT.notComputable[lang] : numberText(value, lang, decimals);
}

/** A percentage entered by the user (0–100): `3.5` → "3,5 %". */
export function percentText(value: number | null, lang: Lang): string {
  return value === null ? SOCIO_TEXT.notComputable[lang] : `${numberText(value, lang, 2)}${NBSP}%`;
}

/** A share 0–1 as percent: `0.0991` → "9,91 %". */
export function shareText(share: number | null, lang: Lang): string {
  return share === null ? SOCIO_TEXT.notComputable[lang] : percentText(Math.round(share * 10000) / 100, lang);
}

/** A one-line verdict for summaries: payback, return per krona and break-even. */
export function verdictText(r: SocioResult, lang: Lang): string {
  const ret = ratioText(r.returnPerKrona, lang, SOCIO_TEXT.notComputable);
  const be = countText(r.breakEvenSuccesses, lang);
  return socioFigureStrings.t(lang, 'verdict', { payback: paybackText(r.paybackYear, lang), perKrona: ret, breakEven: be });
}
