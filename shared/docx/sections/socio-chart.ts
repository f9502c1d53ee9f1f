import { formatKronor } from '../../finance/money';
import { CELL_MARGINS, NO_BORDERS, TABLE_NO_BORDERS, fixedTable, tableCell } from '../elements';
import { SIZE, textWidth, type Orientation } from '../layout';
import { row, type BorderSpec, type CellBorders, type Wml } from '../wml';

/**
 * Bar charts drawn as a native table: a grid of equal narrow columns, each bar a shaded cell spanning as many of
 * them as its value needs. It prints sharply at any resolution, reads in black and white (dark versus light grey,
 * with the amount printed beside every bar) and needs no image renderer in the pure shared code.
 */
export type BarSeries = 'investment' | 'avoided';

export type BarRow = {
  /** Group label, printed on the group's first row only ("År 3", "Kommun"). */
  group: string;
  /** What the bar is ("Investering"). */
  label: string;
  value: number;
  series: BarSeries;
  /** Bold group label: the payback year. */
  emphasis?: boolean;
};

/** Grid resolution: a bar's length is rounded to 1/UNITS of the scale. */
const UNITS = 50;
const FILL: Record<BarSeries, string> = { investment: '404040', avoided: 'BFBFBF' };
const TIGHT = { top: 10, bottom: 10, left: 0, right: 0 };
// White rules above and below a bar keep two bars of one group apart when they sit on adjacent rows.
const gap: BorderSpec = { style: 'single', size: 16, color: 'FFFFFF' };
const BAR_BORDERS: CellBorders = { ...NO_BORDERS, top: gap, bottom: gap };

/** Cells a value fills: proportional, and never zero for a value above zero so it stays visible. */
export function barUnits(value: number, max: number): number {
  if (!(value > 0) || !(max > 0)) return 0;
  return Math.min(UNITS, Math.max(1, Math.round((value / max) * UNITS)));
}

export function barChart(rows: readonly BarRow[], orientation: Orientation): Wml {
  const total = textWidth(orientation);
  const groupW = Math.round(total * 0.12);
  const labelW = Math.round(total * 0.16);
  const valueW = Math.round(total * 0.16);
  const unit = Math.floor((total - groupW - labelW - valueW) / UNITS);
  const widths = [groupW, labelW, ...Array.from({ length: UNITS }, () => unit)];
  widths.push(total - widths.reduce((a, b) => a + b, 0));
  const max = Math.max(0, ...rows.map((r) => r.value));
  const size = SIZE.small;

  let previousGroup: string | null = null;
  const tableRows = rows.map((r) => {
    const first = r.group !== previousGroup;
    previousGroup = r.group;
    const filled = barUnits(r.value, max);
    const cells = [
      tableCell({ text: first ? r.group : '', bold: r.emphasis }, groupW, { borders: NO_BORDERS, size, margins: CELL_MARGINS }),
      tableCell(r.label, labelW, { borders: NO_BORDERS, size, margins: CELL_MARGINS }),
    ];
    if (filled > 0) cells.push(tableCell({ text: '', span: filled, shade: FILL[r.series] }, unit * filled, { borders: BAR_BORDERS, margins: TIGHT, size: SIZE.tiny }));
    if (filled < UNITS) cells.push(tableCell({ text: '', span: UNITS - filled }, unit * (UNITS - filled), { borders: BAR_BORDERS, margins: TIGHT, size: SIZE.tiny }));
    cells.push(tableCell({ text: formatKronor(r.value), align: 'right' }, widths[widths.length - 1]!, { borders: NO_BORDERS, size, margins: CELL_MARGINS }));
    return row({ cantSplit: true }, cells);
  });
  return fixedTable(tableRows, widths, { borders: TABLE_NO_BORDERS });
}
