import type { ControlProps } from './FieldShell';
import type { DraftText } from './useDraft';

type Props = {
  control: ControlProps;
  draft: DraftText;
  className: string;
  inputMode?: 'numeric' | 'decimal';
  placeholder?: string;
  maxLength?: number;
};

/** The text input of a field whose value is not text (an amount, a number, a date): shows and edits its draft. */
export function DraftInput({ control, draft, className, inputMode = 'numeric', placeholder, maxLength }: Props) {
  return (
    <input
      {...control}
      className={className}
      type="text"
      inputMode={inputMode}
      autoComplete="off"
      placeholder={placeholder}
      maxLength={maxLength}
      value={draft.text}
      onChange={(e) => draft.onChange(e.target.value)}
      onBlur={draft.onBlur}
    />
  );
}
