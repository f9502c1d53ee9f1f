import type { Translate } from '../../../../shared/i18n/catalog';
import { useEffect, useId, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { useStore } from '../../store';
import { getIn, type Path } from '../../store/paths';
import { useLang, useT } from '../../i18n';
import { undoShortcut } from '../../components/shortcuts';
import { keepOneTabStop, colsFrom, onGridFocusIn, onGridKeyDown, placeOf, rowsFrom } from './gridKeys';
import { isBlock, MAX_PASTE_CHARS, parseTsv, planPaste, type TargetCell } from './paste';
import { pasteTarget, type LineColumn } from './columns';
import { strings } from './strings';

type Props = {
  listPath: Path;
  columns: readonly LineColumn[];
  /** "Kostnadsrad 4": names a cell in what a refused paste says. */
  lineName: (index: number) => string;
  label: string;
  style: CSSProperties;
  children: ReactNode;
};

/**
 * The lines of a budget list as an ARIA grid that behaves like a spreadsheet (gridKeys.ts), and takes a block
 * pasted from Excel or Calc into its cells as one edit, or refuses it whole and says why. Its children (the rows)
 * are passed through untouched, so a message here never re-renders them.
 */
export function LineGrid({ listPath, columns, lineName, label, style, children }: Props) {
  const t = useT(strings);
  const lang = useLang();
  const ref = useRef<HTMLDivElement>(null);
  const [message, setMessage] = useState('');
  const keysId = useId();
  // The latest values for the native listeners, which are attached once.
  const latest = useRef({ listPath, columns, lineName, lang, t });
  latest.current = { listPath, columns, lineName, lang, t };

  useEffect(() => {
    const grid = ref.current;
    if (!grid) return;
    const keydown = (e: KeyboardEvent) => onGridKeyDown(grid, e);
    const focusin = (e: FocusEvent) => onGridFocusIn(grid, e);
    const paste = (e: ClipboardEvent) => {
      const outcome = pasteInto(grid, e, latest.current);
      if (outcome !== null) setMessage(outcome);
    };
    grid.addEventListener('keydown', keydown);
    grid.addEventListener('focusin', focusin);
    grid.addEventListener('paste', paste);
    const stop = keepOneTabStop(grid);
    return () => {
      grid.removeEventListener('keydown', keydown);
      grid.removeEventListener('focusin', focusin);
      grid.removeEventListener('paste', paste);
      stop();
    };
  }, []);

  return (
    <>
      <div ref={ref} role="grid" className="bgrid" style={style} aria-label={label} aria-describedby={keysId}>
        {children}
      </div>
      <p id={keysId} className="visually-hidden">
        {t('grid.keys')}
      </p>
      <p className="bgrid__status" role="status" data-testid="grid-status">
        {message}
      </p>
    </>
  );
}

type Latest = { listPath: Path; columns: readonly LineColumn[]; lineName: (i: number) => string; lang: 'sv' | 'en'; t: Translate<typeof strings.sv> };

/** Handles a paste of more than one cell; returns what to say, or null to let the input take a single value itself. */
function pasteInto(grid: HTMLElement, e: ClipboardEvent, l: Latest): string | null {
  const start = placeOf(e.target as Element);
  if (!start) return null;
  const text = e.clipboardData?.getData('text/plain') ?? '';
  if (text.length > MAX_PASTE_CHARS) {
    e.preventDefault();
    return l.t('paste.tooBig');
  }
  const block = parseTsv(text);
  if (block === null) {
    e.preventDefault();
    return l.t('paste.tooBig');
  }
  if (!isBlock(block)) return null;
  e.preventDefault();
  const s = useStore.getState();
  const rows = rowsFrom(grid, start.row).slice(0, block.length);
  const targets: (TargetCell | undefined)[][] = rows.map((row) => {
    const line = Number(row.dataset.line);
    const linePath = [...l.listPath, line];
    return colsFrom(row, start.col).map((col) => pasteTarget(s.app, l.columns, linePath, col, l.lineName(line), l.lang)).filter(Boolean);
  });
  const plan = planPaste(block, targets, (p) => (getIn(s.app, [...p, 'amounts']) as number[] | undefined) ?? [], l.lang);
  const said = plan.ok ? l.t('paste.done', { count: plan.cells, shortcut: undoShortcut() }) : l.t(`paste.${plan.key}`, plan.params);
  // Said by the grid's status line (a polite live region), so not announced a second time.
  if (plan.ok) s.applyBatch(plan.changes, l.t('paste.what', { count: plan.cells }));
  return said;
}
