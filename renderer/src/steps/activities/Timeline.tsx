import { memo, useMemo } from 'react';
import type { Activity, Party } from '../../../../shared/model/schema';
import { partyName } from '../../components/partyOptions';
import { useStore } from '../../store';
import { useStoreArray } from '../../store/useStoreArray';
import { useLang, useT } from '../../i18n';
import { buildTimeline, type TimelineRow } from './timelineModel';
import { NO_PARTY_COLOUR, partyStyle } from './partyStyle';
import { partyFill } from './patterns';
import { strings } from './strings';

const EMPTY_A: Activity[] = [];
const EMPTY_P: Party[] = [];

/**
 * Each activity as a bar across the project months. The bars are decoration for sighted readers; every fact
 * they show (party, dates, what is wrong) is also printed as text in the row.
 */
export function Timeline() {
  const t = useT(strings);
  const lang = useLang();
  const activities = useStore((s) => s.app?.activities ?? EMPTY_A);
  const parties = useStore((s) => s.app?.parties ?? EMPTY_P);
  const [startDate, endDate] = useStoreArray((s) => [s.app?.project.startDate ?? '', s.app?.project.endDate ?? ''] as const);
  const timeline = useMemo(
    () => buildTimeline({ activities, parties, project: { startDate, endDate } }),
    [activities, parties, startDate, endDate],
  );
  const months = t('months').split(' ');

  if (!timeline.period) return <p className="timeline__note">{t('noPeriod')}</p>;
  const usedParties = [...new Set(timeline.rows.map((r) => r.partyIndex))].sort((a, b) => a - b);
  // Label every month when there is room, else calendar quarters or half-years, so names never overlap.
  const every = timeline.months.length <= 12 ? 1 : timeline.months.length <= 40 ? 3 : 6;

  return (
    <figure className="timeline" aria-labelledby="timeline-caption">
      <figcaption id="timeline-caption" className="timeline__caption">
        {t('timelineCaption', { start: timeline.period.start, end: timeline.period.end })}
      </figcaption>
      {usedParties.length ? (
        <div className="timeline__legend">
          <span className="timeline__legend-title">{t('legend')}:</span>
          <ul>
            {usedParties.map((i) => (
              <li key={i}>
                <span className="timeline__swatch" style={i >= 0 ? partyFill(partyStyle(i)) : { backgroundColor: NO_PARTY_COLOUR }} aria-hidden="true" />
                {i >= 0 ? partyName(parties[i]!, i, lang) : t('noParty')}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="timeline__grid">
        <div className="timeline__scale" aria-hidden="true">
          <div className="timeline__years">
            {timeline.years.map((y, i) => {
              const next = timeline.years[i + 1]?.leftPct ?? 100;
              return (
                <span key={y.index} className="timeline__year" style={{ left: `${y.leftPct}%`, width: `${next - y.leftPct}%` }}>
                  {t('year', { n: y.index + 1 })}
                </span>
              );
            })}
          </div>
          <div className="timeline__months">
            {timeline.months.map((m) => {
              // January carries its year; other labelled months their short name. Short enough for a quarter's width.
              const text = (m.month - 1) % every === 0 ? (m.month === 1 ? String(m.year) : months[m.month - 1]) : '';
              return (
                <span key={m.key} className={`timeline__month${text ? ' timeline__month--label' : ''}`} style={{ left: `${m.leftPct}%`, width: `${m.widthPct}%` }}>
                  {text}
                </span>
              );
            })}
          </div>
        </div>
        {timeline.rows.length === 0 ? <p className="timeline__note">{t('noActivities')}</p> : null}
        <ol className="timeline__rows">
          {timeline.rows.map((row) => (
            <TimelineBarRow key={row.id} row={row} party={parties[row.partyIndex]} yearStarts={timeline.years.map((y) => y.leftPct)} />
          ))}
        </ol>
      </div>
    </figure>
  );
}

type BarRowProps = { row: TimelineRow; party: Party | undefined; yearStarts: number[] };

/** Rows are rebuilt on every edit; one redraws only when what it shows changed. */
const sameRow = (a: BarRowProps, b: BarRowProps) =>
  a.party === b.party && a.yearStarts.join() === b.yearStarts.join() && JSON.stringify(a.row) === JSON.stringify(b.row);

const TimelineBarRow = memo(function TimelineBarRow({ row, party, yearStarts }: BarRowProps) {
  const t = useT(strings);
  const lang = useLang();
  const fill = row.partyIndex >= 0 ? partyFill(partyStyle(row.partyIndex)) : { backgroundColor: NO_PARTY_COLOUR };
  const who = party ? partyName(party, row.partyIndex, lang) : t('noParty');
  return (
    <li className={`timeline__row${row.problems.length ? ' timeline__row--problem' : ''}`}>
      <div className="timeline__label">
        <span className="timeline__name">{row.name.trim() || t('unnamed', { n: row.index + 1 })}</span>
        <span className="timeline__detail">{party ? t('responsible', { party: who }) : who}</span>
        {row.startDate && row.endDate ? (
          <span className="timeline__detail">{t('period', { start: row.startDate, end: row.endDate })}</span>
        ) : null}
        {row.problems.map((p) => (
          <span key={p} className="timeline__problem">
            <span aria-hidden="true">⚠ </span>
            {t(`problem.${p}`)}
          </span>
        ))}
      </div>
      <div className="timeline__track" aria-hidden="true">
        {yearStarts.slice(1).map((left) => (
          <span key={left} className="timeline__yearline" style={{ left: `${left}%` }} />
        ))}
        {row.bar ? (
          <span
            className={`timeline__bar${row.problems.includes('startsBefore') ? ' timeline__bar--cut-start' : ''}${row.problems.includes('endsAfter') ? ' timeline__bar--cut-end' : ''}`}
            style={{ ...fill, left: `${row.bar.leftPct}%`, width: `max(${row.bar.widthPct}%, 4px)` }}
            data-testid="timeline-bar"
          />
        ) : null}
      </div>
    </li>
  );
}, sameRow);
