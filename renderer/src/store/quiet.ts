import { createStore, useStore as useVanillaStore } from 'zustand';
import type { Lang } from '../../../shared/model/labels';
import { useStore, type Store } from './index';

/**
 * The parts of the window's store that change seldom (the UI language, what the user has left or asked for, which
 * programme the document follows), mirrored in a store of their own. Every subscription to the main store runs on
 * every keystroke, and a long budget mounts thousands of fields that each want these facts several times over;
 * subscribed here, they cost nothing while someone types. The mirror is updated synchronously from the main store,
 * so both are always read in the same state.
 */
export type Quiet = Pick<Store, 'language' | 'strict' | 'touched' | 'openedApp'> & { programmeId: string | null };

const pick = (s: Store): Quiet => ({
  language: s.language,
  strict: s.strict,
  touched: s.touched,
  openedApp: s.openedApp,
  programmeId: s.app?.programme.id ?? null,
});

const changed = (q: Quiet, s: Store) =>
  q.language !== s.language || q.strict !== s.strict || q.touched !== s.touched || q.openedApp !== s.openedApp || q.programmeId !== (s.app?.programme.id ?? null);

export const quietStore = createStore<Quiet>(() => pick(useStore.getState()));

useStore.subscribe((s) => {
  if (changed(quietStore.getState(), s)) quietStore.setState(pick(s), true);
});

export function useQuiet<T>(selector: (q: Quiet) => T): T {
  return useVanillaStore(quietStore, selector);
}

export function useQuietLang(): Lang {
  return useQuiet((q) => q.language);
}
