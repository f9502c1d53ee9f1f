import type { StateCreator } from 'zustand';
import type { Application } from '../../../shared/model/schema';
import { getIn, pathKey, type Path } from './paths';
import type { Store } from './index';

/**
 * When a field's problems are shown. A wrong value is shown once the person has left the field (or when it came
 * that way in the file); something not filled in yet is shown as work to do, and as an error only once they ask to
 * export for signing (`strict`). The rules themselves never change: only what the form says, and when.
 */
export type AttentionSlice = {
  /** Paths (pathKey) of fields left at least once since the document was opened, with every enclosing path. */
  touched: Record<string, true>;
  /** The application as opened: a value already in it was answered earlier, so its problems show from the start. */
  openedApp: Application | null;
  /** Set when the user asks for a signature-ready export: from then on, empty required fields are errors too. */
  strict: boolean;
  touch: (path: Path) => void;
  setStrict: (strict: boolean) => void;
};

/** A document just opened: nothing left yet, its own values answered, not yet asked to export for signing. */
export const freshAttention = (opened: Application | null): Pick<AttentionSlice, 'touched' | 'openedApp' | 'strict'> => ({
  touched: {},
  openedApp: opened,
  strict: false,
});

export const createAttentionSlice: StateCreator<Store, [], [], AttentionSlice> = (set, get) => ({
  ...freshAttention(null),
  touch: (path) => {
    const { touched } = get();
    if (touched[pathKey(path)]) return;
    const next = { ...touched };
    // The enclosing paths too: leaving a budget cell is also having worked on the budget's lines as a whole.
    for (let n = path.length; n > 0; n--) next[pathKey(path.slice(0, n))] = true;
    set({ touched: next });
  },
  setStrict: (strict) => {
    if (get().strict !== strict) set({ strict });
  },
});

function answered(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** Whether a wrong value at this path may be pointed out now. */
export function mayShowProblem(s: Pick<AttentionSlice, 'touched' | 'openedApp' | 'strict'>, path: Path, key = pathKey(path)): boolean {
  if (s.strict || s.touched[key]) return true;
  return s.openedApp !== null && answered(getIn(s.openedApp, path));
}
