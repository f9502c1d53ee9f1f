import * as z from '../zod';
import { LIMITS } from './limits';
import { itemList } from './unique-ids';
import type { ActivitySchema, BudgetSchema, PartySchema, ProjectSchema } from './schema';

/**
 * The parts of the file after the application is signed (format 4): the funder's decision, the follow-up reports and
 * change requests. They sit beside the application's content, never inside it, so the Dokument-ID of the signed
 * application stays what it was: while a decision exists the content must still hash to `decision.decidedDocumentId`
 * (checked on every load and save, shared/model/decided.ts).
 *
 * Built by a function that schema.ts calls with its own part schemas, so this file needs only their types and there
 * is no import cycle between the two.
 */

const str = (max: number) => z.string().max(max);
const short = () => str(LIMITS.short);
const line = () => str(LIMITS.line);
const text = () => str(LIMITS.text);
const id = () => z.string().min(1).max(LIMITS.id).regex(/^[A-Za-z0-9_-]+$/);
const optId = () => z.union([z.literal(''), id()]);
const optDate = () => z.union([z.literal(''), z.iso.date()]);
const datetime = () => z.iso.datetime({ offset: true });
const amount = () => z.number().int().min(0).max(LIMITS.amount);
const count = () => z.number().int().min(0).max(LIMITS.count);
const percent = () => z.number().min(0).max(100);
/** Per project year, index 0 is project year 1, as the budget's amounts. */
const perYear = <T extends z.ZodType>(item: T) => z.array(item).max(LIMITS.years);

export const REPORT_KINDS = ['progress', 'final'] as const;
export const ReportKindSchema = z.enum(REPORT_KINDS);
export type ReportKind = z.infer<typeof ReportKindSchema>;

export const ACTIVITY_STATUSES = ['done', 'ongoing', 'moved', 'dropped'] as const;
export const ActivityStatusSchema = z.union([z.literal(''), z.enum(ACTIVITY_STATUSES)]);
export type ActivityStatus = z.infer<typeof ActivityStatusSchema>;

export const DEVIATION_SUBJECTS = ['indicator', 'activity', 'cost', 'period', 'party', 'other'] as const;
export const DeviationSubjectSchema = z.enum(DEVIATION_SUBJECTS);
export type DeviationSubject = z.infer<typeof DeviationSubjectSchema>;

export const CHANGE_REQUEST_STATUSES = ['draft', 'sent', 'approved', 'rejected'] as const;

/** When the funder wants a report, and for which period. */
export const ReportingDateSchema = z.strictObject({
  id: id(),
  kind: ReportKindSchema,
  /** 1, 2, …: the progress reports' order; the final report has the period after the last progress report. */
  period: z.number().int().min(1).max(LIMITS.reports),
  periodStart: optDate(),
  periodEnd: optDate(),
  dueDate: optDate(),
});
export type ReportingDate = z.infer<typeof ReportingDateSchema>;

export const DecisionSchema = z.strictObject({
  /** The decision's date (beslutsdatum). */
  date: optDate(),
  diarienummer: str(60),
  funder: short(),
  /** Granted kronor per project year; may differ from the SIM financing sought. */
  grantedPerYear: perYear(amount()),
  conditions: text(),
  reportingDates: itemList(ReportingDateSchema, LIMITS.reports),
  /** The Dokument-ID of the application as signed: the content must keep hashing to it. */
  decidedDocumentId: str(40),
  /** The ID printed on the signed paper when it differs (a freeze migrated from format 2); '' otherwise. */
  signedDocumentId: str(40),
  recordedAt: datetime(),
});
export type Decision = z.infer<typeof DecisionSchema>;

/** One measurement of an indicator. */
export const IndicatorValueSchema = z.strictObject({
  id: id(),
  date: optDate(),
  /** The measured figure, in the unit of the indicator's baseline and target; null while not yet measured. */
  value: z.number().min(-LIMITS.amount).max(LIMITS.amount).nullable(),
  source: line(),
  comment: line(),
});
export type IndicatorValue = z.infer<typeof IndicatorValueSchema>;

/** An indicator of the decided application (logic model or overall goal) in a report; `id` is the indicator's id. */
export const ReportIndicatorSchema = z.strictObject({
  id: id(),
  values: itemList(IndicatorValueSchema, LIMITS.indicatorValues),
  comment: text(),
});
export type ReportIndicator = z.infer<typeof ReportIndicatorSchema>;

/** An activity of the decided application in a report; `id` is the activity's id. */
export const ReportActivitySchema = z.strictObject({
  id: id(),
  status: ActivityStatusSchema,
  comment: text(),
  /** The new dates of a moved activity. */
  newStart: optDate(),
  newEnd: optDate(),
});
export type ReportActivity = z.infer<typeof ReportActivitySchema>;

/**
 * Outcome (utfall) of a budget cost line so far, per project year; `id` is the cost line's id. Party, category and
 * cash/in-kind follow the line. Each report holds the outcome up to its period's end, so the latest report says all.
 */
export const CostOutcomeSchema = z.strictObject({
  id: id(),
  amounts: perYear(amount()),
});
export type CostOutcome = z.infer<typeof CostOutcomeSchema>;

export const DeviationSchema = z.strictObject({
  id: id(),
  subject: DeviationSubjectSchema,
  /** The indicator, activity, cost line or party it concerns; '' for the period or something else. */
  subjectId: optId(),
  explanation: text(),
  action: text(),
});
export type Deviation = z.infer<typeof DeviationSchema>;

export const ImplementationItemSchema = z.strictObject({
  id: id(),
  /** What goes into ordinary operations. */
  what: text(),
  /** The party that takes it on. */
  partyId: optId(),
  financing: text(),
});
export type ImplementationItem = z.infer<typeof ImplementationItemSchema>;

/** The socio-economic estimate's inputs as they turned out; the costs come from the outcomes. */
export const SocioOutcomeSchema = z.strictObject({
  peopleReached: perYear(count()),
  /** Success rate achieved, percent (the estimate's `effect`); null while unknown. */
  effect: percent().nullable(),
  effectSource: line(),
  comment: text(),
});
export type SocioOutcome = z.infer<typeof SocioOutcomeSchema>;

export const FinalPartSchema = z.strictObject({
  implementation: itemList(ImplementationItemSchema, LIMITS.implementation),
  spreading: text(),
  socio: SocioOutcomeSchema,
});
export type FinalPart = z.infer<typeof FinalPartSchema>;

/** A report or change request locked for signing: its own Dokument-ID (shared/workflow/report-freeze.ts). */
export const LockSchema = z.strictObject({ documentId: str(40), at: datetime() });
export type Lock = z.infer<typeof LockSchema>;

export const ReportSchema = z.strictObject({
  /** The reporting date's id it answers. */
  id: id(),
  kind: ReportKindSchema,
  period: z.number().int().min(1).max(LIMITS.reports),
  periodStart: optDate(),
  periodEnd: optDate(),
  /** How the work went in the period, in a few sentences. */
  summary: text(),
  indicators: itemList(ReportIndicatorSchema, LIMITS.reportIndicators),
  activities: itemList(ReportActivitySchema, LIMITS.activities),
  outcomes: itemList(CostOutcomeSchema, LIMITS.costLines),
  outcomeComment: text(),
  deviations: itemList(DeviationSchema, LIMITS.deviations),
  children: z.strictObject({ participation: text(), whatChanged: text() }),
  /** The final report's own parts; null in a progress report. */
  final: FinalPartSchema.nullable(),
  freeze: LockSchema.nullable(),
});
export type Report = z.infer<typeof ReportSchema>;

type Parts = {
  project: typeof ProjectSchema;
  parties: typeof PartySchema;
  activities: typeof ActivitySchema;
  budget: typeof BudgetSchema;
};

export function lifecycleSchemas(p: Parts) {
  /** What a change request proposes: the same shapes as the application's parts, compared field by field. */
  const ProposedChangeSchema = z.strictObject({
    project: p.project,
    parties: itemList(p.parties, LIMITS.parties),
    activities: itemList(p.activities, LIMITS.activities),
    budget: p.budget,
  });
  const ChangeRequestSchema = z.strictObject({
    id: id(),
    createdAt: datetime(),
    reason: text(),
    proposed: ProposedChangeSchema,
    status: z.enum(CHANGE_REQUEST_STATUSES),
    freeze: LockSchema.nullable(),
  });
  const LifecycleSchema = z.strictObject({
    decision: DecisionSchema.nullable(),
    reports: itemList(ReportSchema, LIMITS.reports),
    changeRequests: itemList(ChangeRequestSchema, LIMITS.changeRequests),
  });
  return { ProposedChangeSchema, ChangeRequestSchema, LifecycleSchema };
}

type Built = ReturnType<typeof lifecycleSchemas>;
export type ProposedChange = z.infer<Built['ProposedChangeSchema']>;
export type ChangeRequest = z.infer<Built['ChangeRequestSchema']>;
export type Lifecycle = z.infer<Built['LifecycleSchema']>;

export function emptyLifecycle(): Lifecycle {
  return { decision: null, reports: [], changeRequests: [] };
}
