import { LIMITS } from '../../../../shared/model/limits';
import type { Activity } from '../../../../shared/model/schema';
import { newId } from '../../../../shared/model/ids';
import { DateField, Repeater, Section, Select, TextArea, TextField, usePartyOptions } from '../../components';
import type { Path } from '../../store/paths';
import { useT } from '../../i18n';
import { Timeline } from './Timeline';
import { strings } from './strings';
import './activities.css';

const emptyActivity = (): Activity => ({ id: newId(), name: '', description: '', responsiblePartyId: '', startDate: '', endDate: '' });

export default function ActivitiesStep() {
  const t = useT(strings);
  return (
    <>
      <Section title={t('listSection')} intro={t('listIntro')} id="activities-list">
        <Repeater<Activity>
          path={['activities']}
          itemName={(i) => t('item', { n: i + 1 })}
          summaryOf={(a) => a.name}
          create={emptyActivity}
          addLabel={t('add')}
          max={LIMITS.activities}
          emptyText={t('empty')}
        >
          {(path) => <ActivityForm path={path} />}
        </Repeater>
      </Section>
      {/* After the list: on a laptop's short window the first activity's fields are in view when the step opens. */}
      <Section title={t('timelineSection')} id="activities-timeline">
        <Timeline />
      </Section>
    </>
  );
}

function ActivityForm({ path }: { path: Path }) {
  const parties = usePartyOptions();
  return (
    <>
      <TextField path={[...path, 'name']} />
      <Select path={[...path, 'responsiblePartyId']} options={parties} placeholder />
      <div className="field-row">
        <DateField path={[...path, 'startDate']} />
        <DateField path={[...path, 'endDate']} />
      </div>
      <TextArea path={[...path, 'description']} rows={3} />
    </>
  );
}
