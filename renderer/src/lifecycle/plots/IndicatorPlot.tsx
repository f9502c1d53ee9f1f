import { memo, useId } from 'react';
import { formatNumber } from '../../../../shared/finance/money';
import { useT } from '../../i18n';
import { indicatorPlot, type IndicatorPlotInput } from './indicatorModel';
import { plotStrings } from './plot-strings';
import './plots.css';

type Props = IndicatorPlotInput & { name: string };

/**
 * One indicator over time: the baseline at the start, the target at the end (dashed line between them: the
 * promised path) and each measured value at its date. The SVG has a title and a description; the table beneath
 * says the same for anyone who cannot see it, and is all there is when the values are not numbers.
 */
export const IndicatorPlot = memo(function IndicatorPlot(props: Props) {
  const t = useT(plotStrings);
  const id = useId().replace(/[^A-Za-z0-9_-]/g, '');
  const p = indicatorPlot(props);
  const measured = props.values.length ? t('indicator.measured', { count: props.values.length }) : t('indicator.noMeasured');
  const dash = (s: string) => s.trim() || '–';
  const label = (v: number) => formatNumber(v, 2);
  const line = p.measured.map((m) => `${m.x.toFixed(1)},${m.y.toFixed(1)}`).join(' ');
  return (
    <figure className="plot" aria-labelledby={`${id}-cap`}>
      <figcaption id={`${id}-cap`} className="plot__caption">
        {t('indicator.title', { name: props.name })}
      </figcaption>
      {p.drawable ? (
        <svg className="plot__svg" viewBox={`0 0 ${p.width} ${p.height}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
          <title id={`${id}-t`}>{t('indicator.title', { name: props.name })}</title>
          <desc id={`${id}-d`}>{t('indicator.desc', { baseline: dash(props.baseline), target: dash(props.target), measured })}</desc>
          {p.yTicks.map((tick) => (
            <g key={tick.value}>
              <line className="plot__grid" x1={p.plot.left} x2={p.plot.right} y1={tick.y} y2={tick.y} />
              <text className="plot__tick" x={p.plot.left - 6} y={tick.y + 4} textAnchor="end">
                {label(tick.value)}
              </text>
            </g>
          ))}
          {p.xTicks.map((tick) => (
            <text key={tick.label} className="plot__tick" x={tick.x} y={p.plot.bottom + 18} textAnchor="middle">
              {tick.label}
            </text>
          ))}
          <line className="plot__axis" x1={p.plot.left} x2={p.plot.right} y1={p.plot.bottom} y2={p.plot.bottom} />
          {p.baseline && p.target ? (
            <line className="plot__promise" x1={p.baseline.x} y1={p.baseline.y} x2={p.target.x} y2={p.target.y} />
          ) : null}
          {line ? <polyline className="plot__measured-line" points={line} /> : null}
          {p.baseline ? <rect className="plot__baseline" x={p.baseline.x - 5} y={p.baseline.y - 5} width="10" height="10" /> : null}
          {p.target ? (
            <path className="plot__target" d={`M${p.target.x} ${p.target.y - 7} l7 7 l-7 7 l-7 -7 z`} />
          ) : null}
          {p.measured.map((m) => (
            <circle key={m.id} className="plot__measured" cx={m.x} cy={m.y} r="4.5" />
          ))}
        </svg>
      ) : (
        <p className="field__hint">{t('indicator.notNumeric')}</p>
      )}
      <ul className="plot__legend" aria-hidden="true">
        <li>
          <span className="plot__key plot__key--baseline" /> {t('indicator.baseline')}
        </li>
        <li>
          <span className="plot__key plot__key--target" /> {t('indicator.target')}
        </li>
        <li>
          <span className="plot__key plot__key--measured" /> {t('indicator.value')}
        </li>
      </ul>
      <table className="data-table plot__table">
        <thead>
          <tr>
            <th scope="col">{t('indicator.kind')}</th>
            <th scope="col">{t('indicator.date')}</th>
            <th scope="col" className="num">
              {t('indicator.value')}
            </th>
            <th scope="col">{t('indicator.source')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('indicator.baseline')}</th>
            <td className="nowrap">{dash(props.periodStart)}</td>
            <td className="num">{dash(props.baseline)}</td>
            <td />
          </tr>
          {props.values.map((v) => (
            <tr key={v.id}>
              <th scope="row">{t('indicator.value')}</th>
              <td className="nowrap">{dash(v.date)}</td>
              <td className="num">{typeof v.value === 'number' ? label(v.value) : dash(v.value ?? '')}</td>
              <td>{v.source}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('indicator.target')}</th>
            <td className="nowrap">{dash(props.periodEnd)}</td>
            <td className="num">{dash(props.target)}</td>
            <td />
          </tr>
        </tbody>
      </table>
    </figure>
  );
});
