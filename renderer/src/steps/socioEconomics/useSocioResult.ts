import { useDeferredValue, useMemo } from 'react';
import { calculateSocioEconomics, type SocioResult } from '../../../../shared/finance/socio';
import { rangeSensitivityOf, type RangeCase } from '../../../../shared/finance/socio/ranges';
import type { Application } from '../../../../shared/model/schema';
import { useStore } from '../../store';

/**
 * The application as the calculation reads it, live while typing but off the keystroke path: it depends only
 * on the parts of the application it reads (budget, parties, project dates, the step's inputs), and React
 * renders the keystroke first and the recalculated result as a deferred, interruptible update.
 */
function useSocioView(): Application | null {
  const socio = useStore((s) => s.app?.socioEconomics);
  const budget = useStore((s) => s.app?.budget);
  const parties = useStore((s) => s.app?.parties);
  const start = useStore((s) => s.app?.project.startDate);
  const end = useStore((s) => s.app?.project.endDate);
  const inputs = useDeferredValue(useMemo(() => ({ socio, budget, parties, start, end }), [socio, budget, parties, start, end]));
  return useMemo(() => {
    const app = useStore.getState().app;
    if (!app || !inputs.socio || !inputs.budget || !inputs.parties) return null;
    // Only these parts are read, so the result is a function of exactly what the memo depends on.
    return {
      ...app,
      socioEconomics: inputs.socio,
      budget: inputs.budget,
      parties: inputs.parties,
      project: { ...app.project, startDate: inputs.start ?? '', endDate: inputs.end ?? '' },
    };
  }, [inputs]);
}

export function useSocioResult(): SocioResult | null {
  const view = useSocioView();
  return useMemo(() => (view ? calculateSocioEconomics(view) : null), [view]);
}

/** The result again with the uncertain assumptions at their low and high values. */
export function useRangeCases(): RangeCase[] {
  const view = useSocioView();
  return useMemo(() => (view ? rangeSensitivityOf(view) : []), [view]);
}
