import { memo } from 'react';
import type { BudgetTotals } from '../../../../shared/finance/totals';
import type { Party } from '../../../../shared/model/schema';
import { partyName } from '../../components/partyOptions';
import { useStore } from '../../store';
import { useLang, useT } from '../../i18n';
import type { YearColumn } from './grid';
import { ScrollBox, SumRow, YearHeads } from './parts';
import { planStrings } from './plan-strings';

const EMPTY_P: Party[] = [];

/** Per party and year: its costs, what the SIM money pays of them and its own share; the document prints the same. */
export const PartyShares = memo(function PartyShares({ columns, totals }: { columns: YearColumn[]; totals: BudgetTotals }) {
  const t = useT(planStrings);
  const lang = useLang();
  const parties = useStore((s) => s.app?.parties ?? EMPTY_P);
  const n = columns.length;
  const fit = (v: readonly number[]) => Array.from({ length: n }, (_, i) => v[i] ?? 0);
  return (
    <section className="form-section form-section--offscreen budget-section" aria-labelledby="budget-shares-title">
      <h2 className="form-section__title" id="budget-shares-title">
        {t('sharesSection')}
      </h2>
      <p className="form-section__intro">{t('simPartyHint')}</p>
      <ScrollBox label={t('sharesSection')}>
        <table className="budget-table budget-table--summary budget-table--grid" aria-labelledby="budget-shares-title" data-testid="budget-party-shares">
          <thead>
            <YearHeads columns={columns} first={t('party')} />
          </thead>
          <tbody>
            {parties.flatMap((p, i) => {
              const c = totals.costByParty[p.id];
              const sim = totals.simByParty[p.id];
              if (!c || !sim) return [];
              const name = partyName(p, i, lang);
              const cost = fit(c.cash).map((v, y) => v + (c.inKind[y] ?? 0));
              const simFit = fit(sim);
              return [
                <SumRow key={`${p.id}c`} label={t('partyCosts', { party: name })} values={cost} className="budget-table__total" />,
                <SumRow key={`${p.id}s`} label={t('paidBySim')} hiddenLabel={` (${name})`} values={simFit} />,
                <SumRow key={`${p.id}o`} label={t('ownShare')} hiddenLabel={` (${name})`} values={cost.map((v, y) => v - simFit[y]!)} />,
              ];
            })}
            {totals.simUnassigned.some((v) => v !== 0) ? <SumRow label={t('simNoParty')} values={fit(totals.simUnassigned)} /> : null}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
});
