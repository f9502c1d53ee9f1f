import { memo, type CSSProperties } from 'react';
import { LIMITS } from '../../../../shared/model/limits';
import { newId } from '../../../../shared/model/ids';
import { COST_CATEGORIES, type CostLine, type Party } from '../../../../shared/model/schema';
import { COST_CATEGORY_LABELS } from '../../../../shared/model/labels';
import { budgetYearCount } from '../../../../shared/finance/totals';
import { partyName } from '../../components/partyOptions';
import { Section, Select, TextField } from '../../components';
import { removeWithUndo } from '../../components/removeWithUndo';
import { useStore } from '../../store';
import { sameElements, useAt } from '../../store/at';
import { fieldId } from '../../store/paths';
import type { ProposedChange } from '../../../../shared/model/lifecycle';
import { AmountCell } from '../../steps/budget/AmountCell';
import { useLang, useT } from '../../i18n';
import { changeStrings } from './change-strings';

type Props = { index: number };
const NO_IDS: readonly string[] = [];
const ADD_ID = 'change-budget-add';
const NO_PARTIES: readonly Party[] = [];
const proposedPath = (index: number) => ['lifecycle', 'changeRequests', index, 'proposed'] as const;
const linesPath = (index: number) => [...proposedPath(index), 'budget', 'costLines'] as const;

/**
 * The proposed budget: the decided cost lines copied, each with its description, category, kind, party and amounts
 * per year of the proposed period, and lines added or taken away (undoably). The differences beneath and the DOCX
 * compare it line by line with the decided budget.
 */
export function ProposedBudget({ index }: Props) {
  const t = useT(changeStrings);
  const ids = useAt(linesPath(index), (lines: readonly CostLine[] | undefined) => lines?.map((l) => l.id) ?? NO_IDS, sameElements);
  // The years of the proposed period (a longer project has more), or as many as a line already has.
  const years = useAt(proposedPath(index), (p: ProposedChange | undefined) => (p ? Math.max(1, budgetYearCount(p)) : 1));
  const full = ids.length >= LIMITS.costLines;
  const add = () => {
    const s = useStore.getState();
    const line: CostLine = { id: newId(), category: 'personnel', description: '', partyId: '', kind: 'cash', amounts: [], valuation: null };
    s.addItem(linesPath(index), line);
    s.announce(t('lineAdded', { n: ids.length + 1 }));
    requestAnimationFrame(() => document.getElementById(fieldId([...linesPath(index), ids.length, 'description']))?.focus());
  };
  const columns = { '--report-cols': `minmax(14rem, 1fr) repeat(${years}, 8.5rem) 6rem` } as CSSProperties;
  return (
    <Section title={t('budget')} intro={t('budgetLead')}>
      <div className="report-costs__scroll">
        <div role="table" className="report-grid report-costs change-budget" aria-label={t('budgetTable')} style={columns}>
          <div role="rowgroup">
            <div role="row" className="report-grid__row report-grid__row--head">
              <div role="columnheader">{t('line')}</div>
              {Array.from({ length: years }, (_, y) => (
                <div role="columnheader" key={y} className="num">
                  {t('year', { n: y + 1 })}
                </div>
              ))}
              <div role="columnheader">
                <span className="visually-hidden">{t('lineTools')}</span>
              </div>
            </div>
          </div>
          <div role="rowgroup">
            {ids.map((id, k) => (
              <ProposedLine key={id} index={index} k={k} years={years} />
            ))}
          </div>
        </div>
      </div>
      <button id={ADD_ID} type="button" className="btn btn--secondary" onClick={add} disabled={full}>
        <span aria-hidden="true">+ </span>
        {t('addLine')}
      </button>
    </Section>
  );
}

const ProposedLine = memo(function ProposedLine({ index, k, years }: { index: number; k: number; years: number }) {
  const t = useT(changeStrings);
  const lang = useLang();
  const path = [...linesPath(index), k] as const;
  const description = useAt([...path, 'description'], (v: string | undefined) => v ?? '');
  const parties = useAt([...proposedPath(index), 'parties'], (p: readonly Party[] | undefined) => p ?? NO_PARTIES);
  const name = description.trim() || t('lineN', { n: k + 1 });
  const categories = COST_CATEGORIES.map((c) => ({ value: c, label: COST_CATEGORY_LABELS[c][lang] }));
  const kinds = (['cash', 'inKind'] as const).map((v) => ({ value: v, label: t(`kinds.${v}`) }));
  const partyOptions = parties.map((p, i) => ({ value: p.id, label: partyName(p, i, lang) }));
  // Focus goes to the line that takes this one's place, or to the add button after the last.
  const remove = () => {
    removeWithUndo(linesPath(index), k, name);
    requestAnimationFrame(() => (document.getElementById(fieldId([...path, 'description'])) ?? document.getElementById(ADD_ID))?.focus());
  };
  return (
    <div role="row" className="report-grid__row report-grid__line change-budget__line">
      <div role="cell">
        <TextField path={[...path, 'description']} label={t('lineName', { n: k + 1 })} hideLabel />
      </div>
      {Array.from({ length: years }, (_, y) => (
        <div role="cell" key={y} className="num report-costs__cell">
          <AmountCell linePath={path} year={y} label={t('yearCell', { year: y + 1, line: name })} />
        </div>
      ))}
      <div role="cell">
        <button type="button" className="btn btn--danger btn--small" onClick={remove}>
          {t('removeLine')}
          <span className="visually-hidden"> {name}</span>
        </button>
      </div>
      {/* Beneath, across the whole width, as in the budget's grid: no category or party name is cut short. */}
      <div role="cell" className="change-budget__choices">
        <Select path={[...path, 'category']} label={t('category', { line: name })} hideLabel options={categories} />
        <Select path={[...path, 'kind']} label={t('kind', { line: name })} hideLabel options={kinds} />
        <Select path={[...path, 'partyId']} label={t('party', { line: name })} hideLabel options={partyOptions} placeholder />
      </div>
    </div>
  );
});
