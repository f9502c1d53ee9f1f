import type { Application } from '../../../shared/model/schema';
import type { PartnerMerge } from '../../../shared/workflow';

/** The partner's copy, read and merged against ours, waiting in the merge view. */
export type PendingMerge = {
  mine: Application;
  theirs: Application;
  result: Extract<PartnerMerge, { ok: true }>;
  /** File name of the partner's copy, for the heading. */
  fileName: string;
  /** What main said about the copy (an edited DOCX, an older format), in both languages. */
  notice: { sv: string; en: string } | null;
};
