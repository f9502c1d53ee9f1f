import { formatNumber } from '../../../shared/finance/money';
import { useT } from '../i18n';
import { ui } from '../i18n/strings';
import { FieldShell, type CommonFieldProps } from './FieldShell';
import { useBound } from './useBound';
import { DraftInput } from './DraftInput';
import { useDraft, type Parsed } from './useDraft';
import { schemaRange } from './schemaLimits';

type Props = CommonFieldProps & {
  /** Bounds shown to the person; they are narrowed to the file schema's so the file always loads. */
  min?: number;
  max?: number;
  decimals?: number;
  /** Empty means "not given" (null); otherwise a value is required. */
  nullable?: boolean;
  unit?: string;
};

/** A number typed the Swedish way (`1 200`, `3,5`). Values outside the bounds are explained, not stored. */
export function NumberField({ min, max, decimals = 0, nullable = true, unit, ...shell }: Props) {
  const t = useT(ui);
  const [value, set] = useBound<number | null>(shell.path);
  const range = schemaRange(shell.path);
  const lo = Math.max(min ?? range.min, range.min);
  const hi = Math.min(max ?? range.max, range.max);
  const parse = (s: string): Parsed<number | null> => {
    const trimmed = s.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
    if (trimmed === '') return nullable ? { ok: true, value: null } : { ok: false, message: t('fields.numberRequired') };
    const re = decimals > 0 ? /^\d+(\.\d+)?$/ : /^\d+$/;
    if (!re.test(trimmed)) return { ok: false, message: decimals > 0 ? t('fields.notNumber') : t('fields.notWholeNumber') };
    const n = Number(trimmed);
    if (n < lo || n > hi) return { ok: false, message: t('fields.outOfRange', { min: formatNumber(lo), max: formatNumber(hi) }) };
    return { ok: true, value: decimals > 0 ? Math.round(n * 10 ** decimals) / 10 ** decimals : n };
  };
  const draft = useDraft<number | null>(value ?? null, (v) => (v === null ? '' : formatNumber(v, decimals)), parse, set);
  return (
    <FieldShell {...shell} localError={draft.error} className={`field--number ${shell.className ?? ''}`}>
      {(control) => (
        <span className="input-with-unit">
          <DraftInput control={control} draft={draft} className="input input--number" inputMode={decimals > 0 ? 'decimal' : 'numeric'} />
          {unit ? <span className="input-unit" aria-hidden="true">{unit}</span> : null}
        </span>
      )}
    </FieldShell>
  );
}
