import { memo } from 'react';
import { shallow } from 'zustand/shallow';
import type { Application } from '../../../../shared/model/schema';
import { sameElements, useAt } from '../../store/at';
import { DateField, Select, TextField, usePartyName } from '../../components';
import { useT } from '../../i18n';
import { reportStrings } from './report-strings';
import type { ReportStepProps } from './ReportView';

/** Each planned activity with its planned dates beside its status; a moved one gets its new dates. */
export function ActivitiesStep({ index }: ReportStepProps) {
  const t = useT(reportStrings);
  const ids = useAt(['lifecycle', 'reports', index, 'activities'], (list: readonly { id: string }[] | undefined) => list?.map((a) => a.id) ?? NO_IDS, sameElements);
  if (!ids.length) return <p className="notice">{t('activities.none')}</p>;
  return (
    <>
      <p className="form-section__intro">{t('activities.lead')}</p>
      {/* Boxes with table semantics, like the costs: a row off screen skips layout and paint while someone types. */}
      <div role="table" className="report-grid report-activities" aria-label={t('activities.tableLabel')}>
        <div role="rowgroup">
          <div role="row" className="report-grid__row report-grid__row--head">
            <div role="columnheader">{t('activities.activity')}</div>
            <div role="columnheader">{t('activities.planned')}</div>
            <div role="columnheader">{t('activities.statusCol')}</div>
            <div role="columnheader">{t('activities.commentCol')}</div>
          </div>
        </div>
        <div role="rowgroup">
          {ids.map((id, k) => (
            <ActivityRow key={id} index={index} k={k} id={id} />
          ))}
        </div>
      </div>
    </>
  );
}

const NO_IDS: readonly string[] = [];

const ActivityRow = memo(function ActivityRow({ index, k, id }: { index: number; k: number; id: string }) {
  const t = useT(reportStrings);
  const planned = useAt(
    ['activities'],
    (activities: Application['activities'] | undefined) => {
      const a = activities?.find((x) => x.id === id);
      return { name: a?.name ?? '', start: a?.startDate ?? '', end: a?.endDate ?? '', party: a?.responsiblePartyId ?? '' };
    },
    shallow,
  );
  const party = usePartyName(planned.party);
  const moved = useAt(['lifecycle', 'reports', index, 'activities', k, 'status'], (v: string | undefined) => v === 'moved');
  const path = ['lifecycle', 'reports', index, 'activities', k] as const;
  const name = planned.name || '–';
  const options = (['done', 'ongoing', 'moved', 'dropped'] as const).map((v) => ({ value: v, label: t(`activities.statuses.${v}`) }));
  return (
    <div role="row" className="report-grid__row report-grid__line">
      <div role="rowheader">
        {name}
        {party ? <span className="report__muted">{party}</span> : null}
      </div>
      <div role="cell" className="report__nowrap">
        {planned.start || '–'} – {planned.end || '–'}
      </div>
      <div role="cell">
        <Select path={[...path, 'status']} label={t('activities.status', { name })} hideLabel options={options} placeholder />
        {moved ? (
          <div className="report__moved">
            <DateField path={[...path, 'newStart']} label={t('activities.newStart', { name })} />
            <DateField path={[...path, 'newEnd']} label={t('activities.newEnd', { name })} />
          </div>
        ) : null}
      </div>
      <div role="cell">
        <TextField path={[...path, 'comment']} label={t('activities.comment', { name })} hideLabel />
      </div>
    </div>
  );
});
