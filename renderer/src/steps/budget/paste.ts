import { LIMITS } from '../../../../shared/model/limits';
import type { Path } from '../../store/paths';
import { fieldEntries } from '../../../../shared/model/paths';
import { cellPath, lineOf, type LineField, type LinePath } from './linePaths';
import { readAmount, withAmount } from './amounts';

/** A block bigger than any budget could hold is refused before it is split, whatever the clipboard holds. */
export const MAX_PASTE_CHARS = 200_000;
const MAX_COLUMNS = 40;

export type Block = string[][];

/**
 * A block copied from Excel or LibreOffice Calc: rows on lines, cells separated by tabs, a cell with a tab or a
 * line break in it quoted ("a""b" for a"b). One trailing line break (both programs add one) is not a row.
 * Null when the text is too large to be a block of budget cells. One pass over the text.
 */
export function parseTsv(text: string): Block | null {
  if (text.length > MAX_PASTE_CHARS) return null;
  const rows: Block = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let atCellStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cell += ch;
      continue;
    }
    if (ch === '"' && atCellStart) {
      quoted = true;
      atCellStart = false;
    } else if (ch === '\t') {
      row.push(cell);
      cell = '';
      atCellStart = true;
      if (row.length > MAX_COLUMNS) return null;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      if (rows.length > LIMITS.costLines) return null;
      row = [];
      cell = '';
      atCellStart = true;
    } else {
      cell += ch;
      atCellStart = false;
    }
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** True when pasted text is more than one cell, so the grid places it itself rather than the focused input. */
export function isBlock(block: Block): boolean {
  return block.length > 1 || (block[0]?.length ?? 0) > 1;
}

/** One cell of the grid a value can be pasted into: a field of a line, or one year's amount. */
export type TargetCell =
  | { kind: 'amount'; linePath: LinePath; year: number; name: string }
  | { kind: 'text'; path: Path; maxLength: number; name: string }
  | { kind: 'choice'; path: Path; options: { value: string; labels: string[] }[]; also?: (value: string) => Partial<Record<LineField, unknown>>; name: string };

/** Why a paste was refused: a key of the budget strings (`paste.*`) and its parameters. */
export type PasteRefusal = { ok: false; key: 'noFit' | 'badAmount' | 'tooLarge' | 'tooLong' | 'badChoice' | 'tooManyYears'; params: Record<string, string | number> };

export type PlanResult = { ok: true; changes: { path: Path; value: unknown }[]; cells: number } | PasteRefusal;

/**
 * What a block pasted at a cell changes: every value read the way its cell reads typed text, or nothing at all,
 * with the first reason. `targets[r][c]` is the cell r rows down and c columns right of where the paste starts,
 * undefined where the grid has no such cell.
 * `amountsOf` gives a line's current amounts, so several years of one line become one change.
 */
export function planPaste(
  block: Block,
  targets: (TargetCell | undefined)[][],
  amountsOf: (linePath: LinePath) => readonly number[],
  lang: 'sv' | 'en',
): PlanResult {
  const height = block.length;
  const width = Math.max(...block.map((r) => r.length));
  const availableRows = targets.length;
  const availableCols = targets[0]?.filter(Boolean).length ?? 0;
  if (height > availableRows || block.some((r, i) => r.some((_, j) => !targets[i]?.[j]))) {
    return { ok: false, key: 'noFit', params: { height, width, rows: availableRows, cols: availableCols } };
  }
  const amounts = new Map<string, { path: LinePath; values: number[] }>();
  const changes: { path: Path; value: unknown }[] = [];
  let cells = 0;
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < block[r]!.length; c++) {
      const cell = targets[r]![c]!;
      const raw = block[r]![c]!;
      const refuse = (key: PasteRefusal['key'], params: Record<string, string | number> = {}): PasteRefusal => ({
        ok: false,
        key,
        params: { cell: cell.name, ...params },
      });
      cells++;
      if (cell.kind === 'amount') {
        const read = readAmount(raw);
        if (!read.ok) return refuse('badAmount', { detail: read.message[lang] });
        if (read.value > LIMITS.amount) return refuse('tooLarge');
        const key = cell.linePath.join('.');
        const entry = amounts.get(key) ?? { path: cell.linePath, values: amountsOf(cell.linePath).slice() };
        entry.values = withAmount(entry.values, cell.year, read.value);
        amounts.set(key, entry);
      } else if (cell.kind === 'text') {
        if (raw.length > cell.maxLength) return refuse('tooLong', { max: cell.maxLength });
        changes.push({ path: cell.path, value: raw.trim() });
      } else {
        const wanted = raw.trim().toLowerCase();
        const option = cell.options.find((o) => o.value.toLowerCase() === wanted || o.labels.some((l) => l.toLowerCase() === wanted));
        if (!option) return refuse('badChoice', { value: raw.trim().slice(0, 60) });
        changes.push({ path: cell.path, value: option.value });
        for (const [field, value] of fieldEntries(cell.also?.(option.value) ?? {})) changes.push({ path: cellPath(lineOf(cell.path), field), value });
      }
    }
  }
  for (const { path, values } of amounts.values()) {
    if (values.length > LIMITS.years) return { ok: false, key: 'tooManyYears', params: { max: LIMITS.years } };
    changes.push({ path: [...path, 'amounts'], value: values });
  }
  return { ok: true, changes, cells };
}
