import { useT } from '../i18n';
import { ui } from '../i18n/strings';
import { FieldShell, type CommonFieldProps } from './FieldShell';
import { useBound } from './useBound';

export type Option = { value: string; label: string };

type Props = CommonFieldProps & {
  options: readonly Option[];
  /** Shown for the empty value ''; omit when a choice is always made. */
  placeholder?: string | true;
  /** Replaces the plain store update when a choice has consequences elsewhere (one owner only, say). */
  onValueChange?: (value: string) => void;
};

/** One choice from a list, bound to a string. */
export function Select({ options, placeholder, onValueChange, ...shell }: Props) {
  const t = useT(ui);
  const [value, set] = useBound<string>(shell.path);
  const known = options.some((o) => o.value === value);
  return (
    <FieldShell {...shell}>
      {(control) => (
        <select {...control} className="input select" value={value ?? ''} onChange={(e) => (onValueChange ?? set)(e.target.value)}>
          {placeholder !== undefined || !known ? (
            <option value="">{placeholder === true || placeholder === undefined ? t('fields.choose') : placeholder}</option>
          ) : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
