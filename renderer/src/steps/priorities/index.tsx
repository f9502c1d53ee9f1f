import { useShallow } from 'zustand/react/shallow';
import { newId } from '../../../../shared/model/ids';
import type { Priority } from '../../../../shared/program/schema';
import { FieldError, TextArea } from '../../components';
import { useStore } from '../../store';
import { fieldId } from '../../store/paths';
import { useFieldIssueText, useProgramme } from '../../store/derived';
import { useLang, useT } from '../../i18n';
import { removeWithUndo } from '../../components/removeWithUndo';
import { strings } from './strings';
import './priorities.css';

/** The programme's inriktningar with their priorities as choices; each chosen one asks for a motivation. */
export default function PrioritiesStep() {
  const t = useT(strings);
  const programme = useProgramme();
  const lang = useLang();
  const chosenIds = useStore(useShallow((s) => (s.app?.priorities ?? []).map((p) => p.priorityId)));
  const known = new Set(programme.themes.flatMap((th) => th.priorities.map((p) => p.id)));
  const unknown = chosenIds.filter((id) => !known.has(id));
  const issue = useFieldIssueText(['priorities'], lang);
  return (
    <fieldset className="priorities form-section" id={fieldId(['priorities'])} tabIndex={-1} aria-describedby="priorities-error">
      <legend className="form-section__title">{t('legend')}</legend>
      <p className="form-section__intro">{t('lead')}</p>
      <FieldError id="priorities-error" text={issue.text} severity={issue.severity} />
      {programme.themes.map((theme) => (
        <div key={theme.id} className="theme" role="group" aria-labelledby={`theme-${theme.id}`}>
          <h2 className="theme__title" id={`theme-${theme.id}`}>
            {theme.title[lang]}
          </h2>
          {theme.priorities.map((p) => (
            <PriorityChoice key={p.id} priority={p} />
          ))}
        </div>
      ))}
      {unknown.map((id) => (
        <UnknownPriority key={id} priorityId={id} />
      ))}
      <p className="priorities__count" aria-live="polite">
        {t('chosenCount', { count: chosenIds.length })}
      </p>
    </fieldset>
  );
}

function useChoiceIndex(priorityId: string): number {
  return useStore((s) => s.app?.priorities.findIndex((c) => c.priorityId === priorityId) ?? -1);
}

function PriorityChoice({ priority }: { priority: Priority }) {
  const t = useT(strings);
  const lang = useLang();
  const index = useChoiceIndex(priority.id);
  const chosen = index >= 0;
  const id = `priority-${priority.id}`;
  const toggle = (on: boolean) => {
    const s = useStore.getState();
    if (on) s.addItem(['priorities'], { id: newId(), priorityId: priority.id, motivation: '' });
    else {
      removeWithUndo(['priorities'], index, t('removed', { title: priority.title[lang] }));
    }
  };
  return (
    <div className={`priority${chosen ? ' priority--chosen' : ''}`}>
      <div className="priority__choice">
        <input
          id={id}
          type="checkbox"
          className="checkbox"
          checked={chosen}
          onChange={(e) => toggle(e.target.checked)}
          aria-describedby={`${id}-desc`}
        />
        <label htmlFor={id} className="priority__title">
          {priority.title[lang]}
        </label>
        <p id={`${id}-desc`} className="priority__desc">
          {priority.description[lang]}
        </p>
      </div>
      {chosen ? (
        <div className="priority__motivation">
          <TextArea
            path={['priorities', index, 'motivation']}
            label={t('motivation', { title: priority.title[lang] })}
            hint={t('motivationHint')}
            rows={4}
          />
        </div>
      ) : null}
    </div>
  );
}

/** A choice from another call (a file made for an older programme): shown so it can be removed, never dropped silently. */
function UnknownPriority({ priorityId }: { priorityId: string }) {
  const t = useT(strings);
  const index = useChoiceIndex(priorityId);
  if (index < 0) return null;
  return (
    <div className="priority priority--unknown">
      <p className="priority__title">{t('unknown', { id: priorityId })}</p>
      <TextArea path={['priorities', index, 'motivation']} rows={3} />
      <button
        type="button"
        className="btn btn--danger btn--small"
        onClick={() => removeWithUndo(['priorities'], index, t('unknown', { id: priorityId }))}
      >
        {t('removeUnknown')}
      </button>
    </div>
  );
}
