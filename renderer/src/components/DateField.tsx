import { parseIsoDate } from '../../../shared/finance/years';
import { useT } from '../i18n';
import { ui } from '../i18n/strings';
import { FieldShell, type CommonFieldProps } from './FieldShell';
import { useBound } from './useBound';
import { DraftInput } from './DraftInput';
import { useDraft, type Parsed } from './useDraft';

/**
 * A date written `2025-03-01`. A text field rather than the browser's date picker, whose order of day and
 * month follows the computer's locale and would show an English Windows user `03/01/2025`.
 */
export function DateField(shell: CommonFieldProps) {
  const t = useT(ui);
  const [value, set] = useBound<string>(shell.path);
  const parse = (s: string): Parsed<string> => {
    let v = s.trim();
    if (v === '') return { ok: true, value: '' };
    if (/^\d{8}$/.test(v)) v = `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6)}`;
    return parseIsoDate(v) ? { ok: true, value: v } : { ok: false, message: t('fields.badDate') };
  };
  const draft = useDraft<string>(value ?? '', (v) => v, parse, set);
  return (
    <FieldShell {...shell} localError={draft.error} hint={shell.hint ?? t('fields.dateHint')} className={`field--date ${shell.className ?? ''}`}>
      {(control) => (
        <DraftInput control={control} draft={draft} className="input input--date" placeholder={t('fields.datePlaceholder')} maxLength={10} />
      )}
    </FieldShell>
  );
}
