import { useShallow } from 'zustand/react/shallow';
import type { ProjectGoal } from '../../../../shared/model/schema';
import { FieldShell } from '../../components';
import { useStore } from '../../store';
import { fieldId, getIn, type Path } from '../../store/paths';
import { useLang, useTranslation } from '../../i18n';
import { rowTitle, toggleLink } from './model';
import { NS } from './strings';

/** Tick boxes linking one project goal to rows of the logic model, each row named by number and content. */
export function GoalLinks({ path }: { path: Path }) {
  const { t } = useTranslation(NS);
  const lang = useLang();
  const linksPath = [...path, 'logicRowIds'];
  // Flat [id, title, id, title…] so typing in the goal text does not re-render the boxes.
  const rows = useStore(useShallow((s) => (s.app?.goals.logicModel ?? []).flatMap((r, i) => [r.id, rowTitle(r, i, lang)])));
  const linked = useStore(useShallow((s) => (getIn(s.app, linksPath) as string[] | undefined) ?? []));
  const update = useStore((s) => s.update);
  const base = fieldId(linksPath);

  const set = (rowId: string, on: boolean) => {
    const { app } = useStore.getState();
    const goal = getIn(app, path) as ProjectGoal | undefined;
    if (!app || !goal) return;
    update(linksPath, toggleLink(goal, rowId, on, app.goals.logicModel));
  };

  const items: { id: string; title: string }[] = [];
  for (let i = 0; i < rows.length; i += 2) items.push({ id: rows[i]!, title: rows[i + 1]! });

  return (
    <FieldShell path={linksPath} as="fieldset" className="goal-links">
      {() =>
        items.length === 0 ? (
          <p className="field__hint">{t('noRowsToLink')}</p>
        ) : (
          <ul className="check-list">
            {items.map((row) => {
              const id = `${base}-${row.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
              return (
                <li key={row.id} className="check-item">
                  <input id={id} type="checkbox" className="checkbox" checked={linked.includes(row.id)} onChange={(e) => set(row.id, e.target.checked)} />
                  <label htmlFor={id}>{row.title}</label>
                </li>
              );
            })}
          </ul>
        )
      }
    </FieldShell>
  );
}
