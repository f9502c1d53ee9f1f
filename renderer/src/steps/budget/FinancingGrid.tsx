import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { FinancingLine, FinancingSource } from '../../../../shared/model/schema';
import { LIMITS } from '../../../../shared/model/limits';
import { newId } from '../../../../shared/model/ids';
import type { BudgetTotals } from '../../../../shared/finance/totals';
import { formatKronor } from '../../../../shared/finance/money';
import { Select, TextField, usePartyOptions } from '../../components';
import { useStore } from '../../store';
import { fieldId, getIn } from '../../store/paths';
import { labelFor, useLang, useTranslation } from '../../i18n';
import type { YearColumn } from './grid';
import { lineTotal } from './amounts';
import { AmountCell } from './AmountCell';
import { LineTools, useLineActions, type LinePlace } from './LineTools';
import { gridColumns, PathIssues, ScrollBox, SumRow, YearHeads } from './parts';
import { NS } from './strings';

const LIST = ['budget', 'financingLines'] as const;
const ADD_ID = 'financing-add';

/** The financing grid: every source on its own line, years across, the total financing beneath. */
export const FinancingGrid = memo(function FinancingGrid({ columns, totals }: { columns: YearColumn[]; totals: BudgetTotals }) {
  const { t } = useTranslation(NS);
  const ids = useStore(useShallow((s) => (s.app?.budget.financingLines ?? []).map((l) => l.id)));
  const fit = (v: readonly number[]) => Array.from({ length: columns.length }, (_, i) => v[i] ?? 0);
  return (
    <>
      {ids.length === 0 ? (
        <p className="budget-empty">{t('noFinancing')}</p>
      ) : (
        <ScrollBox label={t('financingSection')}>
          <div role="table" className="bgrid" style={gridColumns(columns.length)} aria-labelledby="budget-financing-title">
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
          </div>
        </ScrollBox>
      )}
      <AddFinancingButton disabled={ids.length >= LIMITS.financingLines} />
      <PathIssues path={LIST} focusable />
    </>
  );
});

function AddFinancingButton({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const { t: tb } = useTranslation(NS);
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
  const { t } = useTranslation(NS);
  const lang = useLang();
  const path = [...LIST, index];
  const name = t('financingLine', { n: index + 1 });
  const place: LinePlace = { listPath: LIST, index, name, up, down, afterRemoveFocusId };
  const actions = useLineActions(place);
  const parties = usePartyOptions();
  const source = useStore((s) => (getIn(s.app, [...path, 'source']) as FinancingSource | undefined) ?? 'sim');
  const kind = useStore((s) => getIn(s.app, [...path, 'kind']) as string | undefined);
  const total = useStore((s) => lineTotal((getIn(s.app, [...path, 'amounts']) as number[] | undefined) ?? []));
  const label = (field: string) => t('fieldOf', { field: labelFor([...path, field], lang), line: name });

  // The fund and other financiers always pay in cash. A party line names its party, a SIM line the party whose
  // costs it pays; other financing names none.
  const setSource = (value: string) => {
    const { update } = useStore.getState();
    update([...path, 'source'], value);
    if (value === 'other') update([...path, 'partyId'], '');
    if (value !== 'party') update([...path, 'kind'], 'cash');
  };

  return (
    <div role="row" className="bgrid__row bgrid__line" onKeyDown={actions.onKeyDown}>
      <div role="cell" className="budget-table__what">
        <div className="line-head">
          <span className="line-head__name" id={fieldId(path)} tabIndex={-1}>
            <span className="visually-hidden">{name}</span>
            <span aria-hidden="true">{t('lineShort', { n: index + 1 })}</span>
          </span>
          <LineTools place={place} actions={actions} />
        </div>
        {/* The kind stays visible on a non-party line only if it is wrong there, so it can be put right. */}
        <div className={source === 'party' || kind === 'inKind' ? 'line-pair' : undefined}>
          <Select
            path={[...path, 'source']}
            label={label('source')}
            className="field--cell"
            options={(['sim', 'party', 'other'] as const).map((v) => ({ value: v, label: t(`source.${v}`) }))}
            onValueChange={setSource}
          />
          {source === 'party' || kind === 'inKind' ? (
            <Select
              path={[...path, 'kind']}
              label={label('kind')}
              className="field--cell"
              options={(['cash', 'inKind'] as const).map((k) => ({ value: k, label: t(`kind.${k}`) }))}
            />
          ) : null}
        </div>
        {source !== 'other' ? (
          <Select path={[...path, 'partyId']} label={label('partyId')} className="field--cell" options={parties} placeholder />
        ) : null}
        <TextField path={[...path, 'description']} label={label('description')} className="field--cell" />
        <PathIssues path={path} />
      </div>
      {Array.from({ length: years }, (_, y) => (
        <div role="cell" key={y} className="num">
          <AmountCell linePath={path} year={y} label={t('amountIn', { field: labelFor([...path, 'amounts', y], lang), year: y + 1, line: name })} />
        </div>
      ))}
      <div role="cell" className="num budget-table__line-sum">
        {formatKronor(total, { unit: false })}
      </div>
    </div>
  );
});
