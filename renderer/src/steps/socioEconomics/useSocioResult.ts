import { useDeferredValue, useMemo } from 'react';
import { calculateSocioEconomics, type SocioResult } from '../../../../shared/finance/socio';
import type { Application } from '../../../../shared/model/schema';
import { useStore } from '../../store';

/**
 * The calculation, live while typing but off the keystroke path: it depends only on the parts of the
 * application it reads (budget, parties, project dates, the step's inputs), and React renders the
 * keystroke first and the recalculated result as a deferred, interruptible update.
 */
export function useSocioResult(): SocioResult | null {
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
    const view: Application = {
      ...app,
      socioEconomics: inputs.socio,
      budget: inputs.budget,
      parties: inputs.parties,
      project: { ...app.project, startDate: inputs.start ?? '', endDate: inputs.end ?? '' },
    };
    return calculateSocioEconomics(view);
  }, [inputs]);
}
