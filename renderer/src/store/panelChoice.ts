/** Where the window remembers whether the user opened or folded the list of issues. */
export const PANEL_CHOICE_KEY = 'sim-ansokan.panel';

/** The remembered choice, or null when the user never chose (then the window's width decides). */
export function readPanelChoice(): boolean | null {
  try {
    // Through globalThis: the store is also loaded in Node (unit tests), where there is no storage.
    const storage = (globalThis as { localStorage?: { getItem(key: string): string | null } }).localStorage;
    const v = storage?.getItem(PANEL_CHOICE_KEY) ?? null;
    return v === 'open' ? true : v === 'closed' ? false : null;
  } catch {
    return null;
  }
}

