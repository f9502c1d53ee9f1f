import { useEffect, useRef, useState } from 'react';
import { STEP_IDS } from '../../../shared/model/steps';
import { formatIssue } from '../../../shared/rules';
import type { Issue } from '../../../shared/rules/types';
import { useStore } from '../store';
import { usePresentedCounts, usePresentedIssues } from '../store/derived';
import { strings } from './strings';
import { stepLabel, useLang, useT } from '../i18n';
import { ui } from '../i18n/strings';

/**
 * What is left, in two lists: wrong values to correct (once the user has left the field, or asked to export for
 * signing), then what is not filled in yet, calmly, as work to do. Each entry is a link to its field.
 */
export function ValidationPanel() {
  const t = useT(ui);
  const ts = useT(strings);
  const { problems, todo } = usePresentedIssues();
  const counts = usePresentedCounts();
  return (
    <aside className="validation-panel" id="validation-panel" aria-labelledby="validation-title">
      <h2 className="validation-panel__title" id="validation-title">
        {t('issues.panelTitle')}
      </h2>
      <p className="validation-panel__summary" data-testid="issue-summary">
        {t('issues.summary', { errors: counts.errors, warnings: counts.warnings })}
        {counts.todo > 0 ? <span data-testid="todo-summary">{`, ${ts('todo.count', { count: counts.todo })}`}</span> : null}
      </p>
      <CountAnnouncer errors={counts.errors} warnings={counts.warnings} />
      {problems.length === 0 && todo.length === 0 ? <p className="validation-panel__none">{t('issues.none')}</p> : null}
      {problems.length > 0 ? <IssueList issues={problems} /> : null}
      {todo.length > 0 ? (
        <section className="todo" aria-labelledby="todo-title" data-testid="todo-list">
          <h3 className="todo__title" id="todo-title">
            {ts('todo.title')}
          </h3>
          <p className="todo__lead">{ts('todo.lead')}</p>
          <IssueList issues={todo} todo />
        </section>
      ) : null}
    </aside>
  );
}

/** A file with thousands of problems shows the first ones at once and the rest on request. */
const FIRST_SHOWN = 100;

/** `todo`: the entries are work still to do, shown neutrally (not as errors) with a count per step. */
export function IssueList({ issues, showStep = true, todo = false }: { issues: readonly Issue[]; showStep?: boolean; todo?: boolean }) {
  const lang = useLang();
  const t = useT(ui);
  const ts = useT(strings);
  const goTo = useStore((s) => s.goTo);
  const [all, setAll] = useState(false);
  const shown = all ? issues : issues.slice(0, FIRST_SHOWN);
  return (
    <div className="issue-groups">
      {STEP_IDS.map((step) => {
        const own = shown.filter((i) => i.step === step);
        if (own.length === 0) return null;
        const sorted = [...own.filter((i) => i.severity === 'error'), ...own.filter((i) => i.severity === 'warning')];
        return (
          <div key={step} className="issue-group">
            {showStep ? (
              <h3 className="issue-group__title">
                {stepLabel(step, lang)}
                {todo ? <span className="issue-group__count">{` (${own.length})`}</span> : null}
              </h3>
            ) : null}
            <ul className="issue-list">
              {sorted.map((issue) => (
                <li key={issue.id} className={`issue issue--${todo ? 'todo' : issue.severity}`}>
                  <a
                    href={`#${issue.step}`}
                    className="issue__link"
                    onClick={(e) => {
                      e.preventDefault();
                      goTo(issue.step, issue.path);
                    }}
                  >
                    <span className="issue__kind">{todo ? ts('todo.kind') : issue.severity === 'error' ? t('issues.error') : t('issues.warning')}</span>
                    <span className="issue__message">{formatIssue(issue, lang)}</span>
                  </a>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {shown.length < issues.length ? (
        <button type="button" className="btn btn--secondary btn--small" onClick={() => setAll(true)}>
          {t('issues.showAll', { count: issues.length })}
        </button>
      ) : null}
    </div>
  );
}

/** Says how much is left when the counts change after typing settles, so progress is heard as well as seen. */
function CountAnnouncer({ errors, warnings }: { errors: number; warnings: number }) {
  const t = useT(ui);
  const announce = useStore((s) => s.announce);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    announce(t('issues.countAnnounce', { errors, warnings }));
  }, [errors, warnings, announce, t]);
  return null;
}
