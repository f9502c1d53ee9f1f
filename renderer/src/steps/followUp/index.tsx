import { LIMITS } from '../../../../shared/model/limits';
import { newId } from '../../../../shared/model/ids';
import type { Risk } from '../../../../shared/model/schema';
import { Repeater, Section, Select, TextArea, TextField } from '../../components';
import { useT } from '../../i18n';
import { excerpt } from '../goals/model';
import { strings } from './strings';

const QUESTIONS = ['plan', 'evaluation', 'responsibilities', 'implementation', 'spreading'] as const;

function emptyRisk(): Risk {
  return { id: newId(), description: '', likelihood: '', consequence: '', measure: '', responsible: '' };
}

export default function FollowUpStep() {
  const t = useT(strings);
  const ratings = (['low', 'medium', 'high'] as const).map((r) => ({ value: r, label: t(`rating_${r}`) }));
  return (
    <>
      <div className="form-section">
        {QUESTIONS.map((key) => (
          <TextArea key={key} path={['followUp', key]} rows={5} />
        ))}
      </div>
      <Section title={t('risksSection')} intro={t('risksIntro')} id="followup-risks">
        <Repeater<Risk>
          path={['followUp', 'risks']}
          itemName={(i) => t('risk', { n: i + 1 })}
          summaryOf={(r) => excerpt(r.description, 70)}
          create={emptyRisk}
          addLabel={t('addRisk')}
          max={LIMITS.risks}
          emptyText={t('noRisks')}
        >
          {(path) => (
            <>
              <TextArea path={[...path, 'description']} rows={2} />
              <div className="field-row">
                <Select path={[...path, 'likelihood']} options={ratings} placeholder />
                <Select path={[...path, 'consequence']} options={ratings} placeholder />
              </div>
              <TextArea path={[...path, 'measure']} rows={2} />
              <TextField path={[...path, 'responsible']} />
            </>
          )}
        </Repeater>
      </Section>
    </>
  );
}
