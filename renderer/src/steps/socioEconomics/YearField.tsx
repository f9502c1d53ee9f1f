import { DraftInput, FieldShell, useBound, useDraft, type CommonFieldProps, type Parsed } from '../../components';
import { useT } from '../../i18n';
import { ui } from '../../i18n/strings';

/**
 * A calendar year (the source's year): digits only, never grouped, so 2021 does not read "2 021" as the
 * general number field would show it. Empty means not given.
 */
export function YearField(shell: CommonFieldProps) {
  const t = useT(ui);
  const [value, set] = useBound<number | null>(shell.path);
  const parse = (s: string): Parsed<number | null> => {
    const v = s.trim();
    if (v === '') return { ok: true, value: null };
    if (!/^\d{4}$/.test(v) || Number(v) < 1900 || Number(v) > 2200) return { ok: false, message: t('fields.outOfRange', { min: '1900', max: '2200' }) };
    return { ok: true, value: Number(v) };
  };
  const draft = useDraft<number | null>(value ?? null, (v) => (v === null ? '' : String(v)), parse, set);
  return (
    <FieldShell {...shell} localError={draft.error} className="field--number">
      {(control) => (
        <DraftInput control={control} draft={draft} className="input input--number" />
      )}
    </FieldShell>
  );
}
