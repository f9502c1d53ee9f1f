import { EFFECT_LEVEL_LABELS } from '../../../../shared/model/option-labels';
import { EFFECT_LEVELS, type Indicator, type LogicIndicator } from '../../../../shared/model/schema';
import { LIMITS } from '../../../../shared/model/limits';
import { Repeater, Select, TextField } from '../../components';
import type { Path } from '../../store/paths';
import { useLang, useT } from '../../i18n';
import { IndicatorField } from './IndicatorField';
import { indicatorStrings } from './indicator-strings';
import { emptyIndicator, emptyLogicIndicator, excerpt } from './model';

/** One indicator's fields: what, from where to where, from which source, how often and by whom. */
function IndicatorForm({ path, withLevel }: { path: Path; withLevel: boolean }) {
  const lang = useLang();
  return (
    <div className="logic-row__measure">
      {withLevel ? (
        <Select path={[...path, 'level']} options={EFFECT_LEVELS.map((l) => ({ value: l, label: EFFECT_LEVEL_LABELS[l][lang] }))} placeholder />
      ) : null}
      <IndicatorField path={[...path, 'text']} />
      <div className="logic-row__values">
        <TextField path={[...path, 'baseline']} />
        <TextField path={[...path, 'target']} />
        <TextField path={[...path, 'dataSource']} />
      </div>
      <div className="logic-row__values">
        <TextField path={[...path, 'frequency']} />
        <TextField path={[...path, 'measuredBy']} />
      </div>
    </div>
  );
}

/** The indicators of one logic-model row, each saying which effect level it measures. */
export function RowIndicators({ rowPath, row }: { rowPath: Path; row: number }) {
  const t = useT(indicatorStrings);
  return (
    <div role="group" aria-label={t('indicators', { n: row + 1 })}>
      <Repeater<LogicIndicator>
        path={[...rowPath, 'indicators']}
        itemName={(i) => t('indicator', { n: i + 1 })}
        summaryOf={(ind) => excerpt(ind.text, 60)}
        create={emptyLogicIndicator}
        addLabel={t('add')}
        max={LIMITS.indicators}
        emptyText={t('none')}
        headingLevel={4}
      >
        {(path) => <IndicatorForm path={path} withLevel />}
      </Repeater>
    </div>
  );
}

/** The overall goal's own indicators. */
export function OverallIndicators() {
  const t = useT(indicatorStrings);
  return (
    <div role="group" aria-label={t('overall')}>
      <h3 className="field__label">{t('overall')}</h3>
      <p className="field__hint">{t('overallIntro')}</p>
      <Repeater<Indicator>
        path={['goals', 'overallIndicators']}
        itemName={(i) => t('indicator', { n: i + 1 })}
        summaryOf={(ind) => excerpt(ind.text, 60)}
        create={emptyIndicator}
        addLabel={t('add')}
        max={LIMITS.indicators}
        emptyText={t('noneOverall')}
        headingLevel={4}
      >
        {(path) => <IndicatorForm path={path} withLevel={false} />}
      </Repeater>
    </div>
  );
}
