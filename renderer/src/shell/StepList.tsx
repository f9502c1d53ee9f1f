import { memo } from 'react';
import { STEP_IDS, type StepId } from '../../../shared/model/steps';
import { useStore } from '../store';
import { useCompleteness, usePresentedCounts } from '../store/derived';
import { strings } from './strings';
import { stepLabel, useLang, useT } from '../i18n';
import { ui } from '../i18n/strings';
import { formatPercentWhole } from './format';
import { StepOwnership } from '../coowners/StepOwnership';
import { LifecycleNav } from '../lifecycle/LifecycleNav';
import { useLifecycleView } from '../lifecycle/view';

/** The 13 steps down the side, each with how complete it is and how many errors it has. */
export function StepList() {
  const t = useT(ui);
  return (
    <nav className="step-list" aria-label={t('nav.steps')}>
      <ol>
        {STEP_IDS.map((id, i) => (
          <StepLink key={id} step={id} index={i} />
        ))}
      </ol>
      <LifecycleNav />
    </nav>
  );
}

const StepLink = memo(function StepLink({ step, index }: { step: StepId; index: number }) {
  const t = useT(ui);
  const lang = useLang();
  const elsewhere = useLifecycleView((v) => v.view !== null);
  const current = useStore((s) => s.step === step) && !elsewhere;
  const goTo = useStore((s) => s.goTo);
  const counts = usePresentedCounts(step);
  const ts = useT(strings);
  const completeness = useCompleteness();
  const share = step === 'review' ? completeness?.overall : completeness?.steps[step];
  const percent = formatPercentWhole(share ?? 0);
  return (
    <li>
      <button
        type="button"
        className={`step-link${current ? ' step-link--current' : ''}`}
        aria-current={current ? 'step' : undefined}
        onClick={() => goTo(step)}
      >
        <span className="step-link__number" aria-hidden="true">
          {index + 1}
        </span>
        <span className="step-link__text">
          <span className="step-link__label">{stepLabel(step, lang)}</span>
          <span className="step-link__status">
            <span className="step-link__meter" aria-hidden="true">
              <span className="step-link__meter-fill" style={{ width: `${Math.max(0, Math.min(100, share ?? 0))}%` }} />
            </span>
            <span className="visually-hidden">, </span>
            <span className="step-link__percent">
              {percent}
              {/* "klart" is said but not shown: the narrow list has room for the number and the error count. */}
              <span className="visually-hidden"> {t('nav.completeShort')}</span>
            </span>
            {counts.errors > 0 ? (
              <span className="badge badge--error">
                <span className="visually-hidden">, </span>
                {t('issues.errorsShort', { count: counts.errors })}
              </span>
            ) : null}
            {counts.todo > 0 && step !== 'review' ? (
              <span className="badge badge--todo">
                <span className="visually-hidden">, </span>
                {ts('todo.count', { count: counts.todo })}
              </span>
            ) : null}
          </span>
          {step !== 'review' ? <StepOwnership step={step} /> : null}
        </span>
      </button>
    </li>
  );
});
