import { useStore } from '../store';
import { usePresentedCounts } from '../store/derived';
import { setPanelOpen, usePanelOpen } from './panelState';
import { strings } from './strings';
import { changeLanguage, useLang, useT } from '../i18n';
import { ui } from '../i18n/strings';
import { api } from '../api';
import type { Lang } from '../../../shared/model/labels';
import { baseName, closeDocument, save, saveAs } from './fileActions';
import { clockTime } from './format';
import { WhoBadge } from '../coowners/WhoPrompt';
import { FreezeNote } from '../coowners/FreezeNote';

export function TopBar() {
  const t = useT(ui);
  return (
    <header className="top-bar">
      <div className="top-bar__doc">
        <span className="top-bar__app">{t('app.name')}</span>
        <DocTitle />
        <span className="top-bar__meta">
          <span className="top-bar__meta-line">
            <SaveState />
            <FreezeNote />
          </span>
          <WhoBadge />
        </span>
      </div>
      <div className="top-bar__actions">
        <PanelToggle />
        <button type="button" className="btn btn--primary btn--small" onClick={() => void save()} aria-keyshortcuts="Control+S Meta+S">
          {t('top.save')}
        </button>
        <button type="button" className="btn btn--secondary btn--small" onClick={() => void saveAs()}>
          {t('top.saveAs')}
        </button>
        <button type="button" className="btn btn--ghost btn--small" onClick={() => void closeDocument()}>
          {t('top.closeDocument')}
        </button>
        <LanguageSwitch />
      </div>
    </header>
  );
}

function DocTitle() {
  const t = useT(ui);
  const title = useStore((s) => s.app?.project.title.trim() ?? '');
  const path = useStore((s) => s.file.path);
  return (
    <span className="top-bar__title">
      <span className="top-bar__project">{title || t('app.untitled')}</span>
      {path ? (
        <span className="top-bar__file" title={path}>
          {t('top.file', { name: baseName(path) })}
        </span>
      ) : null}
    </span>
  );
}

function SaveState() {
  const t = useT(ui);
  const dirty = useStore((s) => s.dirty);
  const savedAt = useStore((s) => s.savedAt);
  const mtimeMs = useStore((s) => s.file.mtimeMs);
  const readOnly = useStore((s) => s.file.readOnly);
  let text: string;
  if (dirty) text = t('top.unsaved');
  else if (savedAt) text = t('top.saved', { time: clockTime(savedAt) });
  // A file just opened is as saved as its time on disk says.
  else if (mtimeMs !== null) text = t('top.saved', { time: clockTime(new Date(mtimeMs).toISOString()) });
  else text = t('top.notSaved');
  return (
    <span className="top-bar__state" data-testid="save-state">
      <span className={`save-state${dirty ? ' save-state--dirty' : ''}`}>{text}</span>
      {readOnly ? <span className="badge badge--warning">{t('top.readOnly')}</span> : null}
    </span>
  );
}

/** The list of issues folded into a button with its counts, when the form needs the room or the user chose so. */
function PanelToggle() {
  const t = useT(ui);
  const ts = useT(strings);
  const open = usePanelOpen();
  const counts = usePresentedCounts();
  return (
    <button
      type="button"
      className="btn btn--ghost btn--small issue-toggle"
      aria-expanded={open}
      aria-controls={open ? 'validation-panel' : undefined}
      title={open ? ts('panel.close') : ts('panel.open')}
      onClick={() => setPanelOpen(!open)}
    >
      {ts('panel.label')}
      <span className={`badge ${counts.errors ? 'badge--error' : 'badge--ok'}`} data-testid="error-count">
        {t('issues.errorsShort', { count: counts.errors })}
      </span>
      {counts.todo > 0 ? (
        <span className="badge badge--todo" data-testid="todo-count">
          {ts('todo.count', { count: counts.todo })}
        </span>
      ) : null}
    </button>
  );
}

export function LanguageSwitch() {
  const t = useT(ui);
  const lang = useLang();
  const set = (next: Lang) => {
    changeLanguage(next);
    void api().setSettings({ language: next });
  };
  return (
    <label className="lang-switch">
      <span className="visually-hidden">{t('top.language')}</span>
      <select className="input select select--small" value={lang} onChange={(e) => set(e.target.value as Lang)}>
        <option value="sv" lang="sv">
          Svenska
        </option>
        <option value="en" lang="en">
          English
        </option>
      </select>
    </label>
  );
}
