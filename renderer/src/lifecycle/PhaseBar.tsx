import { memo } from 'react';
import { useT } from '../i18n';
import { PHASES, phaseStrings, type PhaseId } from './phase-strings';
import './lifecycle.css';

/**
 * Where the project is in its life: idea sketch → application → decided → reports. The current phase is marked
 * in words (for screen readers) and in shape, not by colour alone; earlier phases are ticked.
 */
export const PhaseBar = memo(function PhaseBar({ phase }: { phase: PhaseId }) {
  const t = useT(phaseStrings);
  const at = PHASES.indexOf(phase);
  return (
    <div className="phase-bar" data-testid="phase-bar" data-phase={phase}>
      <ol className="phase-bar__list" aria-label={t('label')}>
        {PHASES.map((p, i) => {
          const state = i < at ? 'done' : i === at ? 'current' : 'coming';
          return (
            <li key={p} className={`phase phase--${state}`} aria-current={state === 'current' ? 'step' : undefined}>
              <span className="phase__mark" aria-hidden="true">
                {state === 'done' ? '✓' : i + 1}
              </span>
              <span className="phase__name">{t(`phases.${p}`)}</span>
              <span className="visually-hidden">, {t(state)}</span>
            </li>
          );
        })}
      </ol>
      <p className="phase-bar__explain">{t(`explain.${phase}`)}</p>
    </div>
  );
});
