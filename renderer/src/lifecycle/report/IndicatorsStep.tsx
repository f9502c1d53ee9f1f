import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { LIMITS } from '../../../../shared/model/limits';
import { newId } from '../../../../shared/model/ids';
import type { Application } from '../../../../shared/model/schema';
import { DateField, NumberField, Repeater, Section, TextArea, TextField } from '../../components';
import { useStore } from '../../store';
import { useStoreArray } from '../../store/useStoreArray';
import { useT } from '../../i18n';
import { IndicatorPlot } from '../plots/IndicatorPlot';
import { reportStrings } from './report-strings';
import type { ReportStepProps } from './ReportView';

type Found = { text: string; baseline: string; target: string; dataSource: string; level: string } | null;

function findIndicator(app: Application | null, id: string): Found {
  if (!app) return null;
  const overall = app.goals.overallIndicators.find((i) => i.id === id);
  if (overall) return { ...overall, level: '' };
  for (const row of app.goals.logicModel) {
    const i = row.indicators.find((x) => x.id === id);
    if (i) return i;
  }
  return null;
}

export function IndicatorsStep({ index }: ReportStepProps) {
  const t = useT(reportStrings);
  const ids = useStoreArray((s) => s.app?.lifecycle.reports[index]?.indicators.map((i) => i.id) ?? NO_IDS);
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

const IndicatorBlock = memo(function IndicatorBlock({ index, k, id }: { index: number; k: number; id: string }) {
  const t = useT(reportStrings);
  // Content of the decided application never changes, so this object keeps its identity while typing.
  const found = useStore(useShallow((s) => findIndicator(s.app, id)));
  const start = useStore((s) => s.app?.project.startDate ?? '');
  const end = useStore((s) => s.app?.project.endDate ?? '');
  const period = useStore((s) => s.app?.lifecycle.reports[index]?.period ?? 0);
  // Earlier reports' values too, so the plot shows the whole way so far.
  const values = useStoreArray((s) =>
    (s.app?.lifecycle.reports ?? []).filter((r) => r.period <= period).flatMap((r) => r.indicators.find((i) => i.id === id)?.values ?? []),
  );
  const path = ['lifecycle', 'reports', index, 'indicators', k] as const;
  const name = found?.text || t('indicators.unknown');
  return (
    <Section title={name} id={`ind-${id}`}>
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
        <IndicatorPlot
          name={name}
          baseline={found?.baseline ?? ''}
          target={found?.target ?? ''}
          periodStart={start}
          periodEnd={end}
          values={values}
        />
      </div>
    </Section>
  );
});
