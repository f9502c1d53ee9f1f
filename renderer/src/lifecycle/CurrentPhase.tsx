import { useStore } from '../store';
import { phaseOf } from '../../../shared/workflow/phase';
import { PhaseBar } from './PhaseBar';

/** The phase bar for the open document; the phase is derived from the file each time it changes, never stored. */
export function CurrentPhase() {
  const phase = useStore((s) => (s.app ? phaseOf(s.app) : null));
  return phase ? <PhaseBar phase={phase} /> : null;
}
