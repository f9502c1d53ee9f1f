import { useEffect, useRef, useState } from 'react';
import { STEP_IDS } from '../../../shared/model/steps';
import { formatIssue } from '../../../shared/rules';
import type { Issue } from '../../../shared/rules/types';
import { useStore } from '../store';
import { useIssueCounts, useIssues } from '../store/derived';
import { stepLabel, useLang, useTranslation } from '../i18n';

/** Every error and warning, by step; each is a link to the field it is about. */
export function ValidationPanel() {
  const { t } = useTranslation();
  const issues = useIssues();
  const counts = useIssueCounts();
  return (
    <aside className="validation-panel" id="validation-panel" aria-labelledby="validation-title">
      <h2 className="validation-panel__title" id="validation-title">
        {t('issues.panelTitle')}
      </h2>
      <p className="validation-panel__summary" data-testid="issue-summary">
        {t('issues.summary', { errors: counts.errors, warnings: counts.warnings })}
      </p>
      <CountAnnouncer errors={counts.errors} warnings={counts.warnings} />
      {issues.length === 0 ? <p className="validation-panel__none">{t('issues.none')}</p> : <IssueList issues={issues} />}
    </aside>
  );
}

/** A file with thousands of problems shows the first ones at once and the rest on request. */
const FIRST_SHOWN = 100;

export function IssueList({ issues, showStep = true }: { issues: readonly Issue[]; showStep?: boolean }) {
  const lang = useLang();
  const { t } = useTranslation();
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
            {showStep ? <h3 className="issue-group__title">{stepLabel(step, lang)}</h3> : null}
            <ul className="issue-list">
              {sorted.map((issue) => (
                <li key={issue.id} className={`issue issue--${issue.severity}`}>
                  <a
                    href={`#${issue.step}`}
                    className="issue__link"
                    onClick={(e) => {
                      e.preventDefault();
                      goTo(issue.step, issue.path);
                    }}
                  >
                    <span className="issue__kind">{issue.severity === 'error' ? t('issues.error') : t('issues.warning')}</span>
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
  const { t } = useTranslation();
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
