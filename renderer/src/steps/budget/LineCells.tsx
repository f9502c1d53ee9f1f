import { useMemo } from 'react';
import { fieldEntries } from '../../../../shared/model/paths';
import { LANGS } from '../../../../shared/i18n/catalog';
import type { Party } from '../../../../shared/model/schema';
import { Select, TextField } from '../../components';
import { useStore } from '../../store';
import { useAt } from '../../store/at';
import { cellPath, type LineField, type LinePath } from './linePaths';
import { labelFor, useLang, useT } from '../../i18n';
import type { LineColumn } from './columns';
import { strings } from './strings';

const EMPTY_P: Party[] = [];

type Props = {
  columns: readonly LineColumn[];
  place: LineColumn['place'];
  path: LinePath;
  lineName: string;
  /** The line's fields that decide which columns it shows (a financing line's source and kind). */
  shape?: Record<string, unknown>;
  /** Replaces the plain update for a choice (a cost line's party moves it to another table, and focus follows). */
  onChoice?: (field: LineField, value: string) => void;
};

/**
 * The fields of one line in one of its places, each in its own grid cell, from the column definitions. Choices are
 * as wide as their names (no truncated categories or parties), on a row of their own beneath the amounts.
 */
export function LineCells({ columns, place, path, lineName, shape = {}, onChoice }: Props) {
  const lang = useLang();
  const t = useT(strings);
  const parties = useAt(['parties'], (p: Party[] | undefined) => p ?? EMPTY_P);
  const li = LANGS.indexOf(lang);
  const options = useMemo(
    () => new Map(columns.map((c) => [c.field, (c.options?.(parties) ?? []).map((o) => ({ value: o.value, label: o.labels[li] ?? o.value }))])),
    [columns, parties, li],
  );
  const label = (field: LineField) => t('fieldOf', { field: labelFor(cellPath(path, field), lang), line: lineName });
  const choose = (c: LineColumn) => (value: string) => {
    if (onChoice) return onChoice(c.field, value);
    const { update } = useStore.getState();
    update(cellPath(path, c.field), value);
    for (const [field, v] of fieldEntries(c.also?.(value) ?? {})) update(cellPath(path, field), v);
  };
  return (
    <>
      {columns
        .filter((c) => c.place === place && (!c.shownFor || c.shownFor(shape)))
        .map((c) => (
          <div role="gridcell" key={c.field} data-col={c.field} className={`bgrid__cell bgrid__cell--${c.kind}`}>
            {c.kind === 'text' ? (
              <TextField
                path={cellPath(path, c.field)}
                label={label(c.field)}
                className="field--cell"
                placeholder={c.placeholderKey ? t(c.placeholderKey) : undefined}
              />
            ) : (
              <Select
                path={cellPath(path, c.field)}
                label={label(c.field)}
                className="field--cell"
                options={options.get(c.field) ?? []}
                placeholder={c.field === 'partyId' ? true : undefined}
                onValueChange={choose(c)}
              />
            )}
          </div>
        ))}
    </>
  );
}
