import { memo, useId } from 'react';
import { formatKronor, formatNumber } from '../../../../shared/finance/money';
import type { SocioResult } from '../../../../shared/finance/socio';
import { ACTOR_LABELS, paybackText, ratioText } from '../../../../shared/finance/socio-labels';
import { useLang, useT } from '../../i18n';
import { ACTOR_CHART, CUMULATIVE, actorModel, cumulativeModel } from './chartsModel';
import { strings } from './strings';

const domId = (s: string) => s.replace(/[^A-Za-z0-9_-]/g, '');

/** Axis amounts in millions when they are large: "12,5 mnkr"; smaller ones in kronor. */
function useAxisLabel() {
  const t = useT(strings);
  return (v: number, max: number) => (max >= 1_000_000 ? t('mkr', { n: formatNumber(v / 1_000_000, 1) }) : formatKronor(v));
}

const CumulativeChart = memo(function CumulativeChart({ r }: { r: SocioResult }) {
  const t = useT(strings);
  const lang = useLang();
  const axis = useAxisLabel();
  const id = domId(useId());
  const m = cumulativeModel(r);
  const top = m.ticks[m.ticks.length - 1]?.value ?? 0;
  const line = (pts: { x: number; y: number }[]) => pts.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
  const last = m.years - 1;
  return (
    <figure className="socio-chart">
      <figcaption id={`${id}-title`} className="socio-chart__title">
        {t('chartCumulative')}
      </figcaption>
      <svg
        viewBox={`0 0 ${CUMULATIVE.width} ${CUMULATIVE.height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="socio-chart__svg"
        data-testid="socio-chart-cumulative"
      >
        <desc id={`${id}-desc`}>
          {t('chartCumulativeDesc', {
            investment: formatKronor(m.investment[last]?.value ?? 0),
            avoided: formatKronor(m.avoided[last]?.value ?? 0),
            payback: paybackText(r.paybackYear, lang),
          })}
        </desc>
        {m.ticks.map((tk) => (
          <g key={tk.value} className="socio-chart__grid">
            <line x1={m.plot.x0} x2={m.plot.x1} y1={tk.y} y2={tk.y} />
            <text x={m.plot.x0 - 6} y={tk.y + 4} textAnchor="end">
              {axis(tk.value, top)}
            </text>
          </g>
        ))}
        {m.xLabels.map((l) => (
          <text key={l.year} x={l.x} y={m.plot.y0 + 18} textAnchor="middle" className="socio-chart__axis">
            {t('year', { n: l.year })}
          </text>
        ))}
        {m.payback ? (
          <g className="socio-chart__payback" data-testid="socio-payback-mark">
            <line x1={m.payback.x} x2={m.payback.x} y1={m.plot.y1} y2={m.plot.y0} />
            <text x={m.payback.x + 6} y={m.plot.y1 + 12}>
              {t('paidBack', { n: m.payback.year })}
            </text>
          </g>
        ) : null}
        <path d={line(m.investment)} className="socio-chart__line socio-chart__line--investment" />
        <path d={line(m.avoided)} className="socio-chart__line socio-chart__line--avoided" />
        {m.investment.map((p) => (
          <rect key={`i${p.year}`} x={p.x - 4} y={p.y - 4} width={8} height={8} className="socio-chart__mark--investment" />
        ))}
        {m.avoided.map((p) => (
          <circle key={`a${p.year}`} cx={p.x} cy={p.y} r={4.5} className="socio-chart__mark--avoided" />
        ))}
      </svg>
      <ul className="socio-legend" aria-hidden="true">
        <li className="socio-legend__investment">{t('investmentLine')}</li>
        <li className="socio-legend__avoided">{t('avoidedLine')}</li>
      </ul>
      <details className="socio-chart__data">
        <summary>{t('tableToggle')}</summary>
        <table className="data-table socio-table">
          <caption>{t('chartCumulative')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('yearCol')}</th>
              <th scope="col" className="num">{t('cumInvestment')}</th>
              <th scope="col" className="num">{t('cumAvoided')}</th>
            </tr>
          </thead>
          <tbody>
            {m.investment.map((p, i) => (
              <tr key={p.year} className={r.paybackYear === p.year ? 'socio-base' : undefined}>
                <th scope="row">{r.paybackYear === p.year ? `${p.year} – ${t('paidBack', { n: p.year })}` : p.year}</th>
                <td className="num">{formatKronor(p.value)}</td>
                <td className="num">{formatKronor(m.avoided[i]!.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
});

const ActorChart = memo(function ActorChart({ r }: { r: SocioResult }) {
  const t = useT(strings);
  const lang = useLang();
  const id = domId(useId());
  const m = actorModel(r);
  return (
    <figure className="socio-chart">
      <figcaption id={`${id}-title`} className="socio-chart__title">
        {t('chartActors')}
      </figcaption>
      <svg viewBox={`0 0 ${ACTOR_CHART.width} ${m.height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="socio-chart__svg">
        <desc id={`${id}-desc`}>{t('chartActorsDesc')}</desc>
        <defs>
          <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" className="socio-chart__hatch-bg" />
            <line x1="0" y1="0" x2="0" y2="6" className="socio-chart__hatch" />
          </pattern>
        </defs>
        {m.groups.map((g) => (
          <text key={g.actor} x={8} y={g.y} className="socio-chart__group">
            {ACTOR_LABELS[g.actor][lang]}
          </text>
        ))}
        {m.bars.map((b) => (
          <g key={`${b.actor}-${b.kind}`}>
            <text x={ACTOR_CHART.left - 6} y={b.y + b.height - 4} textAnchor="end" className="socio-chart__axis">
              {b.kind === 'invested' ? t('invests') : t('avoids')}
            </text>
            <rect
              x={b.x}
              y={b.y}
              width={Math.max(b.width, 0)}
              height={b.height}
              className={b.kind === 'invested' ? 'socio-chart__bar--investment' : 'socio-chart__bar--avoided'}
              fill={b.kind === 'gained' ? `url(#${id}-hatch)` : undefined}
            />
            <text x={b.x + b.width + 6} y={b.y + b.height - 4} className="socio-chart__value">
              {formatKronor(b.value)}
            </text>
          </g>
        ))}
      </svg>
      <ul className="socio-legend" aria-hidden="true">
        <li className="socio-legend__investment">{t('invests')}</li>
        <li className="socio-legend__avoided">{t('avoids')}</li>
      </ul>
      <details className="socio-chart__data">
        <summary>{t('tableToggle')}</summary>
        <table className="data-table socio-table">
          <caption>{t('chartActors')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('actor')}</th>
              <th scope="col" className="num">{t('invests')}</th>
              <th scope="col" className="num">{t('avoids')}</th>
              <th scope="col" className="num">{t('perKronaShort')}</th>
            </tr>
          </thead>
          <tbody>
            {m.groups.map((g) => (
              <tr key={g.actor}>
                <th scope="row">{ACTOR_LABELS[g.actor][lang]}</th>
                <td className="num">{formatKronor(r.actors[g.actor].invested)}</td>
                <td className="num">{formatKronor(r.actors[g.actor].gained)}</td>
                <td className="num">{ratioText(r.actors[g.actor].returnPerKrona, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
});

export function Charts({ r }: { r: SocioResult }) {
  return (
    <div className="socio-charts">
      <CumulativeChart r={r} />
      <ActorChart r={r} />
    </div>
  );
}
