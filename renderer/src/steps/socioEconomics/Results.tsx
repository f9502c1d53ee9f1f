import { memo } from 'react';
import { formatKronor } from '../../../../shared/finance/money';
import { INVESTORS, type SocioResult } from '../../../../shared/finance/socio';
import { ACTOR_LABELS, MISSING_LABELS, SOCIO_TEXT, countText, paybackText, percentText, ratioText, shareText } from '../../../../shared/finance/socio-labels';
import { useLang, useT } from '../../i18n';
import { strings } from './strings';

function KeyFigures({ r }: { r: SocioResult }) {
  const t = useT(strings);
  const lang = useLang();
  const breakEven =
    r.breakEvenSuccesses === null
      ? countText(null, lang)
      : r.breakEvenShareOfReached === null
        ? countText(r.breakEvenSuccesses, lang)
        : t('breakEvenShare', { count: countText(r.breakEvenSuccesses, lang), share: shareText(r.breakEvenShareOfReached, lang) });
  const rows: [string, string, boolean?][] = [
    [t('successes'), countText(r.successesTotal, lang)],
    [t('investmentPv'), formatKronor(r.investment.totalDiscounted)],
    [t('avoidedPv', { years: r.years }), formatKronor(r.avoided.totalDiscounted)],
    [t('npv'), formatKronor(r.netPresentValue), true],
    [t('perKrona'), ratioText(r.returnPerKrona, lang, SOCIO_TEXT.notComputable), true],
    [t('payback'), paybackText(r.paybackYear, lang), true],
    [t('breakEven'), breakEven],
    [t('perSuccess'), formatKronor(r.valuePerSuccess)],
  ];
  return (
    <dl className="socio-figures" data-testid="socio-figures">
      {rows.map(([label, value, strong]) => (
        <div key={label} className={strong ? 'socio-figure socio-figure--strong' : 'socio-figure'}>
          <dt>{label}</dt>
          <dd className="num">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function ActorTable({ r }: { r: SocioResult }) {
  const t = useT(strings);
  const lang = useLang();
  return (
    <table className="data-table socio-table">
      <caption>{t('actorsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('actor')}</th>
          <th scope="col" className="num">{t('invests')}</th>
          <th scope="col" className="num">{t('avoids')}</th>
          <th scope="col" className="num">{t('net')}</th>
          <th scope="col" className="num">{t('perKronaShort')}</th>
        </tr>
      </thead>
      <tbody>
        {INVESTORS.map((a) => (
          <tr key={a}>
            <th scope="row">{ACTOR_LABELS[a][lang]}</th>
            <td className="num">{formatKronor(r.actors[a].invested)}</td>
            <td className="num">{formatKronor(r.actors[a].gained)}</td>
            <td className="num">{formatKronor(r.actors[a].net)}</td>
            <td className="num">{ratioText(r.actors[a].returnPerKrona, lang)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('total')}</th>
          <td className="num">{formatKronor(r.investment.totalDiscounted)}</td>
          <td className="num">{formatKronor(r.avoided.totalDiscounted)}</td>
          <td className="num">{formatKronor(r.netPresentValue)}</td>
          <td className="num">{ratioText(r.returnPerKrona, lang, SOCIO_TEXT.notComputable)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

function Sensitivity({ r }: { r: SocioResult }) {
  const t = useT(strings);
  const lang = useLang();
  const s = r.sensitivity;
  return (
    <div className="socio-scroll" tabIndex={0} role="region" aria-label={t('sensitivityCaption')}>
      <table className="data-table socio-table" aria-describedby="socio-sensitivity-hint">
        <caption>{t('sensitivityCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('effectRate')}</th>
            {s.discountRates.map((d) => (
              <th scope="col" className="socio-cell" key={d}>
                {percentText(d, lang)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {s.cells.map((row, i) => (
            <tr key={s.effects[i]}>
              <th scope="row">{percentText(s.effects[i]!, lang)}</th>
              {row.map((c) => (
                <td key={c.discountRate} className={c.isBase ? 'socio-cell socio-base' : 'socio-cell'}>
                  <span className="socio-cell__ratio">{ratioText(c.returnPerKrona, lang, SOCIO_TEXT.notComputable)}</span>
                  <span className="socio-cell__payback">{paybackText(c.paybackYear, lang)}</span>
                  {c.isBase ? <span className="socio-own">{t('own')}</span> : null}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Everything the calculation says, from the memoised result: re-renders only when the result changes. */
export const Results = memo(function Results({ r }: { r: SocioResult }) {
  const t = useT(strings);
  const lang = useLang();
  return (
    <div className="socio-results">
      {r.missing.length > 0 ? (
        <p className="socio-warning">{t('missing', { list: r.missing.map((m) => MISSING_LABELS[m][lang]).join(', ') })}</p>
      ) : null}
      {r.outOfRange ? <p className="socio-note">{SOCIO_TEXT.outOfRange[lang]}</p> : null}
      {r.horizonExtended ? <p className="socio-note">{SOCIO_TEXT.horizonExtended[lang]}</p> : null}
      {r.budgetBalanced ? null : <p className="socio-note">{SOCIO_TEXT.unbalanced[lang]}</p>}
      <KeyFigures r={r} />
      <ActorTable r={r} />
      <p className="socio-note">{SOCIO_TEXT.simIsOwnInvestor[lang]}</p>
      <Sensitivity r={r} />
      <p className="field__hint" id="socio-sensitivity-hint">
        {t('sensitivityHint')}
      </p>
    </div>
  );
});
