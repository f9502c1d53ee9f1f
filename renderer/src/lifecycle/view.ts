import { useStore } from '../store';
import type { LifecycleView, LifecycleViewState } from '../store/lifecycleView';

export { REPORT_STEPS, FINAL_STEPS, type ReportStep, type LifecycleView } from '../store/lifecycleView';

/**
 * Which screen after the decision is shown in place of an application step; null shows the application step.
 * It lives in the ui slice: moving to an application step (any goTo) and opening or closing a document clear it.
 */
export function useLifecycleView<T>(select: (s: LifecycleViewState) => T): T {
  return useStore((s) => select(s.lifecycleView));
}

export function showLifecycle(view: LifecycleView | null): void {
  useStore.getState().showLifecycle(view);
}
