import { fieldId } from '../store/paths';
import { useFieldIssueText } from '../store/derived';
import { useLang, useLabel } from '../i18n';
import type { CommonFieldProps } from './FieldShell';
import { FieldError } from './FieldError';
import { useBound } from './useBound';
import { useStore } from '../store';

/** A yes/no bound to a boolean. */
export function Checkbox({ path, label, hint, className }: CommonFieldProps) {
  const [value, set] = useBound<boolean>(path);
  const lang = useLang();
  const catalogLabel = useLabel(path);
  const issue = useFieldIssueText(path, lang);
  const id = fieldId(path);
  return (
    <div className={`field field--checkbox ${className ?? ''}`}>
      <input
        id={id}
        type="checkbox"
        className="checkbox"
        checked={!!value}
        onChange={(e) => set(e.target.checked)}
        onBlur={() => useStore.getState().touch(path)}
        aria-describedby={`${hint ? `${id}-hint ` : ''}${id}-error`}
      />
      <label htmlFor={id}>{label ?? catalogLabel}</label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} text={issue.text} severity={issue.severity} />
    </div>
  );
}
