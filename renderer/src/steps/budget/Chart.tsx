import { memo, useId } from 'react';
import type { Party } from '../../../../shared/model/schema';
import type { BudgetTotals } from '../../../../shared/finance/totals';
import { formatKronor, formatPercent } from '../../../../shared/finance/money';
import { partyName } from '../../components/partyOptions';
import { useStore } from '../../store';
import { useLang, useT } from '../../i18n';
import { NO_PARTY_COLOUR, SIM_COLOUR, partyStyle } from '../activities/partyStyle';
import { financingChart, type ChartSegment } from './chartModel';
import { strings } from './strings';

const EMPTY_P: Party[] = [];

const colourOf = (s: ChartSegment) => (s.source === 'sim' ? SIM_COLOUR : s.source === 'other' ? NO_PARTY_COLOUR : partyStyle(s.partyIndex).colour);

/**
 * One stacked bar of all financing: the fund, each party's cash (solid) and in-kind (striped), other money.
 * The table beneath is both its legend and its text alternative.
 */
export const FinancingChart = memo(function FinancingChart({ totals }: { totals: BudgetTotals }) {
  const t = useT(strings);
  const lang = useLang();
  const parties = useStore((s) => s.app?.parties ?? EMPTY_P);
  const chart = financingChart(parties, totals);
  const stripes = `stripes-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const labelOf = (s: ChartSegment) => {
    const party = s.partyId ? partyName(parties[s.partyIndex]!, s.partyIndex, lang) : '';
    return t(`chart.${s.source}`, { party });
  };
  const swatch = (s: ChartSegment) => (
    <svg className="budget-chart__swatch" width="28" height="14" aria-hidden="true" focusable="false">
      <rect width="28" height="14" rx="2" fill={colourOf(s)} />
      {s.source === 'partyInKind' ? <rect width="28" height="14" rx="2" fill={`url(#${stripes})`} /> : null}
    </svg>
  );
  return (
    <figure className="budget-chart" aria-labelledby="budget-chart-caption">
      <figcaption id="budget-chart-caption" className="budget-chart__caption">
        {t('chartCaption', { total: formatKronor(chart.total) })}
      </figcaption>
      <svg className="budget-chart__bar" width="100%" height="36" role="img" aria-label={t('chartLabel')}>
        <defs>
          <pattern id={stripes} patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
            <rect width="3" height="8" fill="rgba(255,255,255,0.6)" />
          </pattern>
        </defs>
        {chart.total > 0 ? (
          chart.segments
            .filter((s) => s.width > 0)
            .map((s) => (
              <g key={s.key}>
                <rect x={`${s.x}%`} width={`${s.width}%`} height="36" fill={colourOf(s)} stroke="#fff" strokeWidth="1" />
                {s.source === 'partyInKind' ? <rect x={`${s.x}%`} width={`${s.width}%`} height="36" fill={`url(#${stripes})`} /> : null}
              </g>
            ))
        ) : (
          <rect width="100%" height="36" fill="var(--canvas)" stroke="var(--line)" />
        )}
      </svg>
      {chart.total > 0 ? null : <p className="field__hint">{t('chartEmpty')}</p>}
      <table className="budget-table budget-table--legend">
        <thead>
          <tr>
            <th scope="col">{t('chartSource')}</th>
            <th scope="col" className="num">
              {t('chartAmount')}
            </th>
            <th scope="col" className="num">
              {t('chartShare')}
            </th>
          </tr>
        </thead>
        <tbody>
          {chart.segments.map((s) => (
            <tr key={s.key}>
              <th scope="row">
                {swatch(s)} {labelOf(s)}
              </th>
              <td className="num">{formatKronor(s.value)}</td>
              <td className="num">{formatPercent(s.share)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
});
