import { useEffect, useState } from 'react';
import { useStore } from '../store';
import { useT } from '../i18n';
import { ui } from '../i18n/strings';
import { undo } from './commands';
import { undoShortcut } from '../components/shortcuts';

/** After a removal, a visible way back for mouse users too: "Part 2 borttagen. [Ångra]". */
export function UndoToast() {
  const t = useT(ui);
  const last = useStore((s) => s.removals[s.removals.length - 1] ?? null);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    if (!last) return setVisible(false);
    setVisible(true);
    const timer = setTimeout(() => setVisible(false), 10_000);
    return () => clearTimeout(timer);
  }, [last]);
  if (!last || !visible) return null;
  return (
    <div className="toast">
      <span>{t('repeater.removed', { name: last.description, shortcut: undoShortcut() })}</span>
      <button type="button" className="btn btn--small btn--secondary" onClick={() => undo()} aria-label={t('repeater.undoRemoval', { name: last.description })}>
        {t('common.undo')}
      </button>
    </div>
  );
}
