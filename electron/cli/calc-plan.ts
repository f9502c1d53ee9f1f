import { formatKronor } from '../../shared/finance/money';
import { rangeSensitivityOf } from '../../shared/finance/socio/ranges';
import { SOCIO_TEXT, paybackText, percentText, ratioText } from '../../shared/finance/socio/labels';
import { SOCIO_DOC } from '../../shared/docx/sections/socio-strings';
import type { Application } from '../../shared/model/schema';
import type { Lang } from './io';

const fill = (s: string, params: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));

/** "(lågt 15 %, högt 25 %). Källa: …": what the document prints beside an uncertain input, in the same words. */
export function uncertainNote(app: Application, name: 'baselineRisk' | 'effect', lang: Lang): string {
  const se = app.socioEconomics;
  const low = se[`${name}Low`];
  const high = se[`${name}High`];
  const range = low === null && high === null ? '' : ` (${percentText(low, lang)} – ${percentText(high, lang)})`;
  const source = se[`${name}Source`].trim() || SOCIO_DOC.noSourceGiven[lang];
  return `${range}. ${fill(SOCIO_DOC.sourceOf[lang], { source })}`;
}

export function priceBaseLine(app: Application, lang: Lang): string {
  const year = app.socioEconomics.priceBaseYear;
  return `${SOCIO_DOC.priceBase[lang]}: ${year === null ? SOCIO_DOC.priceBaseMissing[lang] : fill(SOCIO_DOC.priceBaseValue[lang], { year })}`;
}

/** The calculation at the low and high values, one line per case. */
export function rangeLines(app: Application, lang: Lang): string[] {
  const cases = rangeSensitivityOf(app);
  if (!cases.length) return [`  ${SOCIO_DOC.noRanges[lang]}`];
  return cases.map(
    (c) =>
      `    ${SOCIO_DOC[`case_${c.assumption}_${c.bound}`][lang]} (${percentText(c.baselineRisk, lang)} / ${percentText(c.effect, lang)}): ` +
      `${formatKronor(c.netPresentValue)}, ${ratioText(c.returnPerKrona, lang, SOCIO_TEXT.notComputable)}, ${paybackText(c.paybackYear, lang)}`,
  );
}
