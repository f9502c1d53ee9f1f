import { memo } from 'react';
import { useAfterPaint } from '../../components/useAfterPaint';
import { shallow } from 'zustand/shallow';
import { sameElements, useAt } from '../../store/at';
import { LIMITS } from '../../../../shared/model/limits';
import { newId } from '../../../../shared/model/ids';
import type { Application } from '../../../../shared/model/schema';
import type { IndicatorValue, Report } from '../../../../shared/model/lifecycle';
import { DateField, NumberField, Repeater, Section, TextArea, TextField } from '../../components';
import { useT } from '../../i18n';
import { IndicatorPlot } from '../plots/IndicatorPlot';
import { reportStrings } from './report-strings';
import type { ReportStepProps } from './ReportView';

type Found = { text: string; baseline: string; target: string; dataSource: string; level: string } | null;

function findIndicator(goals: Application['goals'] | undefined, id: string): Found {
  if (!goals) return null;
  const overall = goals.overallIndicators.find((i) => i.id === id);
  if (overall) return { ...overall, level: '' };
  for (const row of goals.logicModel) {
    const i = row.indicators.find((x) => x.id === id);
    if (i) return i;
  }
  return null;
}

export function IndicatorsStep({ index }: ReportStepProps) {
  const t = useT(reportStrings);
  const ids = useAt(['lifecycle', 'reports', index, 'indicators'], (list: readonly { id: string }[] | undefined) => list?.map((i) => i.id) ?? NO_IDS, sameElements);
  return (
    <>
      <TextArea path={['lifecycle', 'reports', index, 'summary']} label={t('summary')} rows={3} />
      <p className="form-section__intro">{t('indicators.lead')}</p>
      {ids.length === 0 ? <p className="notice">{t('indicators.none')}</p> : null}
      {ids.map((id, k) => (
        <IndicatorBlock key={id} index={index} k={k} id={id} />
      ))}
    </>
  );
}

const NO_IDS: readonly string[] = [];
const NO_VALUES: readonly IndicatorValue[] = [];
const soFar = new WeakMap<readonly Report[], Map<number, Map<string, IndicatorValue[]>>>();

/**
 * An indicator's measured values in every report up to `period`, gathered once per version of the reports for all
 * indicators: each of 40 blocks asks on every keystroke, and a lookup is all it costs.
 */
function valuesSoFar(reports: readonly Report[] | undefined, period: number, id: string): readonly IndicatorValue[] {
  if (!reports) return NO_VALUES;
  let byPeriod = soFar.get(reports);
  if (!byPeriod) soFar.set(reports, (byPeriod = new Map()));
  let byId = byPeriod.get(period);
  if (!byId) {
    byId = new Map();
    for (const r of reports) {
      if (r.period > period) continue;
      for (const i of r.indicators) {
        const list = byId.get(i.id);
        if (list) list.push(...i.values);
        else byId.set(i.id, [...i.values]);
      }
    }
    byPeriod.set(period, byId);
  }
  return byId.get(id) ?? NO_VALUES;
}

const IndicatorBlock = memo(function IndicatorBlock({ index, k, id }: { index: number; k: number; id: string }) {
  const t = useT(reportStrings);
  // Content of the decided application never changes, so this object keeps its identity while typing.
  // Each told only when its own place in the file changes (store/at.ts): forty blocks, a keystroke in one.
  const found = useAt(['goals'], (goals: Application['goals'] | undefined) => findIndicator(goals, id), shallow);
  const path = ['lifecycle', 'reports', index, 'indicators', k] as const;
  const name = found?.text || t('indicators.unknown');
  return (
    <Section title={name} id={`ind-${id}`} offscreen>
      {found ? (
        <p className="report__facts">
          <span>{t(`indicators.level.${(found.level || '') as ''}`)}</span>
          <span>{t('indicators.baseline', { value: found.baseline || '–' })}</span>
          <span>{t('indicators.target', { value: found.target || '–' })}</span>
          {found.dataSource ? <span>{t('indicators.source', { value: found.dataSource })}</span> : null}
        </p>
      ) : null}
      <div className="report__indicator">
        <div className="report__indicator-form">
          <Repeater
            path={[...path, 'values']}
            itemName={(i) => t('indicators.value', { n: i + 1 })}
            summaryOf={(v) => [v.date, v.value === null ? '' : String(v.value)].filter(Boolean).join(': ')}
            create={() => ({ id: newId(), date: '', value: null, source: found?.dataSource ?? '', comment: '' })}
            addLabel={t('indicators.addValue')}
            max={LIMITS.indicatorValues}
            headingLevel={3}
          >
            {(vp) => (
              <>
                <div className="field-row">
                  <DateField path={[...vp, 'date']} label={t('indicators.date')} />
                  <NumberField path={[...vp, 'value']} label={t('indicators.measured')} decimals={2} />
                </div>
                <TextField path={[...vp, 'source']} label={t('indicators.valueSource')} />
                <TextField path={[...vp, 'comment']} label={t('indicators.valueComment')} />
              </>
            )}
          </Repeater>
          <TextArea path={[...path, 'comment']} label={t('indicators.comment')} rows={2} />
        </div>
        <BlockPlot index={index} id={id} name={name} baseline={found?.baseline ?? ''} target={found?.target ?? ''} />
      </div>
    </Section>
  );
});

/**
 * The block's plot, subscribed on its own: a value typed redraws the plot (a frame later), never the block's form of
 * a dozen values around the field being typed in.
 */
const BlockPlot = memo(function BlockPlot({ index, id, name, baseline, target }: { index: number; id: string; name: string; baseline: string; target: string }) {
  const start = useAt(['project', 'startDate'], (v: string | undefined) => v ?? '');
  const end = useAt(['project', 'endDate'], (v: string | undefined) => v ?? '');
  const period = useAt(['lifecycle', 'reports', index, 'period'], (v: number | undefined) => v ?? 0);
  // Earlier reports' values too, so the plot shows the whole way so far.
  const values = useAt(['lifecycle', 'reports'], (reports: readonly Report[] | undefined) => valuesSoFar(reports, period, id), sameElements);
  // The plot and its table follow the typing a frame later: the keystroke's own frame paints the field first.
  const plotted = useAfterPaint(values);
  return <IndicatorPlot name={name} baseline={baseline} target={target} periodStart={start} periodEnd={end} values={plotted} />;
});
