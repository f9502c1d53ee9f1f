import { memo } from 'react';
import { DraftInput, FieldShell, useDraft, type Parsed } from '../../components';
import { useStore } from '../../store';
import { getIn } from '../../store/paths';
import { useAt } from '../../store/at';
import type { LinePath } from './linePaths';
import { useLang } from '../../i18n';
import { readAmount, showAmount, withAmount } from './amounts';

/**
 * One year's amount on a cost or financing line. Bound to the line's whole amounts array, because a year
 * never filled in has no element yet; the label is read out, the column header is what sighted users see.
 */
export const AmountCell = memo(function AmountCell({ linePath, year, label }: { linePath: LinePath; year: number; label: string }) {
  const lang = useLang();
  const amountsPath = [...linePath, 'amounts'] as const;
  const value = useAt(amountsPath, (amounts: number[] | undefined) => amounts?.[year]);
  const parse = (text: string): Parsed<number | undefined> => {
    const r = readAmount(text);
    return r.ok ? r : { ok: false, message: r.message[lang] };
  };
  const commit = (v: number | undefined) => {
    const { app, update } = useStore.getState();
    const amounts = (getIn(app, amountsPath) as number[] | undefined) ?? [];
    update(amountsPath, withAmount(amounts, year, v ?? 0));
  };
  const draft = useDraft<number | undefined>(value, showAmount, parse, commit);
  return (
    <FieldShell path={[...amountsPath, year]} label={label} localError={draft.error} className="field--cell field--cell-amount">
      {(control) => (
        <DraftInput control={control} draft={draft} className="input input--cell-amount" />
      )}
    </FieldShell>
  );
});
