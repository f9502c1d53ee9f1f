import type { Programme } from './schema';
import { VGR_SIM_2022_2024 } from './vgr-sim-2022-2024';

export * from './schema';

/**
 * Programmes shipped with the app. Their data is typed as a Programme, and the rules the type cannot say (an age
 * range the right way round, mandatory articles that are listed) are checked by ProgrammeSchema in the unit tests
 * (tests/unit/program/programme.test.ts), not on every start of the window.
 */
export const PROGRAMMES: readonly Programme[] = [VGR_SIM_2022_2024];
export const DEFAULT_PROGRAMME: Programme = PROGRAMMES[0]!;

export function getProgramme(id: string): Programme | undefined {
  return PROGRAMMES.find((p) => p.id === id);
}
