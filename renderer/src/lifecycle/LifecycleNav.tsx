import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../store';
import { useT } from '../i18n';
import { decisionStrings } from './decision-strings';
import { showLifecycle, useLifecycleView, REPORT_STEPS } from './view';

/**
 * Below the application's steps, once it is locked for signing: the decision, then one entry per reporting date
 * and per change request. Each says where it stands; the one shown is marked as the current page.
 */
export function LifecycleNav() {
  const t = useT(decisionStrings);
  const frozen = useStore((s) => s.app?.workflow.freeze != null);
  const decided = useStore((s) => s.app?.lifecycle?.decision != null);
  const dates = useStore(
    useShallow((s) => (s.app?.lifecycle?.decision?.reportingDates ?? []).map((d) => `${d.id}|${d.kind}|${d.period}|${d.dueDate}`)),
  );
  const reports = useStore(useShallow((s) => (s.app?.lifecycle?.reports ?? []).map((r) => `${r.id}|${r.freeze ? 1 : 0}`)));
  const changes = useStore(useShallow((s) => (s.app?.lifecycle?.changeRequests ?? []).map((c) => c.id)));
  const view = useLifecycleView((s) => s.view);
  if (!frozen && !decided) return null;
  const locked = new Map(reports.map((r) => r.split('|') as [string, string]));
  const current = (key: string) =>
    view && (view.kind === 'decision' ? 'decision' : view.kind === 'report' ? `r:${view.reportId}` : `c:${view.changeId}`) === key;
  const item = (key: string, label: string, onClick: () => void, status?: string) => (
    <li key={key}>
      <button
        type="button"
        className={`step-link lifecycle-link${current(key) ? ' step-link--current' : ''}`}
        aria-current={current(key) ? 'page' : undefined}
        onClick={onClick}
      >
        <span className="step-link__text">
          <span className="step-link__label">{label}</span>
          {status ? <span className="step-link__status">{status}</span> : null}
        </span>
      </button>
    </li>
  );
  return (
    <div className={`lifecycle-nav${decided ? ' lifecycle-nav--decided' : ''}`} data-testid="lifecycle-nav">
      <h2 className="lifecycle-nav__heading">{t('nav.heading')}</h2>
      <ul>
        {item('decision', decided ? t('nav.decision') : t('nav.recordDecision'), () => showLifecycle({ kind: 'decision' }))}
        {dates.map((d) => {
          const [id, kind, period, due] = d.split('|') as [string, string, string, string];
          const label = kind === 'final' ? t('nav.finalReport') : t('nav.report', { n: period });
          const status = locked.get(id) === '1' ? t('nav.locked') : due ? t('nav.due', { date: due }) : undefined;
          return item(`r:${id}`, label, () => showLifecycle({ kind: 'report', reportId: id, step: REPORT_STEPS[0] }), status);
        })}
        {changes.map((id, i) => item(`c:${id}`, t('nav.change', { n: i + 1 }), () => showLifecycle({ kind: 'change', changeId: id })))}
      </ul>
    </div>
  );
}
