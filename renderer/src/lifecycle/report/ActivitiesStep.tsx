import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { DateField, Select, TextField, usePartyName } from '../../components';
import { useStore } from '../../store';
import { useT } from '../../i18n';
import { reportStrings } from './report-strings';
import type { ReportStepProps } from './ReportView';

/** Each planned activity with its planned dates beside its status; a moved one gets its new dates. */
export function ActivitiesStep({ index }: ReportStepProps) {
  const t = useT(reportStrings);
  const ids = useStore(useShallow((s) => s.app?.lifecycle.reports[index]?.activities.map((a) => a.id) ?? []));
  if (!ids.length) return <p className="notice">{t('activities.none')}</p>;
  return (
    <>
      <p className="form-section__intro">{t('activities.lead')}</p>
      <table className="data-table report-activities">
        <thead>
          <tr>
            <th scope="col">{t('activities.activity')}</th>
            <th scope="col">{t('activities.planned')}</th>
            <th scope="col">{t('activities.statusCol')}</th>
            <th scope="col">{t('activities.commentCol')}</th>
          </tr>
        </thead>
        <tbody>
          {ids.map((id, k) => (
            <ActivityRow key={id} index={index} k={k} id={id} />
          ))}
        </tbody>
      </table>
    </>
  );
}

const ActivityRow = memo(function ActivityRow({ index, k, id }: { index: number; k: number; id: string }) {
  const t = useT(reportStrings);
  const planned = useStore(
    useShallow((s) => {
      const a = s.app?.activities.find((x) => x.id === id);
      return { name: a?.name ?? '', start: a?.startDate ?? '', end: a?.endDate ?? '', party: a?.responsiblePartyId ?? '' };
    }),
  );
  const party = usePartyName(planned.party);
  const moved = useStore((s) => s.app?.lifecycle.reports[index]?.activities[k]?.status === 'moved');
  const path = ['lifecycle', 'reports', index, 'activities', k] as const;
  const name = planned.name || '–';
  const options = (['done', 'ongoing', 'moved', 'dropped'] as const).map((v) => ({ value: v, label: t(`activities.statuses.${v}`) }));
  return (
    <tr>
      <th scope="row">
        {name}
        {party ? <span className="report__muted">{party}</span> : null}
      </th>
      <td className="report__nowrap">
        {planned.start || '–'} – {planned.end || '–'}
      </td>
      <td>
        <Select path={[...path, 'status']} label={t('activities.status', { name })} hideLabel options={options} placeholder />
        {moved ? (
          <div className="report__moved">
            <DateField path={[...path, 'newStart']} label={t('activities.newStart', { name })} />
            <DateField path={[...path, 'newEnd']} label={t('activities.newEnd', { name })} />
          </div>
        ) : null}
      </td>
      <td>
        <TextField path={[...path, 'comment']} label={t('activities.comment', { name })} hideLabel />
      </td>
    </tr>
  );
});
