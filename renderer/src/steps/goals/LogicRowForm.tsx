import { useShallow } from 'zustand/react/shallow';
import type { LogicRow } from '../../../../shared/model/schema';
import { TextArea } from '../../components';
import { useStore } from '../../store';
import { getIn, type Path } from '../../store/paths';
import { useT } from '../../i18n';
import { CHAIN_FIELDS, goalsTracingTo, rowFilled } from './model';
import { RowIndicators } from './Indicators';
import { strings } from './strings';

/** One chain of the logic model laid out as a grid: the chain left to right, then how it is measured. */
export function LogicRowForm({ path }: { path: Path }) {
  const t = useT(strings);
  return (
    <div className="logic-row">
      <div className="logic-row__chain" role="group" aria-label={t('chain')}>
        {CHAIN_FIELDS.map((f, i) => (
          <div key={f} className="logic-row__cell">
            {i > 0 ? (
              <span className="logic-row__arrow" aria-hidden="true">
                →
              </span>
            ) : null}
            <TextArea path={[...path, f]} rows={3} />
          </div>
        ))}
      </div>
      <RowIndicators rowPath={path} row={Number(path[path.length - 1])} />
      <TextArea path={[...path, 'assumptions']} rows={2} />
      <RowMeta path={path} />
    </div>
  );
}

function RowMeta({ path }: { path: Path }) {
  const t = useT(strings);
  const [filled, of] = useStore(
    useShallow((s) => {
      const row = getIn(s.app, path) as LogicRow | undefined;
      const f = row ? rowFilled(row) : { filled: 0, of: 0 };
      return [f.filled, f.of];
    }),
  );
  const tracing = useStore(
    useShallow((s) => {
      const row = getIn(s.app, path) as LogicRow | undefined;
      return row && s.app ? goalsTracingTo(s.app.goals.projectGoals, row.id) : [];
    }),
  );
  return (
    <p className="logic-row__meta">
      <span>{tracing.length ? t('tracedBy', { count: tracing.length, list: tracing.join(', ') }) : t('notTraced')}</span>
      <span aria-hidden="true"> · </span>
      <span>{t('filled', { filled, of })}</span>
    </p>
  );
}
