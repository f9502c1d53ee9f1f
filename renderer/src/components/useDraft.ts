import { useState } from 'react';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** What an input needs from a draft (DraftInput). */
export type DraftText = { text: string; onChange(next: string): void; onBlur(): void };

/**
 * Text typed into a field whose model value is not text (an amount, a date, a number). What the person
 * types stays as typed; each readable state goes to the store at once, and an unreadable one is kept
 * local and explained when they leave the field, so nothing invalid ever reaches the file.
 */
export function useDraft<T>(value: T, format: (v: T) => string, parse: (s: string) => Parsed<T>, commit: (v: T) => void) {
  const [text, setText] = useState(() => format(value));
  const [error, setError] = useState<string | undefined>(undefined);
  const [showError, setShowError] = useState(false);
  // The model value this field last showed or wrote; a different one came from elsewhere.
  const [seen, setSeen] = useState(value);
  if (!Object.is(value, seen)) {
    // A change from elsewhere (undo, another step, opening a file) replaces what is shown, unless the text
    // already means that value (the field's own commit coming back).
    setSeen(value);
    const parsed = parse(text);
    if (!(parsed.ok && Object.is(parsed.value, value))) {
      setText(format(value));
      setError(undefined);
      setShowError(false);
    }
  }
  return {
    text,
    error: showError ? error : undefined,
    onChange(next: string) {
      setText(next);
      const parsed = parse(next);
      if (parsed.ok) {
        setError(undefined);
        setShowError(false);
        setSeen(parsed.value);
        commit(parsed.value);
      } else setError(parsed.message);
    },
    onBlur() {
      if (error) setShowError(true);
      else setText(format(seen));
    },
  };
}
