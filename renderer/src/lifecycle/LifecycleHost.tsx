import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../i18n';
import { useLifecycleView } from './view';
import { DecisionView } from './DecisionView';
import { ReportView } from './report/ReportView';
import { ChangeRequestView } from './change/ChangeRequestView';
import { decisionStrings } from './decision-strings';

/** Shows the decision, a report or a change request when one is chosen; otherwise the application's step. */
export function LifecycleHost({ children }: { children: ReactNode }) {
  const view = useLifecycleView((s) => s.view);
  if (!view) return <>{children}</>;
  if (view.kind === 'report') return <ReportView reportId={view.reportId} step={view.step} />;
  if (view.kind === 'change') return <ChangeRequestView changeId={view.changeId} />;
  return <DecisionPage />;
}

function DecisionPage() {
  const t = useT(decisionStrings);
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  return (
    <div className="step" data-testid="decision-view">
      <h1 className="step__title" id="step-title" tabIndex={-1} ref={title}>
        {t('title')}
      </h1>
      <div className="step__form">
        <DecisionView />
      </div>
    </div>
  );
}
