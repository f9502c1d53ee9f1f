import { ProgrammeSchema, type Programme } from './schema';
import { VGR_SIM_2022_2024 } from './vgr-sim-2022-2024';

export * from './schema';

/** Programmes shipped with the app, validated when this module loads so a bad definition fails fast. */
export const PROGRAMMES: readonly Programme[] = [ProgrammeSchema.parse(VGR_SIM_2022_2024)];
export const DEFAULT_PROGRAMME: Programme = PROGRAMMES[0]!;

export function getProgramme(id: string): Programme | undefined {
  return PROGRAMMES.find((p) => p.id === id);
}
