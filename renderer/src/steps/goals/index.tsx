import { LIMITS } from '../../../../shared/model/limits';
import type { LogicRow, ProjectGoal } from '../../../../shared/model/schema';
import { Repeater, Section, TextArea } from '../../components';
import { useT } from '../../i18n';
import { emptyLogicRow, emptyProjectGoal, excerpt } from './model';
import { GoalLinks } from './GoalLinks';
import { LogicRowForm } from './LogicRowForm';
import { OverallIndicators } from './Indicators';
import { strings } from './strings';
import './goals.css';


export default function GoalsStep() {
  const t = useT(strings);
  return (
    <>
      <Section title={t('purposeSection')} id="goals-purpose">
        <TextArea path={['goals', 'purpose']} rows={4} />
        <TextArea path={['goals', 'overallGoal']} rows={3} />
        <OverallIndicators />
      </Section>
      <Section title={t('goalsSection')} intro={t('goalsIntro')} id="goals-project">
        <Repeater<ProjectGoal>
          path={['goals', 'projectGoals']}
          itemName={(i) => t('goal', { n: i + 1 })}
          summaryOf={(g) => excerpt(g.text, 70)}
          create={emptyProjectGoal}
          addLabel={t('addGoal')}
          max={LIMITS.goals}
          emptyText={t('noGoals')}
        >
          {(path) => (
            <>
              <TextArea path={[...path, 'text']} rows={2} />
              <GoalLinks path={path} />
            </>
          )}
        </Repeater>
      </Section>
      <Section title={t('modelSection')} intro={t('modelIntro')} id="goals-model">
        <Repeater<LogicRow>
          path={['goals', 'logicModel']}
          itemName={(i) => t('row', { n: i + 1 })}
          summaryOf={(r) => excerpt(r.need || r.activities || r.outputs, 70)}
          create={emptyLogicRow}
          addLabel={t('addRow')}
          max={LIMITS.logicRows}
          emptyText={t('noRows')}
        >
          {(path) => <LogicRowForm path={path} />}
        </Repeater>
      </Section>
    </>
  );
}
