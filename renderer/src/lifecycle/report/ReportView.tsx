import { useEffect, useRef } from 'react';
import { useStore } from '../../store';
import { useT } from '../../i18n';
import { startPaddedReport } from '../prefill';
import { FINAL_STEPS, REPORT_STEPS, showLifecycle, type ReportStep } from '../view';
import { reportStrings } from './report-strings';
import { IndicatorsStep } from './IndicatorsStep';
import { ActivitiesStep } from './ActivitiesStep';
import { CostsStep } from './CostsStep';
import { DeviationsStep } from './DeviationsStep';
import { ChildrenStep } from './ChildrenStep';
import { ImplementationStep, SocioStep, SpreadingStep } from './FinalSteps';
import { ReportExport } from './ReportExport';
import { PartCounts } from './PartCounts';
import '../report.css';

export type ReportStepProps = { index: number };

const STEP_VIEWS: Record<ReportStep, (p: ReportStepProps) => React.JSX.Element> = {
  indicators: IndicatorsStep,
  activities: ActivitiesStep,
  costs: CostsStep,
  deviations: DeviationsStep,
  children: ChildrenStep,
  implementation: ImplementationStep,
  spreading: SpreadingStep,
  socio: SocioStep,
};

/** One report: its title and period, its parts as steps (the final report has three more), then its export. */
export function ReportView({ reportId, step }: { reportId: string; step: ReportStep }) {
  const t = useT(reportStrings);
  const index = useStore((s) => s.app?.lifecycle.reports.findIndex((r) => r.id === reportId) ?? -1);
  const date = useStore((s) => s.app?.lifecycle.decision?.reportingDates.find((d) => d.id === reportId) ?? null);
  const kind = useStore((s) => s.app?.lifecycle.reports[index]?.kind ?? date?.kind ?? 'progress');
  const period = useStore((s) => s.app?.lifecycle.reports[index]?.period ?? date?.period ?? 1);
  const start = useStore((s) => s.app?.lifecycle.reports[index]?.periodStart ?? date?.periodStart ?? '');
  const end = useStore((s) => s.app?.lifecycle.reports[index]?.periodEnd ?? date?.periodEnd ?? '');
  const titleRef = useRef<HTMLHeadingElement>(null);
  const steps: readonly ReportStep[] = kind === 'final' ? [...REPORT_STEPS, ...FINAL_STEPS] : REPORT_STEPS;
  const at = Math.max(0, steps.indexOf(step));
  const current = steps[at]!;
  useEffect(() => titleRef.current?.focus(), [reportId, current]);

  const title = kind === 'final' ? t('finalTitle') : t('progressTitle', { n: period });
  const go = (s: ReportStep) => showLifecycle({ kind: 'report', reportId, step: s });
  const begin = () => {
    const st = useStore.getState();
    if (st.app && date) st.update(['lifecycle', 'reports'], startPaddedReport(st.app, date.id).lifecycle.reports);
  };
  const Step = STEP_VIEWS[current];
  return (
    <div className="step report" data-testid="report-view">
      <h1 className="step__title" id="step-title" tabIndex={-1} ref={titleRef}>
        {title}
        {index >= 0 ? <span className="report__part">: {t(`stepNames.${current}`)}</span> : null}
      </h1>
      <p className="report__period">
        {t('period', { start: start || '–', end: end || '–' })} {date?.dueDate ? t('due', { date: date.dueDate }) : null}
      </p>
      {index < 0 ? (
        date ? (
          <div className="notice">
            <p>{t('notStarted')}</p>
            <button type="button" className="btn btn--primary" onClick={begin}>
              {t('start')}
            </button>
          </div>
        ) : (
          <p className="notice notice--warning">{t('missing')}</p>
        )
      ) : (
        <>
          <nav className="report-steps" aria-label={t('steps')}>
            <ol>
              {steps.map((s, i) => (
                <li key={s}>
                  <button
                    type="button"
                    className={`report-steps__link${s === current ? ' report-steps__link--current' : ''}`}
                    aria-current={s === current ? 'step' : undefined}
                    onClick={() => go(s)}
                  >
                    <span aria-hidden="true">{i + 1}. </span>
                    {t(`stepNames.${s}`)}
                    <PartCounts reportId={reportId} part={s} />
                  </button>
                </li>
              ))}
            </ol>
          </nav>
          <div className={`step__form report__form report__form--${current}`}>
            <Step index={index} />
          </div>
          {at === steps.length - 1 ? <ReportExport reportId={reportId} /> : null}
          <nav className="step-nav" aria-label={t('prevNext')}>
            {at > 0 ? (
              <button type="button" className="btn btn--secondary" onClick={() => go(steps[at - 1]!)}>
                <span aria-hidden="true">← </span>
                {t('prev', { step: t(`stepNames.${steps[at - 1]!}`) })}
              </button>
            ) : (
              <span />
            )}
            {at < steps.length - 1 ? (
              <button type="button" className="btn btn--primary" onClick={() => go(steps[at + 1]!)}>
                {t('next', { step: t(`stepNames.${steps[at + 1]!}`) })}
                <span aria-hidden="true"> →</span>
              </button>
            ) : null}
          </nav>
        </>
      )}
    </div>
  );
}
