import { memo } from 'react';
import { COST_CATEGORY_LABELS } from '../../../../shared/model/labels';
import { COST_CATEGORIES, type Party } from '../../../../shared/model/schema';
import type { BudgetTotals } from '../../../../shared/finance/totals';
import { formatKronor, formatPercent } from '../../../../shared/finance/money';
import { partyName } from '../../components/partyOptions';
import { useStore } from '../../store';
import { useProgramme } from '../../store/derived';
import { useLang, useT } from '../../i18n';
import { balances, balanceTotal, type Balance, type YearColumn } from './grid';
import { overFundCap, partyShares } from './chartModel';
import { ScrollBox, SumRow, YearHeads } from './parts';
import { strings } from './strings';

const EMPTY_P: Party[] = [];

/** Costs against financing per year, the balance of each year in words and colour, and the shares. */
export const Summary = memo(function Summary({ columns, totals }: { columns: YearColumn[]; totals: BudgetTotals }) {
  const t = useT(strings);
  const lang = useLang();
  const parties = useStore((s) => s.app?.parties ?? EMPTY_P);
  const n = columns.length;
  const fit = (v: readonly number[]) => Array.from({ length: n }, (_, i) => v[i] ?? 0);
  const yearBalances = balances(totals, n);
  const total = balanceTotal(totals);
  return (
    <>
      <ScrollBox label={t('summarySection')}>
        <table className="budget-table budget-table--summary budget-table--grid" aria-labelledby="budget-summary-title">
          <thead>
            <YearHeads columns={columns} first={t('amountsInKronor')} />
          </thead>
          <tbody>
            <SumRow label={t('row.costs')} values={fit(totals.costByYear)} className="budget-table__total" />
            <SumRow label={t('row.sim')} values={fit(totals.simByYear)} />
            {parties.flatMap((p, i) => {
              const f = totals.parties[p.id];
              if (!f) return [];
              const name = partyName(p, i, lang);
              return [
                <SumRow key={`${p.id}c`} label={t('row.partyCash', { party: name })} values={fit(f.cash)} />,
                <SumRow key={`${p.id}k`} label={t('row.partyInKind', { party: name })} values={fit(f.inKind)} />,
              ];
            })}
            <SumRow label={t('row.other')} values={fit(totals.otherByYear)} />
            <SumRow label={t('row.financing')} values={fit(totals.financingByYear)} className="budget-table__total" />
          </tbody>
          <tfoot>
            <tr className="budget-balance" data-testid="budget-balance">
              <th scope="row">{t('row.balance')}</th>
              {yearBalances.map((b) => (
                <BalanceCell key={b.year} balance={b} />
              ))}
              <BalanceCell balance={total} />
            </tr>
          </tfoot>
        </table>
      </ScrollBox>
      <p className="field__hint">{t('balanceNote')}</p>
      <Shares totals={totals} parties={parties} />
    </>
  );
});

function BalanceCell({ balance }: { balance: Balance }) {
  const t = useT(strings);
  const amount = formatKronor(Math.abs(balance.amount));
  return (
    <td className={`num budget-balance__cell budget-balance__cell--${balance.state}`}>
      <span className="budget-balance__mark" aria-hidden="true">
        {balance.state === 'balanced' ? '✓ ' : '✗ '}
      </span>
      {t(`balance.${balance.state}`, { amount })}
    </td>
  );
}

function Shares({ totals, parties }: { totals: BudgetTotals; parties: Party[] }) {
  const t = useT(strings);
  const lang = useLang();
  const cap = useProgramme().fundShareCapPercent;
  const over = overFundCap(totals, cap);
  const shares = partyShares(parties, totals);
  return (
    <div className="budget-shares">
      <h3 className="budget-group__title">{t('shares')}</h3>
      <ul>
        <li className={over ? 'budget-shares--over' : undefined}>
          {cap === null
            ? t('simShare', { share: formatPercent(totals.simShare) })
            : t('simShareCap', { share: formatPercent(totals.simShare), cap: formatPercent(cap / 100, 0) })}
          {over ? <strong> {t('overCap')}</strong> : null}
        </li>
        {shares.map((s) => (
          <li key={s.partyId}>
            {t('partyShare', {
              party: partyName(parties[s.partyIndex]!, s.partyIndex, lang),
              amount: formatKronor(s.total),
              share: formatPercent(s.share),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The year × category view of all costs, read-only: where the money goes. */
export const CategoryTable = memo(function CategoryTable({ columns, totals }: { columns: YearColumn[]; totals: BudgetTotals }) {
  const t = useT(strings);
  const lang = useLang();
  const used = COST_CATEGORIES.filter((c) => totals.costByCategory[c].some((v) => v !== 0));
  const fit = (v: readonly number[]) => Array.from({ length: columns.length }, (_, i) => v[i] ?? 0);
  return (
    <ScrollBox label={t('categorySection')}>
      <table className="budget-table budget-table--summary budget-table--grid" aria-labelledby="budget-category-title">
        <thead>
          <YearHeads columns={columns} first={t('cost')} />
        </thead>
        <tbody>
          {used.map((c) => (
            <SumRow key={c} label={COST_CATEGORY_LABELS[c][lang]} values={fit(totals.costByCategory[c])} />
          ))}
        </tbody>
        <tfoot>
          <SumRow label={t('row.costs')} values={fit(totals.costByYear)} className="budget-table__total" />
        </tfoot>
      </table>
    </ScrollBox>
  );
});
