import { formatKronor, parseKronor } from '../../../shared/finance/money';
import { useLang } from '../i18n';
import { FieldShell, type CommonFieldProps } from './FieldShell';
import { useBound } from './useBound';
import { DraftInput } from './DraftInput';
import { useDraft, type Parsed } from './useDraft';

type Props = CommonFieldProps & {
  /** Empty is `null` ("not given"); otherwise empty means 0, as in a budget cell. */
  nullable?: boolean;
};

/**
 * Whole kronor as people type them (`1250000`, `1 250 000 kr`, `1.250.000`), shown as `1 250 000`.
 * Anything ambiguous gets parseKronor's sentence instead of a guess.
 */
export function AmountField({ nullable = false, ...shell }: Props) {
  const lang = useLang();
  const [value, set] = useBound<number | null>(shell.path);
  const parse = (s: string): Parsed<number | null> => {
    const r = parseKronor(s);
    if (!r.ok) return { ok: false, message: r.message[lang] };
    return { ok: true, value: r.value ?? (nullable ? null : 0) };
  };
  const draft = useDraft<number | null>(value ?? (nullable ? null : 0), (v) => (v === null ? '' : formatKronor(v, { unit: false })), parse, set);
  return (
    <FieldShell
      {...shell}
      localError={draft.error}
      className={`field--amount ${shell.className ?? ''}`}
    >
      {(control) => (
        <span className="input-with-unit">
          <DraftInput control={control} draft={draft} className="input input--amount" />
          <span className="input-unit" aria-hidden="true">
            kr
          </span>
        </span>
      )}
    </FieldShell>
  );
}
