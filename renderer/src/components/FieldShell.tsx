import type { FocusEvent as ReactFocusEvent, ReactNode } from 'react';
import { useFieldIssueText } from '../store/derived';
import { fieldId, type Path } from '../store/paths';
import { useStore } from '../store';
import { useLang, useLabel } from '../i18n';
import { FieldError } from './FieldError';
import './fields.css';

export type CommonFieldProps = {
  path: Path;
  /** Overrides the label from the shared catalog (e.g. "Artikel 3 – Barnets bästa"). */
  label?: string;
  /** A guiding sentence under the label. */
  hint?: ReactNode;
  /** Extra class for layout (e.g. `field--narrow`). */
  className?: string;
  /** Keeps the label for screen readers only, e.g. in a grid whose column header already names the field. */
  hideLabel?: boolean;
};

export type ControlProps = {
  id: string;
  'aria-describedby': string;
  'aria-invalid': boolean | undefined;
};

type ShellProps = CommonFieldProps & {
  /** A problem found by the field itself (a number it cannot read), shown before the rules' messages. */
  localError?: string;
  /** Rendered after the control, e.g. a character counter; gets the id `${id}-extra`. */
  extra?: ReactNode;
  children: (control: ControlProps) => ReactNode;
  /** Fieldsets label with a legend instead of a label element. */
  as?: 'field' | 'fieldset';
};

/**
 * The frame every form control sits in: label from FIELD_LABELS, hint, the control, and the errors the
 * rules report for exactly this path, tied to the control with aria-describedby.
 */
export function FieldShell({ path, label, hint, className, hideLabel, localError, extra, children, as = 'field' }: ShellProps) {
  const lang = useLang();
  const catalogLabel = useLabel(path);
  const issue = useFieldIssueText(path, lang);
  const id = fieldId(path);
  // Leaving the field (focus moving out of it, not within it) is when a wrong value may be pointed out.
  const onBlur = (e: ReactFocusEvent) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) useStore.getState().touch(path);
  };
  const errorText = [localError, issue.text].filter(Boolean).join(' ');
  const severity = localError ? 'error' : issue.severity;
  const describedBy = [hint ? `${id}-hint` : '', extra ? `${id}-extra` : '', `${id}-error`].filter(Boolean).join(' ');
  const control = children({ id, 'aria-describedby': describedBy, 'aria-invalid': severity === 'error' || undefined });
  const cls = ['field', severity ? `field--${severity}` : '', className ?? ''].filter(Boolean).join(' ');
  const hintEl = hint ? (
    <p className="field__hint" id={`${id}-hint`}>
      {hint}
    </p>
  ) : null;
  const extraEl = extra ? (
    <div className="field__extra" id={`${id}-extra`}>
      {extra}
    </div>
  ) : null;
  const errorEl = <FieldError id={`${id}-error`} text={errorText} severity={severity} />;
  if (as === 'fieldset') {
    return (
      <fieldset className={cls} aria-describedby={describedBy} id={id} tabIndex={-1} onBlur={onBlur}>
        <legend className={hideLabel ? 'visually-hidden' : 'field__label'}>{label ?? catalogLabel}</legend>
        {hintEl}
        {control}
        {extraEl}
        {errorEl}
      </fieldset>
    );
  }
  return (
    <div className={cls} onBlur={onBlur}>
      <label className={hideLabel ? 'visually-hidden' : 'field__label'} htmlFor={id}>
        {label ?? catalogLabel}
      </label>
      {hintEl}
      {control}
      {extraEl}
      {errorEl}
    </div>
  );
}
