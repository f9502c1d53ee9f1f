import * as z from '../zod';
import type { ReportIssue } from '../rules/report-context';

/**
 * The channels of the documents after the application (issue 16): the idea sketch, a progress or final report and a
 * change request, each exported to a DOCX the user saves where they choose. Kept apart from contract.ts, which spreads
 * this block in, so the two can change independently. The renderer sends its current application (the values just
 * typed into a report are what is exported; main has no copy of unsaved edits), and main validates it with the file
 * schema before anything is built, exactly as for `export:docx`.
 */
const appPayload = z.unknown();
const itemId = z.string().min(1).max(64);

export const LIFECYCLE_REQUEST_SCHEMAS = {
  'export:idea': z.strictObject({ application: appPayload }),
  'export:report': z.strictObject({ application: appPayload, reportId: itemId, draft: z.boolean() }),
  'export:change': z.strictObject({ application: appPayload, changeRequestId: itemId, draft: z.boolean() }),
} as const;

type Localized = { sv: string; en: string };
type Outcome<Refused> =
  | { status: 'exported'; path: string }
  | Refused
  | { status: 'cancelled' }
  | { status: 'error'; message: Localized };

export type LifecycleResponseMap = {
  /** The idea sketch is never signed, so it is never refused for the rules. */
  'export:idea': Outcome<never>;
  /** Refused (signed export only) while the decision or the report has errors: the follow-up rules' issues. */
  'export:report': Outcome<{ status: 'refused'; issues: ReportIssue[] }>;
  'export:change': Outcome<{ status: 'refused'; issues: ReportIssue[] }>;
};

type LifecycleChannel = keyof typeof LIFECYCLE_REQUEST_SCHEMAS;
type LifecycleFn<C extends LifecycleChannel> = (req: z.infer<(typeof LIFECYCLE_REQUEST_SCHEMAS)[C]>) => Promise<LifecycleResponseMap[C]>;

export type LifecycleApi = {
  exportIdea: LifecycleFn<'export:idea'>;
  exportReport: LifecycleFn<'export:report'>;
  exportChange: LifecycleFn<'export:change'>;
};

export const LIFECYCLE_API_CHANNELS = {
  exportIdea: 'export:idea',
  exportReport: 'export:report',
  exportChange: 'export:change',
} as const satisfies Record<keyof LifecycleApi, LifecycleChannel>;
