import { memo } from 'react';
import type { FinancingLine, FinancingSource } from '../../../../shared/model/schema';
import { LIMITS } from '../../../../shared/model/limits';
import { newId } from '../../../../shared/model/ids';
import type { BudgetTotals } from '../../../../shared/finance/totals';
import { formatKronor } from '../../../../shared/finance/money';
import { useStore } from '../../store';
import { useAt } from '../../store/at';
import { useStoreArray } from '../../store/useStoreArray';
import { fieldId } from '../../store/paths';
import { labelFor, useLang, useT } from '../../i18n';
import { ui } from '../../i18n/strings';
import type { YearColumn } from './grid';
import { lineTotal } from './amounts';
import { AmountCell } from './AmountCell';
import { useLineActions, type LinePlace } from './LineTools';
import { gridColumns, LineHead, PathIssues, ScrollBox, SumRow, YearHeads } from './parts';
import { LineGrid } from './LineGrid';
import { LineCells } from './LineCells';
import { FINANCING_COLUMNS, yearCol } from './columns';
import { strings } from './strings';

const LIST = ['budget', 'financingLines'] as const;
const ADD_ID = 'financing-add';

/** The financing grid: every source on its own line, years across, the total financing beneath. */
export const FinancingGrid = memo(function FinancingGrid({ columns, totals }: { columns: YearColumn[]; totals: BudgetTotals }) {
  const t = useT(strings);
  const ids = useStoreArray(((s) => (s.app?.budget.financingLines ?? []).map((l) => l.id)));
  const fit = (v: readonly number[]) => Array.from({ length: columns.length }, (_, i) => v[i] ?? 0);
  return (
    <>
      {ids.length === 0 ? (
        <p className="budget-empty">{t('noFinancing')}</p>
      ) : (
        <ScrollBox label={t('financingSection')}>
          <LineGrid listPath={LIST} columns={FINANCING_COLUMNS} lineName={(i) => t('financingLine', { n: i + 1 })} label={t('grid.financing')} style={gridColumns(columns.length)}>
            <div role="rowgroup">
              <YearHeads columns={columns} first={t('financing')} grid />
            </div>
            <div role="rowgroup">
              {ids.map((id, index) => (
                <FinancingRow
                  key={id}
                  index={index}
                  years={columns.length}
                  up={index > 0 ? index - 1 : null}
                  down={index < ids.length - 1 ? index + 1 : null}
                  afterRemoveFocusId={index < ids.length - 1 ? fieldId([...LIST, index + 1]) : ADD_ID}
                />
              ))}
            </div>
            <div role="rowgroup" className="bgrid__foot">
              <SumRow grid label={t('row.financing')} values={fit(totals.financingByYear)} className="budget-table__total" />
            </div>
          </LineGrid>
        </ScrollBox>
      )}
      <AddFinancingButton disabled={ids.length >= LIMITS.financingLines} />
      <PathIssues path={LIST} focusable />
    </>
  );
});

function AddFinancingButton({ disabled }: { disabled: boolean }) {
  const t = useT(ui);
  const tb = useT(strings);
  const add = () => {
    const s = useStore.getState();
    const lines = s.app?.budget.financingLines ?? [];
    // The first line is nearly always the amount sought; after that, a party's own contribution.
    const source: FinancingSource = lines.some((l) => l.source === 'sim') ? 'party' : 'sim';
    const line: FinancingLine = { id: newId(), source, partyId: '', kind: 'cash', description: '', amounts: [] };
    s.addItem(LIST, line);
    s.announce(t('repeater.added', { name: tb('financingLine', { n: lines.length + 1 }) }));
    requestAnimationFrame(() => document.getElementById(fieldId([...LIST, lines.length, 'source']))?.focus());
  };
  return (
    <button id={ADD_ID} type="button" className="btn btn--secondary budget-add" onClick={add} disabled={disabled}>
      <span aria-hidden="true">+ </span>
      {tb('addFinancing')}
    </button>
  );
}

type RowProps = { index: number; years: number; up: number | null; down: number | null; afterRemoveFocusId: string };

const FinancingRow = memo(function FinancingRow({ index, years, up, down, afterRemoveFocusId }: RowProps) {
  const t = useT(strings);
  const lang = useLang();
  const path = [...LIST, index] as const;
  const name = t('financingLine', { n: index + 1 });
  const place: LinePlace = { listPath: LIST, index, name, up, down, afterRemoveFocusId };
  const actions = useLineActions(place);
  const source = useAt([...path, 'source'], (v: FinancingSource | undefined) => v ?? 'sim');
  const kind = useAt([...path, 'kind']) as string | undefined;
  const total = useAt([...path, 'amounts'], (amounts: number[] | undefined) => lineTotal(amounts ?? []));

  return (
    <div role="row" className="bgrid__row bgrid__line" data-line={index} onKeyDown={actions.onKeyDown}>
      <LineHead path={path} index={index} name={name} place={place} actions={actions} />
      {/* The kind stays visible on a non-party line only if it is wrong there, so it can be put right. */}
      <LineCells columns={FINANCING_COLUMNS} place="main" path={path} lineName={name} shape={{ source, kind }} />
      {Array.from({ length: years }, (_, y) => (
        <div role="gridcell" key={y} data-col={yearCol(y)} className="num">
          <AmountCell linePath={path} year={y} label={t('amountIn', { field: labelFor([...path, 'amounts', y], lang), year: y + 1, line: name })} />
        </div>
      ))}
      <div role="gridcell" className="num budget-table__line-sum">
        {formatKronor(total, { unit: false })}
      </div>
      <div className="bgrid__below">
        <LineCells columns={FINANCING_COLUMNS} place="below" path={path} lineName={name} shape={{ source, kind }} />
      </div>
    </div>
  );
});
