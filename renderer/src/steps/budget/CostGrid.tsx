import { memo, useMemo } from 'react';
import { COST_CATEGORY_LABELS } from '../../../../shared/model/labels';
import { COST_CATEGORIES, type CostLine, type Party } from '../../../../shared/model/schema';
import { LIMITS } from '../../../../shared/model/limits';
import { newId } from '../../../../shared/model/ids';
import type { BudgetTotals } from '../../../../shared/finance/totals';
import { formatKronor } from '../../../../shared/finance/money';
import { Select, TextField, usePartyOptions } from '../../components';
import { partyName } from '../../components/partyOptions';
import { useStore } from '../../store';
import { fieldId, getIn } from '../../store/paths';
import { labelFor, useLang, useTranslation } from '../../i18n';
import { costGroups, neighbourInGroup, type CostGroup, type YearColumn } from './grid';
import { lineTotal } from './amounts';
import { AmountCell } from './AmountCell';
import { LineTools, useLineActions, type LinePlace } from './LineTools';
import { gridColumns, PathIssues, ScrollBox, SumRow, YearHeads } from './parts';
import { NS } from './strings';

const LIST = ['budget', 'costLines'] as const;
const EMPTY_P: Party[] = [];
const EMPTY_L: CostLine[] = [];

/** The cost grid: one table per party (then lines with no party), years across, cash and in-kind sub-totals. */
export function CostGrid({ columns, totals }: { columns: YearColumn[]; totals: BudgetTotals }) {
  const { t } = useTranslation(NS);
  const lang = useLang();
  const parties = useStore((s) => s.app?.parties ?? EMPTY_P);
  const lines = useStore((s) => s.app?.budget.costLines ?? EMPTY_L);
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
                <div role="table" className="bgrid" style={gridColumns(columns.length)} aria-labelledby={headId}>
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
                  <div role="rowgroup" className="bgrid__foot">
                    <GroupSums group={g} name={name || t('unassigned')} years={columns.length} />
                  </div>
                </div>
              </ScrollBox>
            )}
            <AddCostButton id={addId} partyId={g.partyId} party={name} disabled={full} />
          </section>
        );
      })}
    </>
  );
}

function GroupSums({ group, name, years }: { group: CostGroup; name: string; years: number }) {
  const { t } = useTranslation(NS);
  const fit = (v: readonly number[]) => Array.from({ length: years }, (_, i) => v[i] ?? 0);
  return (
    <>
      {group.cash ? <SumRow grid label={t('subtotalCash')} values={fit(group.cash)} /> : null}
      {group.inKind ? <SumRow grid label={t('subtotalInKind')} values={fit(group.inKind)} /> : null}
      <SumRow grid label={t('sum')} hiddenLabel={` ${name}`} values={fit(group.total)} className="budget-table__total" />
    </>
  );
}

function AddCostButton({ id, partyId, party, disabled }: { id: string; partyId: string; party: string; disabled: boolean }) {
  const { t } = useTranslation();
  const { t: tb } = useTranslation(NS);
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
  const { t } = useTranslation(NS);
  const lang = useLang();
  const path = [...LIST, index];
  const name = t('costLine', { n: index + 1 });
  const place: LinePlace = { listPath: LIST, index, name, up, down, afterRemoveFocusId };
  const actions = useLineActions(place);
  const parties = usePartyOptions();
  const total = useStore((s) => lineTotal((getIn(s.app, [...path, 'amounts']) as number[] | undefined) ?? []));
  const label = (field: string) => t('fieldOf', { field: labelFor([...path, field], lang), line: name });

  // Choosing another party moves the line to that party's table; focus follows it there.
  const setParty = (partyId: string) => {
    useStore.getState().update([...path, 'partyId'], partyId);
    requestAnimationFrame(() => document.getElementById(fieldId([...path, 'partyId']))?.focus());
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
        <TextField path={[...path, 'description']} label={label('description')} className="field--cell" placeholder={t('descriptionPlaceholder')} />
        <div className="line-pair">
          <Select
            path={[...path, 'category']}
            label={label('category')}
            className="field--cell"
            options={COST_CATEGORIES.map((c) => ({ value: c, label: COST_CATEGORY_LABELS[c][lang] }))}
          />
          <Select
            path={[...path, 'kind']}
            label={label('kind')}
            className="field--cell"
            options={(['cash', 'inKind'] as const).map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          />
        </div>
        <Select path={[...path, 'partyId']} label={label('partyId')} className="field--cell" options={parties} placeholder onValueChange={setParty} />
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
