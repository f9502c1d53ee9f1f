import { newId } from '../../../../shared/model/ids';
import { LIMITS } from '../../../../shared/model/limits';
import { NumberField, Repeater, Section, TextArea, TextField } from '../../components';
import { useProgramme } from '../../store/derived';
import { useT } from '../../i18n';
import { strings } from './strings';

export default function TargetGroupStep() {
  const t = useT(strings);
  const { ageRange } = useProgramme();
  return (
    <>
      <Section title={t('who')}>
        <TextArea path={['targetGroup', 'description']} rows={5} />
        <div className="field-row">
          <NumberField path={['targetGroup', 'ageMin']} min={ageRange.min} max={ageRange.max} unit={t('years')} />
          <NumberField path={['targetGroup', 'ageMax']} min={ageRange.min} max={ageRange.max} unit={t('years')} />
        </div>
        <p className="field__hint">{t('ageHint', { min: ageRange.min, max: ageRange.max })}</p>
      </Section>
      <Section title={t('reach')}>
        <NumberField path={['targetGroup', 'childrenReached']} hint={t('childrenHint')} />
      </Section>
      <Section title={t('indirect')} intro={t('indirectIntro')}>
        <Repeater<{ id: string; description: string; count: number | null }>
          path={['targetGroup', 'indirectGroups']}
          itemName={(i) => t('indirectItem', { n: i + 1 })}
          summaryOf={(g) => g.description}
          create={() => ({ id: newId(), description: '', count: null })}
          addLabel={t('indirectAdd')}
          max={LIMITS.indirectGroups}
          emptyText={t('indirectEmpty')}
          headingLevel={3}
        >
          {(path) => (
            <div className="field-row">
              <TextField path={[...path, 'description']} />
              <NumberField path={[...path, 'count']} />
            </div>
          )}
        </Repeater>
      </Section>
      <Section title={t('selection')}>
        <TextArea path={['targetGroup', 'selection']} rows={4} />
        <TextArea path={['targetGroup', 'riskFactors']} rows={4} />
        <TextArea path={['targetGroup', 'leftOut']} rows={4} hint={t('leftOutHint')} />
      </Section>
    </>
  );
}
