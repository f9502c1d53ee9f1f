/**
 * Spreadsheet keys for an ARIA grid of inputs, on the DOM, so moving around never re-renders a row:
 * one tab stop for the whole grid (roving tabindex: the cell last visited), arrows and Enter between cells, Tab
 * out of the grid. Rows are `[role=row][data-line]`, cells `[role=gridcell][data-col]`; a cell's stops are its
 * enabled inputs, selects and buttons.
 */

const STOP = 'input:not([type=hidden]):not([disabled]), select:not([disabled]), button:not([disabled])';

const lineRows = (grid: HTMLElement) => Array.from(grid.querySelectorAll<HTMLElement>('[role=row][data-line]'));
const stopsIn = (el: Element) => Array.from(el.querySelectorAll<HTMLElement>(STOP));

export type CellPlace = { row: HTMLElement; cell: HTMLElement; col: string; line: number };

/** The row and cell of an element inside the grid, or null outside its lines. */
export function placeOf(el: Element | null): CellPlace | null {
  const cell = el?.closest<HTMLElement>('[role=gridcell][data-col]');
  const row = cell?.closest<HTMLElement>('[role=row][data-line]');
  if (!cell || !row) return null;
  return { row, cell, col: cell.dataset.col!, line: Number(row.dataset.line) };
}

/** The cells of a row from `col` rightwards, by their `data-col`. */
export function colsFrom(row: HTMLElement, col: string): string[] {
  const cols = Array.from(row.querySelectorAll<HTMLElement>('[role=gridcell][data-col]')).map((c) => c.dataset.col!);
  const i = cols.indexOf(col);
  return i < 0 ? [] : cols.slice(i);
}

/** The line rows from the one holding `row`, downwards. */
export function rowsFrom(grid: HTMLElement, row: HTMLElement): HTMLElement[] {
  const rows = lineRows(grid);
  const i = rows.indexOf(row);
  return i < 0 ? [] : rows.slice(i);
}

function isTextInput(el: HTMLElement): el is HTMLInputElement {
  return el instanceof HTMLInputElement && (el.type === 'text' || el.type === 'email' || el.type === 'tel');
}

/** Left and right move the caret inside a text until it reaches the edge (or the whole text is selected). */
function atEdge(el: HTMLElement, dir: -1 | 1): boolean {
  if (!isTextInput(el)) return true;
  const { selectionStart: a, selectionEnd: b, value } = el;
  if (a === null || b === null) return true;
  if (a === 0 && b === value.length) return true;
  return a === b && (dir < 0 ? a === 0 : a === value.length);
}

function focusStop(grid: HTMLElement, el: HTMLElement | undefined) {
  if (!el) return;
  makeTabStop(grid, el);
  el.focus();
  el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/** Exactly one stop of the grid is in the Tab order: `el`. */
export function makeTabStop(grid: HTMLElement, el: HTMLElement) {
  for (const s of grid.querySelectorAll<HTMLElement>('[tabindex="0"]')) if (s !== el && s.closest('[role=gridcell]')) s.tabIndex = -1;
  el.tabIndex = 0;
}

/** The stop in `row` at the place of `from` (same column, and the same button within a cell of several). */
function sameColumn(row: HTMLElement, from: CellPlace, fromEl: HTMLElement): HTMLElement | undefined {
  const cell = row.querySelector<HTMLElement>(`[role=gridcell][data-col="${CSS.escape(from.col)}"]`);
  if (cell) {
    const stops = stopsIn(cell);
    const k = Math.max(0, stopsIn(from.cell).indexOf(fromEl));
    return stops[Math.min(k, stops.length - 1)] ?? stopsIn(row)[0];
  }
  // A column this line does not show (a financing line without a party): the nearest stop by position.
  const all = stopsIn(row);
  const k = stopsIn(from.row).indexOf(fromEl);
  return all[Math.min(Math.max(k, 0), all.length - 1)];
}

export function onGridKeyDown(grid: HTMLElement, e: KeyboardEvent) {
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  const el = e.target as HTMLElement;
  const from = placeOf(el);
  if (!from) return;
  const vertical = (dir: -1 | 1) => {
    const rows = lineRows(grid);
    const target = rows[rows.indexOf(from.row) + dir];
    e.preventDefault();
    if (target) focusStop(grid, sameColumn(target, from, el));
  };
  switch (e.key) {
    case 'ArrowUp':
      return vertical(-1);
    case 'ArrowDown':
      return vertical(1);
    case 'Enter':
      if (el instanceof HTMLButtonElement) return;
      return vertical(e.shiftKey ? -1 : 1);
    case 'ArrowLeft':
    case 'ArrowRight': {
      const dir = e.key === 'ArrowLeft' ? -1 : 1;
      if (!atEdge(el, dir)) return;
      const stops = stopsIn(from.row);
      const next = stops[stops.indexOf(el) + dir];
      e.preventDefault();
      focusStop(grid, next);
      return;
    }
  }
}

/** Focus arriving in a cell makes it the grid's tab stop and selects its text, so typing replaces the value. */
export function onGridFocusIn(grid: HTMLElement, e: FocusEvent) {
  const el = e.target as HTMLElement;
  if (!placeOf(el) || !el.matches(STOP)) return;
  if (el.tabIndex !== 0) makeTabStop(grid, el);
  if (isTextInput(el)) el.select();
}

/**
 * Keeps the grid one tab stop as rows come and go: every new stop starts out of the Tab order, and if the stop
 * itself went away, the first cell takes its place.
 */
export function keepOneTabStop(grid: HTMLElement): () => void {
  const settle = () => {
    const stops = Array.from(grid.querySelectorAll<HTMLElement>(`[role=gridcell] :is(${STOP})`));
    // The attribute, not the property: a control without one reports tabIndex 0 too.
    const current = stops.find((s) => s.getAttribute('tabindex') === '0') ?? stops[0];
    for (const s of stops) if (s !== current && s.getAttribute('tabindex') !== '-1') s.tabIndex = -1;
    if (current && current.getAttribute('tabindex') !== '0') current.tabIndex = 0;
  };
  settle();
  const observer = new MutationObserver((records) => {
    // Text changing inside a cell (a sum, an error message) is most of what happens; only new or removed elements matter.
    if (records.some((r) => Array.from(r.addedNodes).some((n) => n.nodeType === 1) || Array.from(r.removedNodes).some((n) => n.nodeType === 1))) settle();
  });
  observer.observe(grid, { childList: true, subtree: true });
  return () => observer.disconnect();
}
