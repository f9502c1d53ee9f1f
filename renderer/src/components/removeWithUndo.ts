import { tNow } from '../i18n/now';
import { ui } from '../i18n/strings';
import { useStore } from '../store';
import type { Path } from '../store/paths';
import { undoShortcut } from './shortcuts';

/** Removes an item and says how to get it back: "Part 2 borttagen. Ångra med Ctrl+Z." */
export function removeWithUndo(listPath: Path, index: number, name: string) {
  const s = useStore.getState();
  s.removeItem(listPath, index, name);
  s.announce(tNow(ui)('repeater.removed', { name, shortcut: undoShortcut() }));
}
