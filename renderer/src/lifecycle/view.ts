import { create } from 'zustand';
import { useStore } from '../store';

/** The report's steps, in order; the final report has three more. */
export const REPORT_STEPS = ['indicators', 'activities', 'costs', 'deviations', 'children'] as const;
export const FINAL_STEPS = ['implementation', 'spreading', 'socio'] as const;
export type ReportStep = (typeof REPORT_STEPS)[number] | (typeof FINAL_STEPS)[number];

export type LifecycleView =
  | { kind: 'decision' }
  | { kind: 'report'; reportId: string; step: ReportStep }
  | { kind: 'change'; changeId: string };

/**
 * Which screen after the decision is shown in place of an application step; null shows the application step.
 * Its own small store, so the shell's store stays as it is: moving to an application step (any goTo) clears it.
 */
export const useLifecycleView = create<{ view: LifecycleView | null; nonce: number }>(() => ({ view: null, nonce: 0 }));

export function showLifecycle(view: LifecycleView | null): void {
  useLifecycleView.setState((s) => ({ view, nonce: s.nonce + 1 }));
}

useStore.subscribe((s, prev) => {
  // A step chosen in the step list (or an issue's link) is a focus request; a document opened or closed starts over.
  if (s.focusRequest !== prev.focusRequest || s.app?.id !== prev.app?.id) {
    if (useLifecycleView.getState().view) useLifecycleView.setState({ view: null });
  }
});
