import { useMemo, useRef } from 'react';
import { useAfterPaint } from '../../components/useAfterPaint';
import type { BudgetTotals } from '../../../../shared/finance/totals';
import { TextArea } from '../../components';
import { useStoreArray } from '../../store/useStoreArray';
import { useBudgetTotals } from '../../store/derived';
import { useT } from '../../i18n';
import { yearColumns, yearsFromProject } from './grid';
import { CostGrid } from './CostGrid';
import { FinancingGrid } from './FinancingGrid';
import { CategoryTable, Summary } from './Summary';
import { FinancingChart } from './Chart';
import { strings } from './strings';
import { ValuationSection } from './Valuation';
import { PartyShares } from './PartyShares';
import './budget.css';

/**
 * The totals, kept as the same object while their figures stay the same (a description typed, a line renamed),
 * so the summary, the chart and the sums below do not redraw on every keystroke.
 */
function useSteadyTotals(): BudgetTotals | null {
  const totals = useBudgetTotals();
  const kept = useRef<{ key: string; totals: BudgetTotals } | null>(null);
  if (!totals) return null;
  const key = JSON.stringify(totals);
  if (kept.current?.key !== key) kept.current = { key, totals };
  return kept.current.totals;
}

export default function BudgetStep() {
  const t = useT(strings);
  const totals = useSteadyTotals();
  // The grids' own sums follow each key; the sections beneath them (summary, shares, categories, chart) follow in a
  // render of their own once the keystroke's frame is out, so a new amount never waits for them.
  const later = useAfterPaint(totals);
  const [startDate, endDate] = useStoreArray((s) => [s.app?.project.startDate ?? '', s.app?.project.endDate ?? ''] as const);
  const years = totals?.years ?? 0;
  const columns = useMemo(() => yearColumns({ startDate, endDate }, { years }), [startDate, endDate, years]);
  const laterYears = later?.years ?? 0;
  const laterColumns = useMemo(() => yearColumns({ startDate, endDate }, { years: laterYears }), [startDate, endDate, laterYears]);
  if (!totals || !later) return null;
  const datesKnown = yearsFromProject({ startDate, endDate });
  return (
    <>
      {datesKnown ? null : <p className="budget-note">{t('noYears')}</p>}
      <section className="form-section form-section--offscreen budget-section" aria-labelledby="budget-costs-title">
        <h2 className="form-section__title" id="budget-costs-title">
          {t('costsSection')}
        </h2>
        <p className="form-section__intro">{t('costsIntro')}</p>
        <CostGrid columns={columns} totals={totals} />
      </section>
      <ValuationSection years={columns.length} />
      <section className="form-section form-section--offscreen budget-section" aria-labelledby="budget-financing-title">
        <h2 className="form-section__title" id="budget-financing-title">
          {t('financingSection')}
        </h2>
        <p className="form-section__intro">{t('financingIntro')}</p>
        <FinancingGrid columns={columns} totals={totals} />
      </section>
      <section className="form-section form-section--offscreen budget-section" aria-labelledby="budget-summary-title">
        <h2 className="form-section__title" id="budget-summary-title">
          {t('summarySection')}
        </h2>
        <Summary columns={laterColumns} totals={later} />
      </section>
      <PartyShares columns={laterColumns} totals={later} />
      {later.costTotal > 0 ? (
        <section className="form-section form-section--offscreen budget-section" aria-labelledby="budget-category-title">
          <h2 className="form-section__title" id="budget-category-title">
            {t('categorySection')}
          </h2>
          <CategoryTable columns={laterColumns} totals={later} />
        </section>
      ) : null}
      <section className="form-section form-section--offscreen budget-section" aria-labelledby="budget-chart-title">
        <h2 className="form-section__title" id="budget-chart-title">
          {t('chartSection')}
        </h2>
        <FinancingChart totals={later} />
      </section>
      <section className="form-section" aria-labelledby="budget-comment-title">
        <h2 className="form-section__title" id="budget-comment-title">
          {t('commentSection')}
        </h2>
        <TextArea path={['budget', 'comment']} rows={3} />
      </section>
    </>
  );
}
