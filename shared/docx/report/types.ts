import type { ApplicationContent } from '../../model/schema';

/**
 * The follow-up parts as the report documents read them. They mirror the lifecycle schema of format 4 (h16-model's
 * shared/model); once that schema is merged these become its inferred types and this file goes.
 */
export type ReportKind = 'progress' | 'final';

export type Decision = {
  date: string;
  diarienummer: string;
  funder: string;
  grantedPerYear: readonly { year: number; amount: number }[];
  conditions: string;
  reportingDates: readonly { id: string; kind: ReportKind; period: number; periodStart: string; periodEnd: string; dueDate: string }[];
  decidedDocumentId: string;
  decidedContent: ApplicationContent;
};

export type ActivityStatus = 'done' | 'ongoing' | 'moved' | 'dropped' | '';

export type Report = {
  id: string;
  kind: ReportKind;
  period: number;
  periodStart: string;
  periodEnd: string;
  indicators: readonly { indicatorId: string; values: readonly { id: string; date: string; value: string; source: string; comment: string }[] }[];
  activities: readonly { activityId: string; status: ActivityStatus; comment: string; newStart?: string; newEnd?: string }[];
  outcomes: readonly { costLineId: string; year: number; amount: number }[];
  deviations: readonly { id: string; subject: string; explanation: string; action: string }[];
  children: { participation: string; whatChanged: string };
  final?: {
    implementation: readonly { id: string; what: string; byWhom: string; financing: string }[];
    spreading: string;
    socio: { reach: readonly number[] | number | null; successRate: number | null; costs: readonly number[] | number | null };
  };
};
