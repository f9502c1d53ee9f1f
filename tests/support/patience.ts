import { vi } from 'vitest';

import { HANG_GUARD_MS } from './patience-limits';

// vi.waitFor gives up after one second unless told otherwise: on two busy cores a file write or a worker's
// answer can take longer than that, and the test would fail on speed alone.
const waitFor = vi.waitFor.bind(vi);
vi.waitFor = ((callback: Parameters<typeof waitFor>[0], options?: Parameters<typeof waitFor>[1]) =>
  waitFor(callback, typeof options === 'number' ? { timeout: Math.max(options, HANG_GUARD_MS.event) } : { timeout: HANG_GUARD_MS.event, ...options })) as typeof vi.waitFor;
