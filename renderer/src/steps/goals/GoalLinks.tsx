import { useShallow } from 'zustand/react/shallow';
import type { ProjectGoal } from '../../../../shared/model/schema';
import { FieldError, FieldShell } from '../../components';
import { useFieldIssueText } from '../../store/derived';
import { useStore } from '../../store';
import { fieldId, getIn, type Path } from '../../store/paths';
import { useLang, useT } from '../../i18n';
import { rowTitles, toggleLink } from './model';
import { strings } from './strings';

/** Tick boxes linking one project goal to rows of the logic model, each row named by number and content. */
export function GoalLinks({ path }: { path: Path }) {
  const t = useT(strings);
  const lang = useLang();
  const linksPath = [...path, 'logicRowIds'];
  // Flat [id, title, id, title…] so typing in the goal text does not re-render the boxes.
  const rows = useStore(
    useShallow((s) => {
      const model = s.app?.goals.logicModel ?? [];
      const titles = rowTitles(model, lang);
      return model.flatMap((r, i) => [r.id, titles[i]!]);
    }),
  );
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
  // Links to removed rows are kept so an undo restores them; until then they are offered for clearing here.
  const known = new Set(items.map((r) => r.id));
  const dangling = linked.flatMap((id, j) => (known.has(id) ? [] : [j]));
  const clear = () => {
    const { app } = useStore.getState();
    if (app) update(linksPath, linked.filter((id) => app.goals.logicModel.some((r) => r.id === id)));
  };

  return (
    <FieldShell path={linksPath} as="fieldset" className="goal-links">
      {() => (
        <>
          {dangling.length ? <DanglingLinks linksPath={linksPath} positions={dangling} onClear={clear} /> : null}
          {items.length === 0 ? (
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
          )}
        </>
      )}
    </FieldShell>
  );
}

/** What the rules say about links to removed rows, with the one action that settles it. */
function DanglingLinks({ linksPath, positions, onClear }: { linksPath: Path; positions: number[]; onClear: () => void }) {
  const t = useT(strings);
  const lang = useLang();
  const first = useFieldIssueText([...linksPath, positions[0]!], lang);
  return (
    <div className="goal-links__dangling">
      <FieldError id={`${fieldId(linksPath)}-dangling`} text={first.text} severity={first.severity} />
      <button type="button" id={fieldId([...linksPath, positions[0]!])} className="btn btn--small btn--secondary" onClick={onClear}>
        {t('clearDangling', { count: positions.length })}
      </button>
    </div>
  );
}
