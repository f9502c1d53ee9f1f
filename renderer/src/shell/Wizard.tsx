import { Suspense, useEffect, useLayoutEffect, useRef } from 'react';
import { STEP_IDS, type StepId } from '../../../shared/model/steps';
import { useStore } from '../store';
import { fieldId, type ReadonlyPath } from '../store/paths';
import { preloadAllSteps, stepComponent } from '../steps/registry';
import { StepHelp } from '../components/StepHelp';
import { stepLabel, useLang, useT } from '../i18n';
import { ui } from '../i18n/strings';
import { TopBar } from './TopBar';
import { StepList } from './StepList';
import { ValidationPanel } from './ValidationPanel';
import { UndoToast } from './UndoToast';
import { WhoPrompt } from '../coowners/WhoPrompt';
import { StepApproval } from '../coowners/StepApproval';
import { MergeHost } from '../coowners/MergeHost';
import { usePanelOpen } from './panelState';
import { isMac } from '../components/shortcuts';
import { CurrentPhase } from '../lifecycle/CurrentPhase';
import { LifecycleHost } from '../lifecycle/LifecycleHost';
import { DecidedGate } from '../lifecycle/DecidedGate';
import './wizard.css';

export function Wizard() {
  const showPanel = usePanelOpen();
  return (
    <div className={`wizard${showPanel ? ' wizard--panel' : ''}`}>
      <a className="skip-link" href="#step-title">
        <SkipLabel />
      </a>
      <TopBar />
      <div className="wizard__body">
        <StepList />
        <main className="wizard__main" id="main">
          <WhoPrompt />
          <CurrentPhase />
          <LifecycleHost>
            <StepHost />
          </LifecycleHost>
          {/* Inside the main landmark (it is about the form), though drawn over the window's foot. */}
          <UndoToast />
        </main>
        {showPanel ? <ValidationPanel /> : null}
      </div>
      <MergeHost />
    </div>
  );
}

function SkipLabel() {
  const t = useT(ui);
  return <>{t('nav.skipToStep')}</>;
}

/** Finds the control for a path, or the nearest enclosing one (a list, an item heading) that exists. */
export function findFocusTarget(path: ReadonlyPath): HTMLElement | null {
  for (let n = path.length; n > 0; n--) {
    const el = document.getElementById(fieldId(path.slice(0, n)));
    if (el) return el;
  }
  return null;
}

function StepHost() {
  const step = useStore((s) => s.step);
  const focusRequest = useStore((s) => s.focusRequest);
  const lang = useLang();
  const Step = stepComponent(step);
  const titleRef = useRef<HTMLHeadingElement>(null);

  // A step loads lazily: keep looking for the target for a few frames until it has rendered.
  useEffect(() => {
    if (!focusRequest) return;
    if (!focusRequest.path.length) {
      titleRef.current?.focus();
      return;
    }
    let frames = 0;
    let raf = 0;
    const tryFocus = () => {
      const target = findFocusTarget(focusRequest.path);
      if (target) {
        target.focus({ preventScroll: true });
        target.scrollIntoView({ block: 'center' });
      } else if (frames++ < 30) {
        raf = requestAnimationFrame(tryFocus);
      } else titleRef.current?.focus();
    };
    tryFocus();
    return () => cancelAnimationFrame(raf);
  }, [focusRequest]);

  const firstStep = useRef(true);
  useLayoutEffect(() => {
    // A new step starts at its top; on first show the page is already there (and a scroll would force a layout).
    if (firstStep.current) firstStep.current = false;
    else document.getElementById('main')?.scrollTo({ top: 0 });
  }, [step]);

  useEffect(() => {
    // Once the first step is up, the others' code comes in idle time so moving between steps never waits.
    const later = setTimeout(preloadAllSteps, 1000);
    return () => clearTimeout(later);
  }, []);

  const index = STEP_IDS.indexOf(step);
  return (
    <div className="step">
      <h1 className="step__title" id="step-title" tabIndex={-1} ref={titleRef}>
        <span className="step__number">{index + 1}.</span> {stepLabel(step, lang)}
      </h1>
      <StepApproval step={step} />
      <FileNotice />
      <StepHelp step={step} />
      <Suspense fallback={<Loading />}>
        <div className={`step__form step__form--${step}`}>
          {step === 'review' ? <Step /> : <DecidedGate><Step /></DecidedGate>}
        </div>
      </Suspense>
      <StepNav step={step} />
    </div>
  );
}

/** Why this file cannot be saved here, or that it was upgraded from an older format: said once, at the top. */
function FileNotice() {
  const t = useT(ui);
  const lang = useLang();
  const reason = useStore((s) => s.file.readOnlyReason);
  const readOnly = useStore((s) => s.file.readOnly);
  const migratedFrom = useStore((s) => s.file.migratedFrom);
  const dirty = useStore((s) => s.dirty);
  if (readOnly) return <p className="notice notice--warning">{reason ? reason[lang] : t('save.readOnlyBody')}</p>;
  if (migratedFrom !== null && dirty) return <p className="notice">{t('top.migrated', { from: migratedFrom })}</p>;
  return null;
}

function Loading() {
  const t = useT(ui);
  return <p className="step__loading">{t('common.loading')}</p>;
}

function StepNav({ step }: { step: StepId }) {
  const t = useT(ui);
  const lang = useLang();
  const goTo = useStore((s) => s.goTo);
  const index = STEP_IDS.indexOf(step);
  const prev = STEP_IDS[index - 1];
  const next = STEP_IDS[index + 1];
  return (
    <nav className="step-nav" aria-label={t('nav.prevNext')}>
      {prev ? (
        <button type="button" className="btn btn--secondary" onClick={() => goTo(prev)} aria-keyshortcuts={isMac() ? 'Meta+Alt+ArrowLeft' : 'Control+Alt+ArrowLeft'}>
          <span aria-hidden="true">← </span>
          {t('common.previous', { step: stepLabel(prev, lang) })}
        </button>
      ) : (
        <span />
      )}
      {next ? (
        <button
          type="button"
          id="next-step"
          className="btn btn--primary"
          onClick={() => goTo(next)}
          aria-keyshortcuts={isMac() ? 'Meta+Alt+ArrowRight' : 'Control+Alt+ArrowRight'}
        >
          {t('common.next', { step: stepLabel(next, lang) })}
          <span aria-hidden="true"> →</span>
        </button>
      ) : null}
    </nav>
  );
}
