import type { ReactNode } from 'react';
import { FieldShell, type CommonFieldProps } from './FieldShell';
import { useBound } from './useBound';
import { fieldId, idPart } from '../store/paths';

export type CheckOption = { value: string; label: string; description?: ReactNode };
export type CheckGroup = { title: string; options: readonly CheckOption[] };

type Props = CommonFieldProps & {
  /** Options in titled groups (e.g. municipalities by sub-region), or one untitled group. */
  groups: readonly CheckGroup[];
  /** Columns to flow long option lists into. */
  columns?: number;
};

/** Several choices from a list, bound to a string array kept in the order of the options. */
export function CheckboxGroup({ groups, columns = 1, ...shell }: Props) {
  const [value, set] = useBound<string[]>(shell.path);
  const chosen = new Set(value ?? []);
  const order = groups.flatMap((g) => g.options.map((o) => o.value));
  const toggle = (v: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(v);
    else next.delete(v);
    set(order.filter((o) => next.has(o)).concat([...next].filter((o) => !order.includes(o))));
  };
  const base = fieldId(shell.path);
  return (
    <FieldShell {...shell} as="fieldset">
      {(control) => (
        <div className="check-groups">
          {groups.map((g, gi) => (
            <div key={g.title || gi} className="check-group" role={g.title ? 'group' : undefined} aria-labelledby={g.title ? `${base}-g${gi}` : undefined}>
              {g.title ? (
                <p className="check-group__title" id={`${base}-g${gi}`}>
                  {g.title}
                </p>
              ) : null}
              <ul className="check-list" style={{ columnCount: columns }}>
                {g.options.map((o) => {
                  const id = `${base}-${idPart(o.value)}`;
                  return (
                    <li key={o.value} className="check-item">
                      <input
                        id={id}
                        type="checkbox"
                        className="checkbox"
                        checked={chosen.has(o.value)}
                        onChange={(e) => toggle(o.value, e.target.checked)}
                        aria-describedby={o.description ? `${id}-desc ${control['aria-describedby']}` : control['aria-describedby']}
                      />
                      <label htmlFor={id}>{o.label}</label>
                      {o.description ? (
                        <p className="check-item__desc" id={`${id}-desc`}>
                          {o.description}
                        </p>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </div>
      )}
    </FieldShell>
  );
}
