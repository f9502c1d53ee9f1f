import type { StepId } from '../model/steps';
import type { FieldPath } from '../model/paths';

export type Severity = 'error' | 'warning';

/** One finding of the rules. The message is a key into rules/messages.ts with its parameters. */
export type Issue = {
  /** Stable id: rule name plus the item it is about, so the UI can key lists and track focus. */
  id: string;
  severity: Severity;
  step: StepId;
  /** Where in the application the problem is; the field to focus. */
  path: FieldPath;
  message: string;
  params: Record<string, string | number>;
  /**
   * Set when the issue is about something not filled in yet (a blank required field, an empty list) rather than a
   * wrong value: the same rule, presented as work to do until the review step or an export for signing.
   */
  missing?: true;
};
