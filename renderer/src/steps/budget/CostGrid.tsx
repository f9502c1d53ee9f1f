import { memo, useMemo } from 'react';
import type { CostLine, Party } from '../../../../shared/model/schema';
import { LIMITS } from '../../../../shared/model/limits';
import { newId } from '../../../../shared/model/ids';
import type { BudgetTotals } from '../../../../shared/finance/totals';
import { formatKronor } from '../../../../shared/finance/money';
import { partyName } from '../../components/partyOptions';
import { useStore } from '../../store';
import { useAt } from '../../store/at';
import { useStoreArray } from '../../store/useStoreArray';
import { fieldId } from '../../store/paths';
import { labelFor, useLang, useT } from '../../i18n';
import { ui } from '../../i18n/strings';
import { costGroups, neighbourInGroup, type CostGroup, type LineShape, type YearColumn } from './grid';
import { lineTotal } from './amounts';
import { AmountCell } from './AmountCell';
import { useLineActions, type LinePlace } from './LineTools';
import { gridColumns, LineHead, PathIssues, ScrollBox, SumRow, YearHeads } from './parts';
import { LineGrid } from './LineGrid';
import { LineCells } from './LineCells';
import { COST_COLUMNS, yearCol } from './columns';
import { strings } from './strings';
import { cellPath, type LineField } from './linePaths';

const LIST = ['budget', 'costLines'] as const;
const EMPTY_P: Party[] = [];
const EMPTY_L: CostLine[] = [];

/** The cost grid: one table per party (then lines with no party), years across, cash and in-kind sub-totals. */
export const CostGrid = memo(function CostGrid({ columns, totals }: { columns: YearColumn[]; totals: BudgetTotals }) {
  const t = useT(strings);
  const lang = useLang();
  const parties = useAt(['parties'], (p: Party[] | undefined) => p ?? EMPTY_P);
  // Only which line belongs to which party: a description or an amount typed does not regroup the lines.
  const shape = useStoreArray(((s) => (s.app?.budget.costLines ?? EMPTY_L).flatMap((l) => [l.id, l.partyId])));
  const lines = useMemo(() => Array.from({ length: shape.length / 2 }, (_, i) => ({ id: shape[2 * i]!, partyId: shape[2 * i + 1]! })), [shape]);
  const groups = useMemo(() => costGroups(parties, lines, totals), [parties, lines, totals]);
  const full = lines.length >= LIMITS.costLines;

  return (
    <>
      <PathIssues path={LIST} focusable />
      {groups.map((g) => {
        const name = g.partyId ? partyName(parties[g.partyIndex]!, g.partyIndex, lang) : '';
        const title = g.partyId ? t('costsFor', { party: name }) : t('unassigned');
        const headId = `cost-group-${g.partyId || 'none'}`;
        const addId = `${headId}-add`;
        return (
          <section key={g.partyId || 'none'} className="budget-group" aria-labelledby={headId}>
            <h3 id={headId} className="budget-group__title">
              {title}
            </h3>
            {g.lines.length === 0 ? (
              <p className="budget-empty">{t('noLines')}</p>
            ) : (
              <ScrollBox label={title}>
                <LineGrid listPath={LIST} columns={COST_COLUMNS} lineName={(i) => t('costLine', { n: i + 1 })} label={title} style={gridColumns(columns.length)}>
                  <div role="rowgroup">
                    <YearHeads columns={columns} first={t('cost')} grid />
                  </div>
                  <div role="rowgroup">
                    {g.lines.map((l, pos) => (
                      <CostRow
                        key={l.line.id}
                        index={l.index}
                        years={columns.length}
                        up={neighbourInGroup(g, l.index, -1)}
                        down={neighbourInGroup(g, l.index, 1)}
                        afterRemoveFocusId={g.lines[pos + 1] ? fieldId([...LIST, g.lines[pos + 1]!.index]) : addId}
                      />
                    ))}
                  </div>
                  <GroupSums group={g} name={name || t('unassigned')} years={columns.length} />
                </LineGrid>
              </ScrollBox>
            )}
            <AddCostButton id={addId} partyId={g.partyId} party={name} disabled={full} />
          </section>
        );
      })}
    </>
  );
});

function GroupSums({ group, name, years }: { group: CostGroup<LineShape>; name: string; years: number }) {
  const t = useT(strings);
  const fit = (v: readonly number[]) => Array.from({ length: years }, (_, i) => v[i] ?? 0);
  // Only the sum stays in view while the lines scroll: a sticky foot of three rows would cover the first lines of a
  // laptop's 650-pixel window when the step opens. The cash and in-kind sub-totals follow the last line.
  return (
    <>
      {group.cash || group.inKind ? (
        <div role="rowgroup">
          {group.cash ? <SumRow grid label={t('subtotalCash')} values={fit(group.cash)} /> : null}
          {group.inKind ? <SumRow grid label={t('subtotalInKind')} values={fit(group.inKind)} /> : null}
        </div>
      ) : null}
      <div role="rowgroup" className="bgrid__foot">
        <SumRow grid label={t('sum')} hiddenLabel={` ${name}`} values={fit(group.total)} className="budget-table__total" />
      </div>
    </>
  );
}

function AddCostButton({ id, partyId, party, disabled }: { id: string; partyId: string; party: string; disabled: boolean }) {
  const t = useT(ui);
  const tb = useT(strings);
  const add = () => {
    const s = useStore.getState();
    const index = s.app?.budget.costLines.length ?? 0;
    const line: CostLine = { id: newId(), category: 'personnel', description: '', partyId, kind: 'cash', amounts: [], valuation: null };
    s.addItem(LIST, line);
    s.announce(t('repeater.added', { name: tb('costLine', { n: index + 1 }) }));
    requestAnimationFrame(() => document.getElementById(fieldId([...LIST, index, 'description']))?.focus());
  };
  return (
    <button id={id} type="button" className="btn btn--secondary budget-add" onClick={add} disabled={disabled}>
      <span aria-hidden="true">+ </span>
      {tb('addCost')}
      {party ? <span className="visually-hidden"> {tb('forParty', { party })}</span> : null}
    </button>
  );
}

type RowProps = { index: number; years: number; up: number | null; down: number | null; afterRemoveFocusId: string };

const CostRow = memo(function CostRow({ index, years, up, down, afterRemoveFocusId }: RowProps) {
  const t = useT(strings);
  const lang = useLang();
  const path = [...LIST, index] as const;
  const name = t('costLine', { n: index + 1 });
  const place: LinePlace = { listPath: LIST, index, name, up, down, afterRemoveFocusId };
  const actions = useLineActions(place);
  const total = useAt([...path, 'amounts'], (amounts: number[] | undefined) => lineTotal(amounts ?? []));

  // Choosing another party moves the line to that party's table; focus follows it there.
  const onChoice = (field: LineField, value: string) => {
    useStore.getState().update(cellPath(path, field), value);
    if (field === 'partyId') requestAnimationFrame(() => document.getElementById(fieldId([...path, 'partyId']))?.focus());
  };

  return (
    <div role="row" className="bgrid__row bgrid__line" data-line={index} onKeyDown={actions.onKeyDown}>
      <LineHead path={path} index={index} name={name} place={place} actions={actions} />
      <LineCells columns={COST_COLUMNS} place="main" path={path} lineName={name} onChoice={onChoice} />
      {Array.from({ length: years }, (_, y) => (
        <div role="gridcell" key={y} data-col={yearCol(y)} className="num">
          <AmountCell linePath={path} year={y} label={t('amountIn', { field: labelFor([...path, 'amounts', y], lang), year: y + 1, line: name })} />
        </div>
      ))}
      <div role="gridcell" className="num budget-table__line-sum">
        {formatKronor(total, { unit: false })}
      </div>
      <div className="bgrid__below">
        <LineCells columns={COST_COLUMNS} place="below" path={path} lineName={name} onChoice={onChoice} />
      </div>
    </div>
  );
});
