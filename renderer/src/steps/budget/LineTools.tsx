import type { KeyboardEvent } from 'react';
import { undoShortcut } from '../../components/shortcuts';
import { useStore } from '../../store';
import { getIn, type Path } from '../../store/paths';
import { useT } from '../../i18n';
import { ui } from '../../i18n/strings';
import { strings } from './strings';

export type LinePlace = {
  listPath: Path;
  index: number;
  /** "Kostnadsrad 4": said when the line moves or goes, and kept by the undo history. */
  name: string;
  /** Index in the whole list to move to, or null at the edge (cost lines move within their party's table). */
  up: number | null;
  down: number | null;
  /** What to focus once this line is gone: the next line's name, or the table's add button. */
  afterRemoveFocusId: string;
};

/** Move and remove through the store, so a removed line comes back with Ctrl/Cmd+Z like any list item. */
export function useLineActions(place: LinePlace) {
  const t = useT(ui);
  const move = (to: number | null) => {
    if (to === null) return;
    const s = useStore.getState();
    const active = document.activeElement as HTMLElement | null;
    s.moveItem(place.listPath, place.index, to);
    const total = (getIn(s.app, place.listPath) as unknown[] | undefined)?.length ?? 0;
    s.announce(t('repeater.moved', { name: place.name, position: to + 1, total }));
    // Reordering rows can detach the focused control for a moment; give focus back to it.
    requestAnimationFrame(() => {
      if (active?.isConnected && document.activeElement !== active) active.focus();
    });
  };
  const remove = () => {
    const s = useStore.getState();
    s.removeItem(place.listPath, place.index, place.name);
    s.announce(t('repeater.removed', { name: place.name, shortcut: undoShortcut() }));
    requestAnimationFrame(() => document.getElementById(place.afterRemoveFocusId)?.focus());
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (!e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      move(e.key === 'ArrowUp' ? place.up : place.down);
    }
  };
  return { move, remove, onKeyDown };
}

export function LineTools({ place, actions }: { place: LinePlace; actions: ReturnType<typeof useLineActions> }) {
  const t = useT(strings);
  const { name, up, down } = place;
  return (
    <div className="line-tools" role="group" aria-label={t('toolsFor', { name })}>
      <button type="button" className="btn btn--small btn--ghost" onClick={() => actions.move(up)} disabled={up === null} aria-keyshortcuts="Alt+ArrowUp">
        <span aria-hidden="true">↑</span>
        <span className="visually-hidden">
          {t('moveUp')} {name}
        </span>
      </button>
      <button type="button" className="btn btn--small btn--ghost" onClick={() => actions.move(down)} disabled={down === null} aria-keyshortcuts="Alt+ArrowDown">
        <span aria-hidden="true">↓</span>
        <span className="visually-hidden">
          {t('moveDown')} {name}
        </span>
      </button>
      <button type="button" className="btn btn--small btn--danger" onClick={actions.remove}>
        {t('remove')}
        <span className="visually-hidden"> {name}</span>
      </button>
    </div>
  );
}
