import { memo } from 'react';
import { formatKronor } from '../../../../shared/finance/money';
import type { RangeCase } from '../../../../shared/finance/socio-ranges';
import { SOCIO_TEXT, paybackText, percentText, ratioText } from '../../../../shared/finance/socio-labels';
import { NumberField, TextField } from '../../components';
import { useLang, useT } from '../../i18n';
import { rangeStrings } from './plan-strings';
import { YearField } from './YearField';

/** Where an uncertain figure comes from and how low or high it may plausibly be. */
export function UncertainInput({ name }: { name: 'baselineRisk' | 'effect' }) {
  const t = useT(rangeStrings);
  return (
    <>
      <TextField path={['socioEconomics', `${name}Source`]} hint={t('sourceHint')} />
      <div className="field-row">
        <NumberField path={['socioEconomics', `${name}Low`]} decimals={1} unit="%" hint={t('lowHighHint')} />
        <NumberField path={['socioEconomics', `${name}High`]} decimals={1} unit="%" />
      </div>
    </>
  );
}

export function PriceBaseYear() {
  const t = useT(rangeStrings);
  return <YearField path={['socioEconomics', 'priceBaseYear']} hint={t('priceHint')} />;
}

/** The calculation at the low and high values, beside the fixed sensitivity grid. */
export const RangeTable = memo(function RangeTable({ cases }: { cases: RangeCase[] }) {
  const t = useT(rangeStrings);
  const lang = useLang();
  if (cases.length === 0) return <p className="socio-note">{t('noRanges')}</p>;
  return (
    <table className="data-table socio-table" data-testid="socio-ranges">
      <caption>{t('rangeCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('case')}</th>
          <th scope="col" className="num">{t('values')}</th>
          <th scope="col" className="num">{t('npv')}</th>
          <th scope="col" className="num">{t('perKrona')}</th>
          <th scope="col" className="num">{t('payback')}</th>
        </tr>
      </thead>
      <tbody>
        {cases.map((c) => (
          <tr key={`${c.assumption}-${c.bound}`}>
            <th scope="row">{t(`case_${c.assumption}_${c.bound}`)}</th>
            <td className="num">
              {percentText(c.baselineRisk, lang)} / {percentText(c.effect, lang)}
            </td>
            <td className="num">{formatKronor(c.netPresentValue)}</td>
            <td className="num">{ratioText(c.returnPerKrona, lang, SOCIO_TEXT.notComputable)}</td>
            <td className="num">{paybackText(c.paybackYear, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
});
