/** The report's steps, in order; the final report has three more. */
export const REPORT_STEPS = ['indicators', 'activities', 'costs', 'deviations', 'children'] as const;
export const FINAL_STEPS = ['implementation', 'spreading', 'socio'] as const;
export type ReportStep = (typeof REPORT_STEPS)[number] | (typeof FINAL_STEPS)[number];

/** Which screen after the decision is shown in place of an application step (the ui slice's `lifecycleView`). */
export type LifecycleView =
  | { kind: 'decision' }
  | { kind: 'report'; reportId: string; step: ReportStep }
  | { kind: 'change'; changeId: string };

export type LifecycleViewState = { view: LifecycleView | null; nonce: number };
