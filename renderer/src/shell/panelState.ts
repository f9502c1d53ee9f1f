import { useSyncExternalStore } from 'react';
import { useStore } from '../store';
import { PANEL_CHOICE_KEY as KEY } from '../store/panelChoice';

/**
 * Below this window width the form needs the room (a budget grid of three years beside the step list), so the list
 * of issues starts folded into its top-bar button; the user's own choice, once made, is kept between starts.
 */
export const PANEL_ROOM_QUERY = '(min-width: 1440px)';

function subscribe(onChange: () => void): () => void {
  const mq = window.matchMedia(PANEL_ROOM_QUERY);
  mq.addEventListener('change', onChange);
  return () => mq.removeEventListener('change', onChange);
}

const roomy = () => window.matchMedia(PANEL_ROOM_QUERY).matches;

/** Whether the panel is shown beside the form now. */
export function usePanelOpen(): boolean {
  const choice = useStore((s) => s.panelOpen);
  const wide = useSyncExternalStore(subscribe, roomy);
  return choice ?? wide;
}

export function setPanelOpen(open: boolean) {
  useStore.getState().setPanelOpen(open);
  try {
    localStorage.setItem(KEY, open ? 'open' : 'closed');
  } catch {
    // Storage refused: the choice holds for this window only.
  }
}
